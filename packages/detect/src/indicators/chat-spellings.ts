import type { Indicator } from './schema.ts';

/**
 * English as it is typed in chats and SMS: "u" for "you", "ur" for "your" and "you're", "r" for
 * "are", and contractions without the apostrophe ("dont", "wont"). The normaliser does not fold these
 * (they are words, not look-alike letters), so a phrase written "don't tell your mom" would miss
 * "dont tell ur mom". Each English phrase of the indicators passed here is also listed in its chat
 * spelling, once, after the phrases as written.
 */
const CHAT_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\byou['’]re\b/gu, 'ur'],
  [/\byour\b/gu, 'ur'],
  [/\byou\b/gu, 'u'],
  [/\bare u\b/gu, 'r u'],
  [/n['’]t\b/gu, 'nt'],
  [/\bi['’]ll\b/gu, 'ill'],
];

/** The chat spelling of one phrase (the phrase itself when nothing applies). */
export function chatSpelling(phrase: string): string {
  let spelled = phrase;
  for (const [pattern, replacement] of CHAT_SPELLINGS) spelled = spelled.replace(pattern, replacement);
  return spelled;
}

/**
 * The phrases followed by their chat spellings that are not already listed, here or in `elsewhere`
 * (the other phrases of the same file, so that no phrase ends up in two indicators).
 */
export function withChatSpellings(phrases: readonly string[], elsewhere: ReadonlySet<string> = new Set()): string[] {
  const listed = new Set(phrases.map((phrase) => phrase.toLowerCase()));
  const added: string[] = [];
  for (const phrase of phrases) {
    const spelled = chatSpelling(phrase.toLowerCase());
    if (!listed.has(spelled) && !elsewhere.has(spelled)) {
      listed.add(spelled);
      added.push(spelled);
    }
  }
  return [...phrases, ...added];
}

/** The indicators with their English phrases also in chat spelling, where no indicator lists it yet. */
export function withEnglishChatSpellings(indicators: Indicator[]): Indicator[] {
  const written = new Set(indicators.flatMap((indicator) => indicator.phrases.en ?? []).map((p) => p.toLowerCase()));
  return indicators.map((indicator) => {
    const english = indicator.phrases.en;
    if (english === undefined) return indicator;
    return { ...indicator, phrases: { ...indicator.phrases, en: withChatSpellings(english, written) } };
  });
}
