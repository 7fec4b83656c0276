/**
 * Masks names, phone numbers, e-mail addresses and accounts in a conversation analysis, for a
 * report that can be shared (the CLI's `--redact` report, the web app's chat check): authors become
 * "Person A", "Person B"…; identifying entities become "[phone 1]"… The same value always gets the
 * same mask.
 */
import { extractEntities } from '../entities/extract-entities.ts';
import type { Entity, Evidence, HarmFinding, Span } from '../types.ts';
import type { ConversationAnalysis } from './types.ts';

/** The languages a redacted report is written in. */
export type ReportLanguage = 'en' | 'km';

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

function localDigits(value: string | number, language: ReportLanguage): string {
  const text = String(value);
  if (language === 'en') return text;
  return text.replace(/\d/gu, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);
}

/** Entity types that identify a person and are masked. */
const IDENTIFYING = new Set<Entity['type']>(['phone', 'email', 'handle']);

const ENTITY_NAMES: Record<ReportLanguage, Record<'phone' | 'email' | 'handle', string>> = {
  en: { phone: 'phone', email: 'e-mail', handle: 'account' },
  km: { phone: 'លេខទូរស័ព្ទ', email: 'អ៊ីមែល', handle: 'គណនី' },
};

const PERSON: Record<ReportLanguage, { word: string; letters: string[] }> = {
  en: { word: 'Person', letters: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] },
  km: { word: 'បុគ្គល', letters: [...'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ'] },
};

