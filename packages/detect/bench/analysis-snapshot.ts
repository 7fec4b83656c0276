/**
 * Snapshot of the engine's results, to show that a speed change changes no result. `write` runs
 * every input and writes one JSON line per (input, options): the input, the options and the
 * result. `compare` runs the inputs stored in a snapshot again and reports every result that
 * differs (exit status 1 when one does). The inputs live in the snapshot, so a later edit of the
 * corpus files does not move them.
 *
 * Inputs: every message and every conversation of packages/detect/corpus/**\/*.jsonl, the
 * `raksa bench` generator's messages (`--generated N`, default 20,000) and seeded hostile texts
 * (combining marks, lone surrogates, invisible characters, fullwidth and spaced-out letters,
 * defanged links, numbers). Results:
 *
 * - `analyzeText` with English and Khmer advice, with the record's language hint, and without
 *   advice (the bulk-scan path);
 * - `normalizeText` (the folded text and its whole offset map, which evidence spans only sample);
 * - `analyzeConversation` of each corpus conversation, in both advice languages.
 *
 *   npx tsx packages/detect/bench/analysis-snapshot.ts write /tmp/snapshot.jsonl [--generated N] [--engine DIR]
 *   npx tsx packages/detect/bench/analysis-snapshot.ts write /tmp/b.jsonl --inputs /tmp/a.jsonl [--engine DIR]
 *   npx tsx packages/detect/bench/analysis-snapshot.ts compare /tmp/snapshot.jsonl [--engine DIR]
 *
 * `--engine DIR`: the engine's `src` directory to load (default: this package's), e.g. a copy of
 * the sources before a change, to tell a change of one's own from a concurrent catalogue edit.
 */
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH_LANGUAGES as LANGUAGES, makeMessage, mulberry32 } from './bench-support.ts';
import type * as Engine from '../src/index.ts';

type EngineModule = typeof Engine;

interface TextInput {
  kind: 'text';
  text: string;
  lang?: string;
}
interface ConversationInput {
  kind: 'conversation';
  messages: Engine.ConversationMessage[];
}
type Input = TextInput | ConversationInput;

type Variant = 'en' | 'km' | 'hint' | 'bulk' | 'normalized' | 'conversation-en' | 'conversation-km';

interface SnapshotLine {
  key: string;
  variant: Variant;
  input: Input;
  result: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(HERE, '../corpus');
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** The same seeded generator as `raksa bench`. */
function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonlFiles(path));
    else if (name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

function corpusInputs(): [string, Input][] {
  const out: [string, Input][] = [];
  for (const file of jsonlFiles(CORPUS)) {
    const name = relative(CORPUS, file);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const record = JSON.parse(line) as { text?: unknown; lang?: unknown; messages?: unknown };
        const key = `${name}:${index + 1}`;
        if (typeof record.text === 'string') {
          out.push([
            key,
            { kind: 'text', text: record.text, ...(typeof record.lang === 'string' && { lang: record.lang }) },
          ]);
        }
        if (Array.isArray(record.messages)) {
          const messages = record.messages as Engine.ConversationMessage[];
          out.push([key, { kind: 'conversation', messages }]);
          messages.forEach((message, at) => out.push([`${key}#${at}`, { kind: 'text', text: message.text }]));
        }
      });
  }
  return out;
}

const PIECES = [
  'telegram',
  't e l e g r a m',
  'ＴＥＬＥＧＲＡＭ',
  'w h a t s a p p',
  'fr33 v1sa',
  'heyyyyy',
  'ค่ะะะะ',
  'Việt Nam',
  'Vie\u0323\u0302t',
  'ក\u17b6\u17cb',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u0000',
  '\u0301\u0301',
  '\ud800',
  '\udc00',
  '😂',
  '𝐚𝐛𝐜',
  '+855 12 345 678',
  '012-345-678',
  '$1,500/month',
  '៛40,000',
  '15 yrs old',
  'grade 7',
  'example[.]com',
  'https://bit.ly/abc',
  'a.b@c.example',
  '@some_handle',
  'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
  'Sihanoukville',
  'Poipet',
  '1２3',
  '١٢٣',
  '៤៥',
  ' dot ',
  '...',
  '!!!',
  '\n',
  '\t',
];

function hostileInputs(count: number): [string, Input][] {
  const random = mulberry32(7);
  const out: [string, Input][] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + Math.floor(random() * 8);
    for (let p = 0; p < parts; p++) {
      text += random() < 0.7 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : ' ';
      if (random() < 0.3) text += String.fromCharCode(Math.floor(random() * 0x3000));
    }
    out.push([`hostile:${i}`, { kind: 'text', text }]);
  }
  return out;
}

