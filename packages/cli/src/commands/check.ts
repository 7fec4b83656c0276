import { analyzeText } from '@raksa/detect';
import { numberOption, parseCommandArgs } from '../args.ts';
import { EXIT_OK, readAll, UsageError, useColor, write, type Io } from '../io.ts';
import { renderAnalysis } from '../render/render-analysis.ts';

const MAX_STDIN_BYTES = 10 * 1024 * 1024;

export const EXAMPLE_TEXT =
  'URGENT HIRING!! Customer service job in Sihanoukville, no experience needed, salary $1,500/month. ' +
  'Free visa, free flight and accommodation. Contact HR on Telegram @easyjob_hr_kh and send a photo of your passport.';

const HELP = `Usage: raksa check [options] ["text" | -]

Explains the danger signs in one message, job ad or chat excerpt. Reads standard input when no
text is given (or with -).

Options:
  --json              print the analysis as JSON
  --lang TAG          language hint (en, km, zh, th, vi, id, ms, my, lo, tl)
  --country CC        your country, for hotlines (KH, TH, VN, ID, PH, MM, LA, MY, CN)
  --advice-lang L     language of the explanation: en (default) or km
  --threshold N       report harms scoring at least N (0..1, default 0.5)
  --example           analyse a built-in example of a scam-compound job ad
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    lang: { type: 'string' },
    country: { type: 'string' },
    'advice-lang': { type: 'string' },
    threshold: { type: 'string' },
    example: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const adviceLanguage = values['advice-lang'] ?? 'en';
  if (adviceLanguage !== 'en' && adviceLanguage !== 'km') throw new UsageError('--advice-lang must be en or km');
  const threshold = numberOption(values['threshold'], 'threshold', { min: 0, max: 1 });
  let text: string;
  if (values['example'] === true) text = EXAMPLE_TEXT;
  else if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
    if (io.stdin.isTTY === true) throw new UsageError('give the text as an argument, or pipe it on standard input');
    text = (await readAll(io.stdin, MAX_STDIN_BYTES)).text;
  } else text = positionals.join(' ');

  const analysis = analyzeText(text, {
    adviceLanguage,
    ...(typeof values['lang'] === 'string' ? { lang: values['lang'] } : {}),
    ...(typeof values['country'] === 'string' ? { country: values['country'] } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
  });
  if (values['json'] === true) await write(io.stdout, `${JSON.stringify(analysis, null, 2)}\n`);
  else
    await write(
      io.stdout,
      renderAnalysis(text, analysis, { color: useColor(io.stdout, io.env), language: adviceLanguage }),
    );
  return EXIT_OK;
}
