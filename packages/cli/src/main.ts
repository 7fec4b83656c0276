import { EXIT_FAILURE, EXIT_USAGE, UsageError, type Io } from './io.ts';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'explain the risks in one text', load: async () => (await import('./commands/check.ts')).run },
  scan: {
    summary: 'JSONL in, JSONL out: analyse many messages',
    load: async () => (await import('./commands/scan.ts')).run,
  },
  analyze: { summary: 'read a whole chat export', load: async () => (await import('./commands/analyze.ts')).run },
  serve: {
    summary: 'start the server: API, web app, embedded storage (--demo for demo data)',
    load: async () => (await import('./commands/serve.ts')).run,
  },
  backup: {
    summary: 'write every record of the case store to a file',
    load: async () => (await import('./commands/backup.ts')).run,
  },
  restore: {
    summary: 'restore a backup into the case store',
    load: async () => (await import('./commands/restore.ts')).run,
  },
  eval: {
    summary: 'measure precision and recall on labelled data',
    load: async () => (await import('./commands/eval.ts')).run,
  },
  indicators: {
    summary: 'list the indicator catalogue',
    load: async () => (await import('./commands/indicators.ts')).run,
  },
  bench: {
    summary: 'measure scanning throughput against ripgrep',
    load: async () => (await import('./commands/bench.ts')).run,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(11)} ${summary}`);
  return [
    'Usage: raksa <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `raksa <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

/** Runs the `raksa` command line; returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version') {
    io.stdout.write('raksa 0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`raksa: usage_error: unknown command "${name.slice(0, 40)}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await (
      await command.load()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`raksa ${name}: usage_error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`raksa ${name}: ${typeof code === 'string' ? code : 'internal_error'}: ${message}\n`);
    return EXIT_FAILURE;
  }
}
