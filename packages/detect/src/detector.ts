import { extractEntities } from './entities/extract-entities.ts';
import { DetectError } from './errors.ts';
import { adviceFor, hotlinesFor } from './explain/advise.ts';
import { riskLevel } from './explain/risk-level.ts';
import { compileCatalog, type CompiledCatalog } from './indicators/compile.ts';
import type { Indicator } from './indicators/schema.ts';
import { DEFAULT_MAX_CHARS, guardInput } from './input-guards.ts';
import { chooseLanguage, identifyLanguage, resolveLanguageTag } from './lang/identify-language.ts';
import {
  applyLearnedLayer,
  learnedAwarenessCandidate,
  learnedLayerCandidates,
  learnedReadsAsWarning,
} from './learned/apply-learned-layer.ts';
import type { LearnedModel } from './learned/learned-model.ts';
import { matchIndicators, type IndicatorHit } from './match/match-indicators.ts';
import { signalsFromEntities } from './score/entity-signals.ts';
import { describedOf, scoreHarms, type Contribution } from './score/score-harms.ts';
import { normalizeText, toOriginalSpan } from './text/normalize.ts';
import type { Analysis, AnalyzeOptions, Evidence, FiredIndicator, HarmFinding, Span, Warning } from './types.ts';

const DEFAULT_THRESHOLD = 0.5;
const MAX_EVIDENCE_PER_INDICATOR = 5;

export interface Detector {
  analyzeText(text: string, options?: AnalyzeOptions): Analysis;
  readonly catalog: CompiledCatalog;
  /** The learned layer this detector applies, if any (see learned/apply-learned-layer.ts). */
  readonly learned: LearnedModel | undefined;
  /**
   * Whether the learned layer could change this text's analysis (a named sign points at a harm
   * outside a warning, or a harm is more likely than not outside one, which its awareness
   * model could read as a warning): a browser fetches the model only for such a text.
   */
  learnedLayerWanted(text: string, options?: Pick<AnalyzeOptions, 'maxChars'>): boolean;
  /** The same detector (the compiled catalogue is shared, not compiled again) with `learned` applied. */
  withLearned(learned: LearnedModel): Detector;
}

// Callbacks live at module level: created once, not on every call (analysis runs per message).
const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
const byScoreDescending = (a: HarmFinding, b: HarmFinding): number => b.score - a.score;
const harmOf = (finding: HarmFinding): HarmFinding['type'] => finding.type;
const adds = (contribution: Contribution): boolean => contribution.weight > 0;

/** The evidence to show: spans sorted, overlapping ones merged (`no experience` inside `no experience needed`). */
function evidenceOf(text: string, spans: readonly Span[]): Evidence[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort(byStartThenLongest)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged
    .slice(0, MAX_EVIDENCE_PER_INDICATOR)
    .map((span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) }));
}

function describe(contribution: Contribution, language: 'en' | 'km', text: string): FiredIndicator {
  const source = describedOf(contribution.source);
  return {
    id: source.id,
    label: source.label[language],
    explanation: source.explanation[language],
    weight: Math.round(contribution.weight * 100) / 100,
    evidence: evidenceOf(text, contribution.spans),
  };
}

function validateOptions(options: AnalyzeOptions): void {
  const { threshold, maxChars } = options;
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new DetectError('invalid_option', `threshold must be between 0 and 1, received ${String(threshold)}`);
  }
  if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars > 0)) {
    throw new DetectError('invalid_option', `maxChars must be a positive integer, received ${String(maxChars)}`);
  }
}

export interface DetectorOptions {
  /**
   * The version analyses report, when `indicators` are part of a catalogue (a browser's core and
   * the phrase packs it has loaded, see `catalog-parts.ts`): the whole catalogue's version.
   */
  version?: string;
  /** The learned layer to apply (none when absent): `decodeLearnedModel(LEARNED_MODEL_DATA)` for the built-in one. */
  learned?: LearnedModel | undefined;
}

/**
 * Creates a detector over the given indicators, compiled once. Apart from `createDetector` so that a
 * bundle which brings its own catalogue (the browser's, in parts) does not also carry the built-in one.
 */
export function createDetectorFor(indicators: readonly Indicator[], options: DetectorOptions = {}): Detector {
  const compiled = compileCatalog(indicators);
  const catalog: CompiledCatalog = options.version === undefined ? compiled : { ...compiled, version: options.version };
  return detectorOver(catalog, options.learned);
}

