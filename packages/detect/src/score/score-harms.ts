import type { CompiledCatalog } from '../indicators/compile.ts';
import { CONTEXT_SIGNALS, type Indicator, type LocalizedText, type Signal } from '../indicators/schema.ts';
import type { IndicatorHit } from '../match/match-indicators.ts';
import { HARMS, type Harm, type Span } from '../types.ts';
import { groupsMetByDistinctSources } from './distinct-sources.ts';
import type { EntitySignal } from './entity-signals.ts';
import { dropDocumentPictureHits } from './document-pictures.ts';
import { RULES, type Rule } from './rules.ts';

/** The prior log-odds of every harm: with no evidence a message is very unlikely to be harmful. */
export const PRIOR_LOG_ODDS = -3.2;
/** Lure evidence inside a warning or a news report counts for this share of its weight. */
export const AWARENESS_DAMPING = 0.3;
/**
 * Inside a warning or a news report, the damped evidence for a harm can add at most this much:
 * quoting a whole offender's script must not be enough to cross "more likely than not".
 */
export const AWARENESS_MAX_LOG_ODDS = 2.8;
/**
 * Distress counts at this share inside a warning or news report: warnings describe victims in
 * the third person ("passports are seized"), while a victim's own plea rarely reads like a warning.
 */
const DISTRESS_AWARENESS_DAMPING = 0.5;
/**
 * Warning or news markers at this many places (not overlapping) make a text read as a warning
 * even when it describes a move to a chat app ("they move you to Telegram"): a lure that copies
 * warning words usually adds one line ("beware of fake agents") to its offer.
 */
export const STRONG_AWARENESS_MARKERS = 2;
/** A phrase this close after a negation ("we never ask for your passport") does not count. */
const NEGATION_REACH = 24;

/** What a reader is told about an indicator, a rule or the learned layer. */
export interface Described {
  id: string;
  label: LocalizedText;
  explanation: LocalizedText;
}

/** What contributed to one harm: an indicator, a rule or the learned layer, its effective weight and where it was seen. */
export interface Contribution {
  source:
    | { kind: 'indicator'; indicator: Indicator }
    | { kind: 'rule'; rule: Rule }
    | { kind: 'learned'; pattern: Described };
  weight: number;
  spans: Span[];
}

/** The id, label and explanation of a contribution's source. */
export function describedOf(source: Contribution['source']): Described {
  switch (source.kind) {
    case 'indicator':
      return source.indicator;
    case 'rule':
      return source.rule;
    case 'learned':
      return source.pattern;
  }
}

export interface HarmScores {
  scores: Record<Harm, number>;
  contributions: Record<Harm, Contribution[]>;
  hasAwarenessContext: boolean;
  hasLegitimacyContext: boolean;
}

function pushTo<K>(map: Map<K, Span[]>, key: K, span: Span): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [span]);
  else list.push(span);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Drops the lure hits right after a negation ("we never ask for your passport"); context markers stay. */
function dropNegatedHits(catalog: CompiledCatalog, hits: readonly IndicatorHit[]): IndicatorHit[] {
  const negationEnds = hits
    .filter((hit) => catalog.indicators[hit.indicator]?.signals?.includes('negation') === true)
    .map((hit) => hit.end);
  if (negationEnds.length === 0) return [...hits];
  // Only lure evidence is negated: "never let anyone keep your passport" must not cancel the
  // warning or news marker that follows it.
  const isContext = (hit: IndicatorHit): boolean =>
    catalog.indicators[hit.indicator]?.signals?.some(
      (signal) => signal === 'negation' || CONTEXT_SIGNALS.has(signal),
    ) === true;
  return hits.filter(
    (hit) => isContext(hit) || !negationEnds.some((end) => hit.start >= end && hit.start - end <= NEGATION_REACH),
  );
}

/**
 * The hits that count as evidence: without those a negation cancels and without picture requests
 * that are document requests. The conversation analysis reads its messages through this too, so a
 * message reads the same there as in `analyzeText`.
 */
export function hitsThatCount(catalog: CompiledCatalog, hits: readonly IndicatorHit[]): IndicatorHit[] {
  return dropDocumentPictureHits(catalog, dropNegatedHits(catalog, hits));
}

/** Places (not overlapping) where the text shows a warning or news marker. */
function countMarkers(spansBySignal: ReadonlyMap<Signal, Span[]>): number {
  const spans = [...(spansBySignal.get('awareness') ?? []), ...(spansBySignal.get('news') ?? [])].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  let count = 0;
  let end = -1;
  for (const span of spans) {
    if (span.start < end) continue;
    count += 1;
    end = span.end;
  }
  return count;
}

/**
 * Whether lure evidence reads as quoted by a warning or a news report. Not when the text gives a
 * concrete way to reach someone on a chat app (a handle or a chat link): warnings do not hand
 * out a recruiter's Telegram, while a lure that adds a "beware of fake agents" line to its handle
 * is still a lure. Links do not count: warnings quote them ("links like bit.ly/…"). A move to a
 * chat app in words only ("inbox me", "they move you to WhatsApp") lifts the damping only when
 * the warning markers are few: a warning that describes the move usually shows several markers.
 */
export function readsAsWarning(
  spansBySignal: ReadonlyMap<Signal, Span[]>,
  entitySignals: readonly EntitySignal[],
): boolean {
  if (!spansBySignal.has('awareness') && !spansBySignal.has('news')) return false;
  if (givesChatContact(entitySignals)) return false;
  return !spansBySignal.has('channel_move') || countMarkers(spansBySignal) >= STRONG_AWARENESS_MARKERS;
}

