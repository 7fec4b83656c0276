import { GAZETTEER } from '../entities/gazetteer.ts';
import type { CompiledCatalog } from '../indicators/compile.ts';
import { LANGUAGE_SAMPLE_CHARS, languageFromCounts, scriptOf, type Script } from '../lang/identify-language.ts';
import { buildAutomaton, lookup, type Automaton } from '../match/automaton.ts';
import { createEvidenceBound } from './evidence-bound.ts';
import { isContinuousScript, isLatinLetter } from '../text/char-classes.ts';
import {
  DELETED,
  EXPANDS,
  SINGLE,
  foldCluster,
  foldSingle,
  isCombiningMark,
  normalizeText,
} from '../text/normalize.ts';
import type { DetectedLanguage } from '../types.ts';

/**
 * A screen over UTF-8 bytes for bulk scanning: it answers, without decoding the text into a
 * string, "full analysis would find nothing in this text (no indicator phrase, no entity, no
 * warning); its language is L" — or "analyse it". It reproduces the normaliser's folding unit by
 * unit and feeds the same automaton, so any catalogue phrase the full analysis could match is
 * seen here too. Phrases it finds are not a reason to analyse by themselves: it adds up the most
 * that their indicators and every rule they could complete might weigh, and analyses only when
 * that could reach the threshold. Everything it cannot reproduce exactly (digits, leetspeak, look-alikes,
 * upper-case non-ASCII, composing accents, repeated letters, spaced-out letters, entity
 * punctuation, entity keywords and places) sends the text to full analysis. A differential test
 * checks the screen against `analyzeText` on the corpora and on random text.
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

/** Marks that compose with what precedes them, or that canonical ordering may move, cannot be folded one by one. */
class MarkFacts {
  private readonly composes = new Map<number, boolean>();
  private readonly ordered = new Uint8Array(0x10000); // 0 unknown, 1 combining class 0, 2 non-zero
  /** Whether NFC composes `previous` (the unit just before, in the same cluster) with `mark`. */
  composesWith(previous: number, mark: number): boolean {
    const key = previous * 0x10000 + mark;
    let known = this.composes.get(key);
    if (known === undefined) {
      known = String.fromCharCode(previous, mark).normalize('NFC').length < 2;
      this.composes.set(key, known);
    }
    return known;
  }
  /** Non-zero canonical combining class, detected by whether NFD reorders it around U+0334 (1) and U+0301 (230). */
  hasCombiningClass(mark: number): boolean {
    let known = this.ordered[mark] ?? 0;
    if (known === 0) {
      const m = String.fromCharCode(mark);
      const swapsAfter = `a${m}\u0334`.normalize('NFD') !== `a${m}\u0334`;
      const swapsBefore = `a\u0301${m}`.normalize('NFD') !== `a\u0301${m}`;
      known = swapsAfter || swapsBefore ? 2 : 1;
      this.ordered[mark] = known;
    }
    return known === 2;
  }
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

function isAsciiAlnum(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

/** ASCII bytes that an entity extractor reads (URLs, e-mails, handles, defanged forms, amounts). */
const ENTITY_PUNCTUATION = new Uint8Array(128);
for (const ch of ':/@[({#$%&+=*\\|<>~^`') ENTITY_PUNCTUATION[ch.charCodeAt(0)] = 1;

/**
 * Builds the screen for a compiled catalogue (the automaton covers its literals and the entity
 * triggers). `learnedLayer`: the detector it stands in for applies the learned layer (a detector's
 * `learned` is set), so the screen answers only for texts with no positive evidence at all.
 */
export function createByteScreen(catalog: CompiledCatalog, { learnedLayer = false } = {}): ByteScreen {
  const bound = createEvidenceBound(catalog, { learnedLayer });
  const automaton = buildAutomaton([...catalog.keyLiterals, ...triggerLiterals()]);
  const marks = new MarkFacts();
  // Key literals point at the indicators they can fire; entity triggers (after them) always
  // send the text to full analysis, and so do context markers (they add warnings to the result).
  const literalIndicators = catalog.keyLiterals.map((literal) => bound.indicatorsOf(literal));
  const run = new ScreenRun(automaton, (literal) => {
    const indicators = literalIndicators[literal];
    if (indicators === undefined) return false;
    for (const indicator of indicators) if (!bound.add(indicator)) return false;
    return true;
  });
  const plainAstral = new Map<number, boolean>();
  const counts: Partial<Record<Script, number>> = {};
  const textDecoder = new TextDecoder('utf-8', { fatal: false });

  const countScript = (code: number, units: number): void => {
    if (units > LANGUAGE_SAMPLE_CHARS) return;
    const script = scriptOf(code);
    if (script !== undefined) counts[script] = (counts[script] ?? 0) + 1;
  };

  return {
    screen(bytes, start, end, maxChars, threshold) {
      run.reset();
      bound.reset();
      for (const key of Object.keys(counts) as Script[]) delete counts[key];
      let units = 0;
      let alnumRun = 0;
      let clusterOpen = false; // a non-ASCII identity base was just emitted; simple marks may follow
      let orderedMarks = 0;
      let previousUnit = 0;
      let i = start;
      while (i < end) {
        const b0 = bytes[i] ?? 0;
        if (b0 < 0x80) {
          i++;
          units++;
          clusterOpen = false;
          if (isAsciiAlnum(b0)) {
            if (++alnumRun >= MIN_CRYPTO_RUN) return undefined;
          } else alnumRun = 0;
          if (b0 < 0x20 || b0 === 0x7f) return undefined;
          if (b0 >= 0x30 && b0 <= 0x39) return undefined; // digits: amounts, phones, ages, leetspeak
          const lower = b0 >= 0x41 && b0 <= 0x5a ? b0 + 0x20 : b0;
          if (lower >= 0x61 && lower <= 0x7a) {
            if (units <= LANGUAGE_SAMPLE_CHARS) counts.latin = (counts.latin ?? 0) + 1;
            if (!run.unit(lower)) return undefined;
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
          if (b0 === 0x21) {
            // "!" is leetspeak for "i" between Latin letters: only a plain separator otherwise.
            const next = i < end ? (bytes[i] ?? 0) : SPACE;
            if (isLatinLetter(run.previousFolded()) && (next >= 0x80 || isAsciiAlnum(next) || next === 0x21))
              return undefined;
          }
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
          clusterOpen = false;
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
        if (entry === DELETED) continue; // invisible characters vanish, even inside a cluster
        countScript(code, units);
        if (isCombiningMark(code)) {
          if (!clusterOpen || entry !== code + SINGLE || marks.composesWith(previousUnit, code)) return undefined;
          if (marks.hasCombiningClass(code) && ++orderedMarks > 1) return undefined;
          if (!run.unit(code)) return undefined;
          previousUnit = code;
          continue;
        }
        orderedMarks = 0;
        if (entry === EXPANDS) {
          clusterOpen = false;
          const folded = foldCluster(String.fromCharCode(code));
          for (let k = 0; k < folded.length; k++) {
            const unit = folded.charCodeAt(k);
            if (unit < 0x80 && unit !== SPACE && !(unit >= 0x61 && unit <= 0x7a)) return undefined;
            if (unit === SPACE) run.separator();
            else if (!run.unit(unit)) return undefined;
          }
          continue;
        }
        if (entry === SPACE + SINGLE) {
          clusterOpen = false;
          run.separator();
          continue;
        }
        if (entry !== code + SINGLE) return undefined; // upper case, look-alikes, fullwidth, native digits
        clusterOpen = true;
        previousUnit = code;
        if (!run.unit(code)) return undefined;
      }
      if (units > maxChars || !run.finish() || !bound.staysBelow(threshold)) return undefined;
      const guess = languageFromCounts(counts, () =>
        textDecoder.decode(bytes.subarray(start, end)).slice(0, LANGUAGE_SAMPLE_CHARS),
      );
      return guess.language;
    },
  };
}