/** The evidence scores of a text, before the learned layer. */
function namedScores(catalog: CompiledCatalog, text: string) {
  const normalized = normalizeText(text);
  const hits = matchIndicators(catalog, normalized);
  const entities = extractEntities(text);
  const spanOf = (hit: IndicatorHit): Span => toOriginalSpan(normalized, hit.start, hit.end);
  const entitySignals = signalsFromEntities(entities);
  return {
    normalized,
    hits,
    entities,
    entitySignals,
    spanOf,
    scored: scoreHarms(catalog, hits, entitySignals, spanOf),
  };
}

type NamedScores = ReturnType<typeof namedScores>;

function detectorOver(catalog: CompiledCatalog, learned: LearnedModel | undefined): Detector {
  // `learnedLayerWanted(text)` is usually followed by `analyzeText(text)` (a browser asks before it
  // fetches the model): the named pipeline's result is kept for that one next call, then dropped.
  let asked: { text: string; named: NamedScores } | undefined;
  const namedScoresOf = (text: string): NamedScores => {
    const kept = asked;
    asked = undefined;
    return kept !== undefined && kept.text === text ? kept.named : namedScores(catalog, text);
  };
  return {
    catalog,
    learned,
    withLearned: (model) => detectorOver(catalog, model),
    learnedLayerWanted(input, { maxChars = DEFAULT_MAX_CHARS } = {}) {
      if (typeof input !== 'string') return false;
      const text = guardInput(input, maxChars).text;
      const named = namedScores(catalog, text);
      asked = { text, named };
      return learnedLayerCandidates(named.scored).length > 0 || learnedAwarenessCandidate(named.scored);
    },
    analyzeText(input: string, options: AnalyzeOptions = {}): Analysis {
      if (typeof input !== 'string') throw new DetectError('invalid_input_type', typeof input);
      validateOptions(options);
      const {
        threshold = DEFAULT_THRESHOLD,
        maxChars = DEFAULT_MAX_CHARS,
        adviceLanguage = 'en',
        includeAdvice = true,
      } = options;
      const guarded = guardInput(input, maxChars);
      const text = guarded.text;
      const warnings: Warning[] = [...guarded.warnings];

      const guess = identifyLanguage(text);
      let language = guess.language;
      if (options.lang !== undefined) {
        const hint = resolveLanguageTag(options.lang);
        if (hint === undefined) {
          warnings.push({
            code: 'language_hint_ignored',
            message: `The language hint "${options.lang.slice(0, 20)}" is not a supported language.`,
          });
        } else {
          const chosen = chooseLanguage(language, hint);
          language = chosen.language;
          if (chosen.hintIgnored) {
            warnings.push({
              code: 'language_hint_ignored',
              message: `The text is written in ${language}, not ${hint}; the text's own language was used.`,
            });
          }
        }
      }

      const named = namedScoresOf(text);
      const { normalized, hits, entities } = named;
      let { scored } = named;
      let readByModel = false;
      if (learned !== undefined) {
        if (learnedReadsAsWarning(scored, learned, normalized.text)) {
          scored = scoreHarms(catalog, hits, named.entitySignals, named.spanOf, { readAsWarning: true });
          readByModel = scored.hasAwarenessContext;
        }
        applyLearnedLayer(scored, learned, text, normalized.text, (start, end) =>
          toOriginalSpan(normalized, start, end),
        );
      }

      const findings: HarmFinding[] = [];
      // `for…in`: the scores' own order (as Object.entries gives it) without an array per harm.
      for (const key in scored.scores) {
        const harm = key as keyof typeof scored.scores;
        const score = scored.scores[harm];
        if (score < threshold) continue;
        const indicators: FiredIndicator[] = [];
        for (const contribution of scored.contributions[harm]) {
          if (adds(contribution)) indicators.push(describe(contribution, adviceLanguage, text));
        }
        findings.push({ type: harm, score, indicators });
      }
      findings.sort(byScoreDescending);

      if (scored.hasAwarenessContext && hits.length > 0) {
        warnings.push({
          code: 'awareness_context',
          message: readByModel
            ? 'The text as a whole reads like a warning or a news report (by a statistical model trained on Raksa’s labelled examples); lure phrases inside it count for less.'
            : 'The text reads like a warning or a news report; lure phrases inside it count for less.',
        });
      }
      if (scored.hasLegitimacyContext) {
        warnings.push({
          code: 'legitimacy_context',
          message:
            'The text mentions licensing or a regulated lender; this lowers the risk, but check the licence yourself.',
        });
      }
      const harms = findings.map(harmOf);
      return {
        language,
        scripts: guess.scripts,
        risk: riskLevel(findings),
        harms: findings,
        scores: scored.scores,
        entities,
        warnings,
        advice: includeAdvice ? adviceFor(findings, adviceLanguage) : [],
        hotlines: includeAdvice ? hotlinesFor(harms, language, options.country) : [],
        catalogVersion: catalog.version,
        analyzedLength: text.length,
      };
    },
  };
}