function emptyRecord<T>(make: () => T): Record<Harm, T> {
  const record: Partial<Record<Harm, T>> = {};
  for (const harm of HARMS) record[harm] = make();
  return record as Record<Harm, T>;
}

function sigmoidScore(logOdds: number): number {
  return Math.round(sigmoid(logOdds) * 1000) / 1000;
}

/** Every harm's score when a text shows no evidence at all. */
export const PRIOR_SCORE = sigmoidScore(PRIOR_LOG_ODDS);

export interface ScoreOptions {
  /**
   * Read the text as a warning or a news report even without its markers (the learned layer's
   * awareness model says so); a concrete chat contact still makes it a lure, as in `readsAsWarning`.
   */
  readAsWarning?: boolean;
}

/** Whether a text with these entity signals can be read as a warning at all (see `readsAsWarning`). */
function givesChatContact(entitySignals: readonly EntitySignal[]): boolean {
  return entitySignals.some(({ signal }) => signal === 'channel_move');
}

/**
 * Adds up the evidence per harm: each indicator once (at its strongest placement), then the
 * structural rules whose signals are all present; warnings and news damp lure evidence.
 * `spanOf` maps a hit to the original text.
 */
export function scoreHarms(
  catalog: CompiledCatalog,
  rawHits: readonly IndicatorHit[],
  entitySignals: readonly EntitySignal[],
  spanOf: (hit: IndicatorHit) => Span,
  options: ScoreOptions = {},
): HarmScores {
  if (rawHits.length === 0 && entitySignals.length === 0) {
    // Nothing to add up: every harm is at its prior (the common case in bulk scanning).
    return {
      scores: emptyRecord(() => PRIOR_SCORE),
      contributions: emptyRecord<Contribution[]>(() => []),
      hasAwarenessContext: false,
      hasLegitimacyContext: false,
    };
  }
  const hits = hitsThatCount(catalog, rawHits);
  const spansByIndicator = new Map<number, Span[]>();
  const spansBySignal = new Map<Signal, Span[]>();
  // Which sources raised each signal: an indicator by its position, an entity by -(its index + 1).
  const sourcesBySignal = new Map<Signal, Set<number>>();
  const addSource = (signal: Signal, source: number): void => {
    const set = sourcesBySignal.get(signal);
    if (set === undefined) sourcesBySignal.set(signal, new Set([source]));
    else set.add(source);
  };
  for (const hit of hits) {
    const span = spanOf(hit);
    pushTo(spansByIndicator, hit.indicator, span);
    for (const signal of catalog.indicators[hit.indicator]?.signals ?? []) {
      pushTo(spansBySignal, signal, span);
      addSource(signal, hit.indicator);
    }
  }
  entitySignals.forEach(({ signal, entity }, index) => {
    pushTo(spansBySignal, signal, { start: entity.start, end: entity.end });
    addSource(signal, -(index + 1));
  });
  const hasAwarenessContext =
    options.readAsWarning === true ? !givesChatContact(entitySignals) : readsAsWarning(spansBySignal, entitySignals);
  const hasLegitimacyContext = spansBySignal.has('legit_employment') || spansBySignal.has('legit_loan');
  const damp = (harm: Harm, weight: number): number =>
    hasAwarenessContext && weight > 0
      ? weight * (harm === 'victim_distress' ? DISTRESS_AWARENESS_DAMPING : AWARENESS_DAMPING)
      : weight;

  const contributions = emptyRecord<Contribution[]>(() => []);
  for (const [position, spans] of spansByIndicator) {
    const indicator = catalog.indicators[position];
    if (indicator === undefined) continue;
    for (const [harm, weight] of Object.entries(indicator.weights) as [Harm, number][]) {
      contributions[harm].push({ source: { kind: 'indicator', indicator }, weight: damp(harm, weight), spans });
    }
  }
  for (const rule of RULES) {
    // Most rules miss most texts: test presence before collecting any span.
    if (!rule.all.every((group) => group.some((signal) => spansBySignal.has(signal)))) continue;
    // Each group met by its own piece of evidence: one phrase with two signals is one sign.
    if (rule.all.length > 1 && !groupsMetByDistinctSources(rule.all, sourcesBySignal)) continue;
    const spans = rule.all.flatMap((group) => group.flatMap((signal) => spansBySignal.get(signal) ?? []));
    for (const [harm, weight] of Object.entries(rule.weights) as [Harm, number][]) {
      contributions[harm].push({ source: { kind: 'rule', rule }, weight: damp(harm, weight), spans });
    }
  }
  const scores = emptyRecord(() => 0);
  for (const harm of HARMS) {
    let positive = 0;
    let negative = 0;
    for (const contribution of contributions[harm]) {
      if (contribution.weight > 0) positive += contribution.weight;
      else negative += contribution.weight;
    }
    if (hasAwarenessContext) positive = Math.min(positive, AWARENESS_MAX_LOG_ODDS);
    const total = PRIOR_LOG_ODDS + positive + negative;
    scores[harm] = sigmoidScore(total);
    contributions[harm].sort((a, b) => b.weight - a.weight);
  }
  return { scores, contributions, hasAwarenessContext, hasLegitimacyContext };
}