function generatedInputs(count: number): [string, Input][] {
  const random = mulberry32(20261201);
  return Array.from({ length: count }, (_, i) => [
    `generated:${i}`,
    { kind: 'text', text: makeMessage(random, LANGUAGES) },
  ]);
}

function variantsOf(input: Input): Variant[] {
  if (input.kind === 'conversation') return ['conversation-en', 'conversation-km'];
  return input.lang === undefined ? ['en', 'km', 'bulk', 'normalized'] : ['en', 'km', 'hint', 'bulk', 'normalized'];
}

function runner(engine: EngineModule): (input: Input, variant: Variant) => string {
  const detector = engine.createDetector();
  return (input, variant) => {
    if (input.kind === 'conversation') {
      const adviceLanguage = variant === 'conversation-km' ? 'km' : 'en';
      return JSON.stringify(engine.analyzeConversation(input.messages, { adviceLanguage }));
    }
    const { text } = input;
    switch (variant) {
      case 'en':
        return JSON.stringify(detector.analyzeText(text));
      case 'km':
        return JSON.stringify(detector.analyzeText(text, { adviceLanguage: 'km' }));
      case 'hint':
        return JSON.stringify(detector.analyzeText(text, input.lang === undefined ? {} : { lang: input.lang }));
      case 'bulk':
        return JSON.stringify(detector.analyzeText(text, { includeAdvice: false }));
      case 'normalized': {
        const normalized = engine.normalizeText(text);
        return JSON.stringify([normalized.text, [...normalized.starts], [...normalized.ends]]);
      }
      default:
        throw new Error(`variant ${variant} needs a conversation`);
    }
  };
}

async function loadEngine(): Promise<EngineModule> {
  const dir = option('engine');
  const entry = dir === undefined ? resolve(HERE, '../src/index.ts') : resolve(dir, 'index.ts');
  return (await import(pathToFileURL(entry).href)) as EngineModule;
}

async function readSnapshot(path: string): Promise<SnapshotLine[]> {
  const lines: SnapshotLine[] = [];
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line !== '') lines.push(JSON.parse(line) as SnapshotLine);
  }
  return lines;
}

/** The JSON path of the first difference between two JSON values, for the report. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

async function write(path: string): Promise<void> {
  const from = option('inputs');
  let jobs: { key: string; variant: Variant; input: Input }[];
  if (from !== undefined) jobs = await readSnapshot(from);
  else {
    const count = Number(option('generated') ?? 20_000);
    const inputs = [...corpusInputs(), ...generatedInputs(count), ...hostileInputs(3_000)];
    jobs = inputs.flatMap(([key, input]) => variantsOf(input).map((variant) => ({ key, variant, input })));
  }
  const run = runner(await loadEngine());
  const out = createWriteStream(path);
  const started = process.cpuUsage();
  for (const { key, variant, input } of jobs) {
    const line: SnapshotLine = { key, variant, input, result: run(input, variant) };
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const cpu = process.cpuUsage(started);
  process.stdout.write(
    `${jobs.length} results written to ${path} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)\n`,
  );
}

async function compare(path: string): Promise<boolean> {
  const lines = await readSnapshot(path);
  const run = runner(await loadEngine());
  let same = 0;
  const differing: string[] = [];
  for (const { key, variant, input, result } of lines) {
    const now = run(input, variant);
    if (now === result) same++;
    else {
      const where = firstDifference(JSON.parse(result), JSON.parse(now)) ?? '(key order)';
      differing.push(`${key} [${variant}] at ${where}`);
    }
  }
  const texts = new Set(lines.filter((line) => line.input.kind === 'text').map((line) => line.key)).size;
  process.stdout.write(`${same} of ${lines.length} results identical (${texts} texts); ${differing.length} differ\n`);
  for (const line of differing.slice(0, 20)) process.stdout.write(`  ${line}\n`);
  return differing.length === 0;
}

const [command, path] = process.argv.slice(2);
if (path === undefined || (command !== 'write' && command !== 'compare')) {
  process.stderr.write(
    'usage: analysis-snapshot.ts write|compare FILE.jsonl [--generated N] [--inputs FILE] [--engine DIR]\n',
  );
  process.exit(2);
}
if (command === 'write') await write(path);
else if (!(await compare(path))) process.exitCode = 1;
