import { CATALOG, HARM_LABELS, LANGUAGES, compileCatalog, type Indicator } from '@raksa/detect';
import { parseCommandArgs } from '../args.ts';
import { EXIT_OK, UsageError, write, type Io } from '../io.ts';

const HELP = `Usage: raksa indicators [options]

Lists the indicator catalogue: id, harms and weights, number of phrases per language.

Options:
  --json              print the catalogue as JSON
  --harm HARM         only indicators that weigh on HARM
  --export-literals   print the normalised literal phrases the matcher uses, one per line
`;

function phraseCount(indicator: Indicator): string {
  return LANGUAGES.map((lang) => `${lang}:${indicator.phrases[lang]?.length ?? 0}`).join(' ');
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    harm: { type: 'string' },
    'export-literals': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values['export-literals'] === true) {
    const { literals } = compileCatalog(CATALOG);
    await write(io.stdout, `${literals.join('\n')}\n`);
    return EXIT_OK;
  }
  const harm = values['harm'];
  if (typeof harm === 'string' && !(harm in HARM_LABELS))
    throw new UsageError(`unknown harm "${harm.slice(0, 40)}"; one of ${Object.keys(HARM_LABELS).join(', ')}`);
  const selected = typeof harm === 'string' ? CATALOG.filter((indicator) => harm in indicator.weights) : CATALOG;
  if (values['json'] === true) {
    await write(io.stdout, `${JSON.stringify(selected, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = selected.map((indicator) => {
    const weights = Object.entries(indicator.weights)
      .map(([h, w]) => `${h}${w >= 0 ? '+' : ''}${w}`)
      .join(' ');
    return `${indicator.id.padEnd(48)} ${weights.padEnd(40)} ${phraseCount(indicator)}  ${indicator.label.en}`;
  });
  const literalCount = compileCatalog(selected).literals.length;
  await write(
    io.stdout,
    `${lines.join('\n')}\n\n${selected.length} indicators, ${literalCount} distinct normalised literals\n`,
  );
  return EXIT_OK;
}