/** Scripts written without spaces between words: a name inside them has no word boundary. */
const UNSPACED_SCRIPT = /[\p{sc=Khmer}\p{sc=Thai}\p{sc=Lao}\p{sc=Myanmar}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const LETTER = /\p{L}/u;
const NAME_SEPARATOR = /[\s\p{P}\p{S}]+/u;
/** Characters with a meaning in a pattern (unicode mode allows escaping only these and `/`). */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/gu;
const MAX_NEEDLES = 5000;

/** A masked text and the way to move spans of the original text onto it. */
export interface RedactedText {
  text: string;
  mapSpan: (span: Span) => Span;
}

/** Masks people consistently: the same author or number always gets the same label. */
export interface Redactor {
  /** The label of an author ("Person A"); an unknown name gets the next label. */
  author: (name: string) => string;
  /** Masks authors' names, their name parts, phone numbers, e-mail addresses and handles in a text. */
  text: (text: string) => RedactedText;
  /** `text(value).text`. */
  string: (value: string) => string;
}

interface Replacement {
  start: number;
  end: number;
  label: string;
}

function personLabel(index: number, language: ReportLanguage): string {
  const { word, letters } = PERSON[language];
  let name = '';
  let rest = index;
  do {
    name = (letters[rest % letters.length] ?? '?') + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return `${word} ${name}`;
}

function nameParts(name: string): string[] {
  const parts = name.split(NAME_SEPARATOR).filter((part) => LETTER.test(part));
  return parts.filter((part) => (UNSPACED_SCRIPT.test(part) ? part.length >= 2 : part.length >= 3));
}

function needlePattern(needles: readonly string[], bounded: boolean): RegExp | undefined {
  if (needles.length === 0) return undefined;
  const body = [...needles]
    .sort((a, b) => b.length - a.length)
    .map((needle) => needle.replace(REGEX_SPECIAL, '\\$&'))
    .join('|');
  return bounded
    ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, 'giu')
    : new RegExp(body, 'giu');
}

/** Non-overlapping replacements, earliest first, the longer one winning at the same start. */
function chooseReplacements(candidates: Replacement[]): Replacement[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Replacement[] = [];
  let end = 0;
  for (const candidate of candidates) {
    if (candidate.start < end) continue;
    chosen.push(candidate);
    end = candidate.end;
  }
  return chosen;
}

function applyReplacements(text: string, replacements: readonly Replacement[]): RedactedText {
  if (replacements.length === 0) return { text, mapSpan: (span) => ({ start: span.start, end: span.end }) };
  const moved: { start: number; end: number; newStart: number; newEnd: number }[] = [];
  let output = '';
  let cursor = 0;
  for (const replacement of replacements) {
    output += text.slice(cursor, replacement.start);
    const newStart = output.length;
    output += replacement.label;
    moved.push({ start: replacement.start, end: replacement.end, newStart, newEnd: output.length });
    cursor = replacement.end;
  }
  output += text.slice(cursor);
  const mapOffset = (offset: number, side: 'start' | 'end'): number => {
    let shift = 0;
    for (const entry of moved) {
      if (offset <= entry.start) break;
      if (offset < entry.end) return side === 'start' ? entry.newStart : entry.newEnd;
      shift = entry.newEnd - entry.end;
    }
    return offset + shift;
  };
  return {
    text: output,
    mapSpan: (span) => ({ start: mapOffset(span.start, 'start'), end: mapOffset(span.end, 'end') }),
  };
}

/**
 * A redactor for one conversation: authors become "Person A", "Person B"… in the order given (the
 * analysis's order), and phone numbers, e-mail addresses and handles become "[phone 1]",
 * "[e-mail 1]", "[account 1]", numbered by their normalised value (so 012 345 678 and
 * +855 12 345 678 get the same label). `entities` are the ones the engine found; every text is
 * also searched for new ones.
 */
export function createRedactor({
  authors,
  entities,
  language,
}: {
  authors: readonly string[];
  entities: readonly Entity[];
  language: ReportLanguage;
}): Redactor {
  const authorLabels = new Map<string, string>();
  const entityLabels = new Map<string, string>();
  const counters = { phone: 0, email: 0, handle: 0 };
  const labelOfAuthor = (name: string): string => {
    let label = authorLabels.get(name);
    if (label === undefined) {
      label = personLabel(authorLabels.size, language);
      authorLabels.set(name, label);
    }
    return label;
  };
  const labelOfEntity = (entity: Entity): string => {
    const key = `${entity.type}:${entity.normalized}`;
    let label = entityLabels.get(key);
    if (label === undefined) {
      const type = entity.type as 'phone' | 'email' | 'handle';
      counters[type]++;
      label = `[${ENTITY_NAMES[language][type]} ${localDigits(counters[type], language)}]`;
      entityLabels.set(key, label);
    }
    return label;
  };
  // An author whose name is a phone number or handle keeps their person label wherever it appears.
  for (const author of authors) {
    const label = labelOfAuthor(author);
    for (const entity of extractEntities(author)) {
      if (IDENTIFYING.has(entity.type)) entityLabels.set(`${entity.type}:${entity.normalized}`, label);
    }
  }
  const needleLabels = new Map<string, string>();
  const addNeedle = (needle: string, label: string): void => {
    const key = needle.toLowerCase();
    if (needle.trim().length === 0 || needleLabels.has(key) || needleLabels.size >= MAX_NEEDLES) return;
    needleLabels.set(key, label);
  };
  for (const author of authors) addNeedle(author.trim(), labelOfAuthor(author));
  for (const author of authors) for (const part of nameParts(author)) addNeedle(part, labelOfAuthor(author));
  for (const entity of entities) if (IDENTIFYING.has(entity.type)) addNeedle(entity.value, labelOfEntity(entity));
  const needles = [...needleLabels.keys()];
  const spaced = needlePattern(
    needles.filter((needle) => !UNSPACED_SCRIPT.test(needle)),
    true,
  );
  const unspaced = needlePattern(
    needles.filter((needle) => UNSPACED_SCRIPT.test(needle)),
    false,
  );

  const redact = (text: string): RedactedText => {
    const candidates: Replacement[] = [];
    for (const entity of extractEntities(text)) {
      if (IDENTIFYING.has(entity.type))
        candidates.push({ start: entity.start, end: entity.end, label: labelOfEntity(entity) });
    }
    for (const pattern of [spaced, unspaced]) {
      if (pattern === undefined) continue;
      for (const match of text.matchAll(pattern)) {
        const label = needleLabels.get(match[0].toLowerCase()) ?? personLabel(authorLabels.size, language);
        candidates.push({ start: match.index, end: match.index + match[0].length, label });
      }
    }
    return applyReplacements(text, chooseReplacements(candidates));
  };
  return { author: labelOfAuthor, text: redact, string: (value) => redact(value).text };
}

function redactEvidence<T extends Evidence>(evidence: readonly T[], redactor: Redactor): T[] {
  return evidence.map((item) => ({ ...item, text: redactor.string(item.text) }));
}

function redactFindings<T extends HarmFinding>(findings: readonly T[], redactor: Redactor): T[] {
  return findings.map((finding) => ({
    ...finding,
    indicators: finding.indicators.map((indicator) => ({
      ...indicator,
      evidence: redactEvidence(indicator.evidence, redactor),
    })),
  }));
}

/** Evidence moved onto a redacted message text, its `text` re-read from there. */
function remapEvidence(evidence: readonly Evidence[], redacted: RedactedText): Evidence[] {
  return evidence.map((item) => {
    const span = redacted.mapSpan(item);
    return { ...item, ...span, text: redacted.text.slice(span.start, span.end) };
  });
}

/** A redactor for an analysis: its authors in order, its entities. */
export function redactorFor(analysis: ConversationAnalysis, language: ReportLanguage): Redactor {
  return createRedactor({ authors: analysis.authors.map((a) => a.author), entities: analysis.entities, language });
}

/**
 * The analysis with every name, number, e-mail and handle masked: authors, offender, target and
 * stage authors by their labels; key messages' texts masked with their evidence moved onto the
 * masked text; other evidence texts masked (their offsets still refer to the original message);
 * identifying entities replaced by their labels.
 */
export function redactAnalysis(analysis: ConversationAnalysis, redactor: Redactor): ConversationAnalysis {
  return {
    ...analysis,
    authors: analysis.authors.map((profile) => ({
      ...profile,
      author: redactor.author(profile.author),
      harms: redactFindings(profile.harms, redactor),
    })),
    harms: redactFindings(analysis.harms, redactor).map((finding) => ({
      ...finding,
      actor: redactor.author(finding.actor),
    })),
    offender: analysis.offender === null ? null : redactor.author(analysis.offender),
    target: analysis.target === null ? null : redactor.author(analysis.target),
    stages: analysis.stages.map((stage) => ({
      ...stage,
      author: redactor.author(stage.author),
      evidence: redactEvidence(stage.evidence, redactor),
    })),
    keyMessages: analysis.keyMessages.map((message) => {
      const redacted = redactor.text(message.text);
      return {
        ...message,
        author: redactor.author(message.author),
        text: redacted.text,
        harms: message.harms.map((finding) => ({
          ...finding,
          indicators: finding.indicators.map((indicator) => ({
            ...indicator,
            evidence: remapEvidence(indicator.evidence, redacted),
          })),
        })),
        features: message.features.map((feature) => ({
          ...feature,
          evidence: remapEvidence(feature.evidence, redacted),
        })),
      };
    }),
    entities: analysis.entities.map((entity) => {
      if (!IDENTIFYING.has(entity.type)) return entity;
      const label = redactor.string(entity.value);
      const masked = { ...entity, value: label, normalized: label };
      delete masked.details;
      return masked;
    }),
  };
}
