import { extractEntities } from '../entities/extract-entities.ts';
import { GAZETTEER } from '../entities/gazetteer.ts';
import type { CompiledCatalog } from '../indicators/compile.ts';
import { LANGUAGE_SAMPLE_CHARS, languageFromCounts, scriptOf, type Script } from '../lang/identify-language.ts';
import { LEARNED_ONE_SIGN_PROBABILITY } from '../learned/apply-learned-layer.ts';
import { learnedProbability, type LearnedModel } from '../learned/learned-model.ts';
import { buildAutomaton, lookup, type Automaton } from '../match/automaton.ts';
import { createEvidenceBound } from './evidence-bound.ts';
import { createPhraseCandidates } from './phrase-candidates.ts';
import { isContinuousScript, isLatinLetter, leetLetter } from '../text/char-classes.ts';
import {
  DELETED,
  MAX_LEET_RUN,
  SINGLE,
  foldCluster,
  foldPair,
  foldSingle,
  isCombiningMark,
  normalizeText,
} from '../text/normalize.ts';
import type { DetectedLanguage } from '../types.ts';

/**
 * A screen over UTF-8 bytes for bulk scanning: it answers, without decoding the text into a
 * string, "full analysis would find nothing in this text (no indicator phrase, no entity, no
 * warning); its language is L" — or "analyse it". It reproduces the normaliser's folding unit by
 * unit (each cluster of a letter and its marks through the normaliser's own `foldCluster`) and
 * feeds an automaton over the catalogue's literals, so any catalogue phrase the full analysis
 * could match is seen here too. Phrases it finds are not a reason to analyse by themselves: it
 * adds up the most that their indicators and every rule they could complete might weigh, and
 * analyses only when that could reach the threshold. A text with digits is decoded and given to
 * the entity extractors (it is skipped only when they find nothing). Everything it cannot
 * reproduce exactly (leetspeak, digits from other scripts, repeated letters, spaced-out letters,
 * entity punctuation, entity keywords and places) sends the text to full analysis. A
 * differential test checks the screen against `analyzeText` on the corpora and on random text.
 */
export interface ByteScreen {
  /**
   * The language of `bytes[start, end)` when full analysis at `threshold` would report nothing
   * for it (no harm, no entity, no warning), otherwise `undefined` (analyse it). `maxChars` is
   * the analysis cap (longer texts are always analysed).
   */
  screen(
    bytes: Uint8Array,
    start: number,
    end: number,
    maxChars: number,
    threshold: number,
  ): DetectedLanguage | undefined;
}

const SPACE = 0x20;
const MIN_CRYPTO_RUN = 25;
/** Longer clusters (stacked marks, "zalgo" text) are left to full analysis. */
const MAX_CLUSTER_UNITS = 32;
const NO_BYTES = new Uint8Array(0);

/** Words that make the entity extractor look for a handle even without ":" or "@". */
const HANDLE_KEYWORDS = [
  'line id',
  'lineid',
  'id line',
  'idline',
  'ไลน์',
  'ไอดี',
  'wechat id',
  'we chat id',
  'wechatid',
  'weixin id',
  'weixinid',
  '微信号',
  '微信',
  '威信',
  '薇信',
  'v信',
  'wx号',
  'vx号',
  'telegram id',
  'telegramid',
  'tg id',
  'tgid',
  '电报号',
  '飞机号',
  '電報',
  '电报',
  '纸飞机',
  '飞机',
  'តេឡេក្រាម',
  'តេលេក្រាម',
  'เทเลแกรม',
];
/** Chinese school grades written without digits. */
const GRADE_WORDS = ['初一', '初二', '初三', '高一', '高二', '高三', '年级'];

function triggerLiterals(): string[] {
  const words = [...HANDLE_KEYWORDS, ...GRADE_WORDS];
  for (const place of GAZETTEER) for (const name of place.names) words.push(name, name.replaceAll(' ', ''));
  return words.map((word) => normalizeText(word).text).filter((literal) => literal.length > 0);
}

/** Decides the text's folding unit by unit; `false` from any step means "analyse it". */
class ScreenRun {
  private state = 0;
  private last1 = -1;
  private last2 = -1;
  private lastFolded = -1;
  private pendingSpace = false;
  private emitted = false;
  private tokenLength = 0;
  private tokenIsLetter = false;
  private previousTokenIsLetter = false;
  constructor(
    private readonly automaton: Automaton,
    private readonly onLiteral: (literal: number) => boolean,
  ) {}

  reset(): void {
    this.state = 0;
    this.last1 = -1;
    this.last2 = -1;
    this.lastFolded = -1;
    this.pendingSpace = false;
    this.emitted = false;
    this.tokenLength = 0;
    this.tokenIsLetter = false;
    this.previousTokenIsLetter = false;
  }

  separator(): void {
    this.lastFolded = SPACE;
    this.pendingSpace = true;
  }

  /** Feeds one folded unit; false when the text must be analysed. */
  unit(code: number): boolean {
    this.lastFolded = code;
    if (this.pendingSpace) {
      this.pendingSpace = false;
      if (this.emitted && !isContinuousScript(this.last1) && !isContinuousScript(code)) {
        if (!this.endToken() || !this.step(SPACE)) return false;
      }
    }
    const repeatable = code !== SPACE && (code < 0x30 || code > 0x39) && (code < 0xd800 || code > 0xdfff);
    if (repeatable && code === this.last1 && code === this.last2) return false;
    this.tokenLength++;
    this.tokenIsLetter = this.tokenLength === 1 && isLatinLetter(code);
    this.emitted = true;
    return this.step(code);
  }

  /**
   * Feeds what a cluster folded to: lower-case ASCII letters, spaces and non-ASCII units; any
   * other ASCII (a digit from another script, a leetspeak character) sends the text to analysis.
   */
  folded(units: string): boolean {
    for (let k = 0; k < units.length; k++) if (!this.foldedUnit(units.charCodeAt(k))) return false;
    return true;
  }

  foldedUnit(unit: number): boolean {
    if (unit === SPACE) this.separator();
    else if (unit < 0x80 && !(unit >= 0x61 && unit <= 0x7a)) return false;
    else if (!this.unit(unit)) return false;
    return true;
  }

  /** End of text: the last token may complete a run of spaced-out letters. */
  finish(): boolean {
    return this.emitted && this.endToken();
  }

  previousFolded(): number {
    return this.lastFolded;
  }

  private endToken(): boolean {
    const single = this.tokenLength === 1 && this.tokenIsLetter;
    if (single && this.previousTokenIsLetter) return false;
    this.previousTokenIsLetter = single;
    this.tokenLength = 0;
    this.tokenIsLetter = false;
    return true;
  }

  private step(code: number): boolean {
    this.last2 = this.last1;
    this.last1 = code;
    const automaton = this.automaton;
    const cls = automaton.classOf[code] ?? 0;
    if (cls === 0) {
      this.state = 0;
      return true;
    }
    let state = this.state;
    let next = lookup(automaton, state, cls);
    while (next < 0 && state !== 0) {
      state = automaton.fail[state] ?? 0;
      next = lookup(automaton, state, cls);
    }
    this.state = next < 0 ? 0 : next;
    const to = automaton.outputStart[this.state + 1] ?? 0;
    for (let k = automaton.outputStart[this.state] ?? 0; k < to; k++) {
      if (!this.onLiteral(automaton.outputList[k] ?? 0)) return false;
    }
    return true;
  }
}

/**
 * A base character and the combining marks (and invisible characters between them) that follow
 * it, held back until the cluster ends so that it folds exactly as the normaliser folds it.
 */
class PendingCluster {
  private readonly units = new Uint16Array(MAX_CLUSTER_UNITS);
  private length = 0;
  private marks = 0;

  get open(): boolean {
    return this.length > 0;
  }

  /** Drops a cluster left open by a text that was sent to analysis. */
  clear(): void {
    this.length = 0;
  }

  start(base: number): void {
    this.units[0] = base;
    this.length = 1;
    this.marks = 0;
  }

  /** Adds a mark or an invisible character; false when the cluster is too long to fold here. */
  add(code: number, isMark: boolean): boolean {
    if (this.length === MAX_CLUSTER_UNITS) return false;
    this.units[this.length++] = code;
    if (isMark) this.marks++;
    return true;
  }

  /** Feeds the cluster's folded units to `run` and empties it; false: analyse the text. */
  flush(run: ScreenRun): boolean {
    const length = this.length;
    if (length === 0) return true;
    this.length = 0;
    const base = this.units[0] ?? 0;
    if (this.marks === 0) {
      if (base < 0x80) return run.unit(lowerAsciiLetter(base)); // held back only for letters
      const entry = foldSingle(base);
      if (entry >= SINGLE) return run.foldedUnit(entry - SINGLE);
      return run.folded(foldCluster(String.fromCharCode(base)));
    }
    const folded =
      length === 2
        ? foldPair(base, this.units[1] ?? 0)
        : foldCluster(String.fromCharCode(...this.units.subarray(0, length)));
    return run.folded(folded);
  }
}

function isAsciiAlnum(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

/** The lower case of an ASCII letter (`A`–`Z`, `a`–`z`). */
function lowerAsciiLetter(letter: number): number {
  return letter <= 0x5a ? letter + 0x20 : letter;
}

/**
 * Whether the run of ASCII leetspeak characters starting at `at` might be folded into letters
 * (`h3llo`, `wh@t`): the normaliser folds a run of at most MAX_LEET_RUN of them between two
 * Latin letters. A non-ASCII character after the run might be a Latin letter, so it counts as one.
 */
function leetRunMayFold(bytes: Uint8Array, at: number, end: number, previous: number): boolean {
  if (!isLatinLetter(previous)) return false;
  let j = at;
  while (j < end && j - at <= MAX_LEET_RUN && leetLetter(bytes[j] ?? 0) !== 0) j++;
  if (j - at > MAX_LEET_RUN || j >= end) return false;
  const next = bytes[j] ?? 0;
  return next >= 0x80 || isLatinLetter(next);
}

/** ASCII bytes that an entity extractor reads (URLs, e-mails, handles, defanged forms, amounts). */
const ENTITY_PUNCTUATION = new Uint8Array(128);
for (const ch of ':/@[({#$%&+=*\\|<>~^`') ENTITY_PUNCTUATION[ch.charCodeAt(0)] = 1;

/**
 * Builds the screen for a compiled catalogue (its automaton covers the catalogue's literals and
 * the entity triggers). `learned`: the learned layer of the detector it stands in for (a
 * detector's `learned`), if any. Then a text where two named signs could point at one harm is
 * analysed, and one where a single sign points at a harm is decoded and normalised for the model,
 * which raises that harm only when it is sure.
 */
export function createByteScreen(
  catalog: CompiledCatalog,
  { learned }: { learned?: LearnedModel | undefined } = {},
): ByteScreen {
  const bound = createEvidenceBound(catalog, { learnedLayer: learned !== undefined });
  const candidates = createPhraseCandidates(catalog, bound);
  // Entity triggers come after the catalogue's literals and always send the text to full
  // analysis; so does a catalogue literal that is also a trigger (a place name in a phrase).
  const catalogLiterals = new Map(catalog.literals.map((literal, i) => [literal, i]));
  const isTrigger = new Uint8Array(catalog.literals.length);
  const extraTriggers: string[] = [];
  for (const trigger of new Set(triggerLiterals())) {
    const known = catalogLiterals.get(trigger);
    if (known === undefined) extraTriggers.push(trigger);
    else isTrigger[known] = 1;
  }
  const automaton = buildAutomaton([...catalog.literals, ...extraTriggers]);
  const catalogSize = catalog.literals.length;
  const run = new ScreenRun(
    automaton,
    (literal) => literal < catalogSize && isTrigger[literal] === 0 && candidates.see(literal),
  );
  const cluster = new PendingCluster();
  const plainAstral = new Map<number, boolean>();
  const counts: Partial<Record<Script, number>> = {};
  const textDecoder = new TextDecoder('utf-8', { fatal: false });

  // The text being screened, decoded only when the extractors or the language vocabulary need it.
  let decodedBytes: Uint8Array = NO_BYTES;
  let decodedStart = 0;
  let decodedEnd = 0;
  let decodedText: string | undefined;
  const sample = (): string => {
    decodedText ??= textDecoder.decode(decodedBytes.subarray(decodedStart, decodedEnd));
    return decodedText.slice(0, LANGUAGE_SAMPLE_CHARS);
  };

  const countScript = (code: number, units: number): void => {
    if (units > LANGUAGE_SAMPLE_CHARS) return;
    const script = scriptOf(code);
    if (script !== undefined) counts[script] = (counts[script] ?? 0) + 1;
  };

  return {
    screen(bytes, start, end, maxChars, threshold) {
      run.reset();
      bound.reset();
      candidates.reset();
      cluster.clear();
      for (const key of Object.keys(counts) as Script[]) delete counts[key];
      let units = 0;
      let alnumRun = 0;
      let digits = false;
      let i = start;
      while (i < end) {
        const b0 = bytes[i] ?? 0;
        if (b0 < 0x80) {
          i++;
          units++;
          if (!cluster.flush(run)) return undefined;
          if (isAsciiAlnum(b0)) {
            if (++alnumRun >= MIN_CRYPTO_RUN) return undefined;
          } else alnumRun = 0;
          if (b0 < 0x20 || b0 === 0x7f) return undefined;
          if (isLatinLetter(b0)) {
            if (units <= LANGUAGE_SAMPLE_CHARS) counts.latin = (counts.latin ?? 0) + 1;
            // A letter followed by a non-ASCII character may carry combining marks: hold it back.
            if (i < end && (bytes[i] ?? 0) >= 0x80) cluster.start(b0);
            else if (!run.unit(lowerAsciiLetter(b0))) return undefined;
            continue;
          }
          if (b0 >= 0x30 && b0 <= 0x39) {
            // Digits stay digits unless they are leetspeak between letters (`h3llo`).
            if (leetLetter(b0) !== 0 && leetRunMayFold(bytes, i - 1, end, run.previousFolded())) return undefined;
            digits = true;
            if (!run.unit(b0)) return undefined;
            continue;
          }
          if (ENTITY_PUNCTUATION[b0] === 1) return undefined;
          if (
            b0 === 0x2e &&
            i - 2 >= start &&
            isAsciiAlnum(bytes[i - 2] ?? 0) &&
            i < end &&
            isAsciiAlnum(bytes[i] ?? 0)
          ) {
            return undefined; // a host name or a decimal
          }
          // "!" is leetspeak for "i" between Latin letters: only a plain separator otherwise.
          if (b0 === 0x21 && leetRunMayFold(bytes, i - 1, end, run.previousFolded())) return undefined;
          run.separator();
          continue;
        }
        alnumRun = 0;
        let code: number;
        let length: number;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
          const b1 = bytes[i + 1] ?? 0;
          if (i + 1 >= end || (b1 & 0xc0) !== 0x80) return undefined;
          code = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
          length = 2;
          if (code <= 0x9f) return undefined; // C1 controls: the normaliser folds them by context
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
          const b1 = bytes[i + 1] ?? 0;
          const b2 = bytes[i + 2] ?? 0;
          if (i + 2 >= end || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return undefined;
          code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
          if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return undefined;
          length = 3;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
          const b1 = bytes[i + 1] ?? 0;
          const b2 = bytes[i + 2] ?? 0;
          const b3 = bytes[i + 3] ?? 0;
          if (i + 3 >= end || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return undefined;
          code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          if (code < 0x10000 || code > 0x10ffff) return undefined;
          length = 4;
        } else return undefined; // invalid UTF-8: the decoder would put U+FFFD in its place
        i += length;
        if (code >= 0x10000) {
          units += 2;
          if (!cluster.flush(run)) return undefined;
          let plain = plainAstral.get(code);
          if (plain === undefined) {
            const ch = String.fromCodePoint(code);
            plain = foldCluster(ch) === ch;
            plainAstral.set(code, plain);
          }
          if (!plain) return undefined;
          const high = 0xd800 + ((code - 0x10000) >> 10);
          const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
          if (!run.unit(high) || !run.unit(low)) return undefined;
          continue;
        }
        units++;
        if (units > maxChars) return undefined;
        if (code === 0xfffd) return undefined;
        const entry = foldSingle(code);
        if (entry === DELETED) {
          // Invisible characters vanish; inside a cluster they are folded with it.
          if (cluster.open && !cluster.add(code, false)) return undefined;
          continue;
        }
        countScript(code, units);
        if (isCombiningMark(code)) {
          // A mark after a space, a digit or an emoji: the normaliser folds it with what precedes.
          if (!cluster.open || !cluster.add(code, true)) return undefined;
          continue;
        }
        if (!cluster.flush(run)) return undefined;
        cluster.start(code);
      }
      if (!cluster.flush(run)) return undefined;
      if (units > maxChars || !run.finish() || !bound.staysBelow(threshold)) return undefined;
      // Digits: amounts, phone numbers, ages and grades are for the extractors to decide.
      if (digits) {
        decodedText = textDecoder.decode(bytes.subarray(start, end));
        if (extractEntities(decodedText).length > 0) return undefined;
      } else {
        decodedText = undefined;
      }
      // One named sign: the model raises its harm only when it is sure.
      if (learned !== undefined && bound.oneSignHarms.length > 0) {
        decodedText ??= textDecoder.decode(bytes.subarray(start, end));
        const normalized = normalizeText(decodedText).text;
        for (const harm of bound.oneSignHarms) {
          if ((learnedProbability(learned, normalized, harm) ?? 0) >= LEARNED_ONE_SIGN_PROBABILITY) return undefined;
        }
      }
      decodedStart = start;
      decodedEnd = end;
      decodedBytes = bytes;
      const language = languageFromCounts(counts, sample).language;
      decodedBytes = NO_BYTES;
      return language;
    },
  };
}
