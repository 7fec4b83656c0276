import type { CompiledCatalog } from '../indicators/compile.ts';
import { CONTEXT_SIGNALS, SIGNALS, type Signal } from '../indicators/schema.ts';
import { LEARNED_FREE_NAMED_SIGNS, LEARNED_MIN_NAMED_SIGNS } from '../learned/apply-learned-layer.ts';
import { RULES } from '../score/rules.ts';
import { PRIOR_LOG_ODDS } from '../score/score-harms.ts';
import { HARMS, type Harm } from '../types.ts';

/** Scores are rounded to three decimals before the threshold test: keep clear of the rounding. */
const ROUNDING_MARGIN = 0.001;

/**
 * An upper bound on what the phrases found in a text can add to each harm: the positive weights
 * of their indicators, plus the positive weights of every rule whose signals those indicators
 * could all supply (entities are out of the picture: the screen analyses every text with an entity).
 * Negation, damping and negative weights can only lower a score, so they are ignored.
 */
export interface EvidenceBound {
  reset(): void;
  /** Records a candidate indicator; false when it carries a context marker (analyse the text). */
  add(indicator: number): boolean;
  /** True when no harm can reach `threshold` with the candidates recorded since the last reset. */
  staysBelow(threshold: number): boolean;
  /**
   * After `staysBelow` returned true with the learned layer: the harms that one named sign points
   * at, which the model raises only when it is sure (LEARNED_ONE_SIGN_PROBABILITY); empty otherwise.
   */
  readonly oneSignHarms: readonly Harm[];
}

/**
 * `learnedLayer`: the detector applies the learned layer, which can raise to the threshold any
 * harm that two named signs point at (LEARNED_FREE_NAMED_SIGNS); then a text stays below only when
 * no harm has that many candidate indicators and completable rules with positive weight. A harm
 * with one (LEARNED_MIN_NAMED_SIGNS) is listed in `oneSignHarms`, for the caller to ask the model.
 */
export function createEvidenceBound(catalog: CompiledCatalog, { learnedLayer = false } = {}): EvidenceBound {
  const signalIndex = new Map<Signal, number>(SIGNALS.map((signal, i) => [signal, i]));
  const harmIndex = new Map<Harm, number>(HARMS.map((harm, i) => [harm, i]));
  const positiveWeights = catalog.indicators.map((indicator) => {
    const weights = new Float64Array(HARMS.length);
    for (const [harm, weight] of Object.entries(indicator.weights) as [Harm, number][]) {
      weights[harmIndex.get(harm) ?? 0] = Math.max(0, weight);
    }
    return weights;
  });
  const signalsOf = catalog.indicators.map((indicator) =>
    (indicator.signals ?? []).map((signal) => signalIndex.get(signal) ?? 0),
  );
  const isContext = catalog.indicators.map((indicator) =>
    (indicator.signals ?? []).some((signal) => CONTEXT_SIGNALS.has(signal)),
  );
  const rules = RULES.map((rule) => ({
    groups: rule.all.map((group) => group.map((signal) => signalIndex.get(signal) ?? 0)),
    weights: HARMS.map((harm) => Math.max(0, rule.weights[harm] ?? 0)),
  }));

  const hasRuleWithoutSignals = rules.some((rule) => rule.groups.length === 0);
  const seen = new Uint8Array(catalog.indicators.length);
  const candidates: number[] = [];
  const present = new Uint8Array(SIGNALS.length);
  const totals = new Float64Array(HARMS.length);
  const signs = new Int32Array(HARMS.length);
  const oneSignHarms: Harm[] = [];

  return {
    oneSignHarms,
    reset() {
      for (const indicator of candidates) seen[indicator] = 0;
      candidates.length = 0;
    },
    add(indicator) {
      if (isContext[indicator] === true) return false;
      if (seen[indicator] === 0) {
        seen[indicator] = 1;
        candidates.push(indicator);
      }
      return true;
    },
    staysBelow(threshold) {
      oneSignHarms.length = 0;
      const limit = Math.log((threshold - ROUNDING_MARGIN) / (1 - threshold + ROUNDING_MARGIN)) - PRIOR_LOG_ODDS;
      // At or below the prior, every harm is reported even without evidence.
      if (!(limit > 0)) return false;
      if (candidates.length === 0) return true;
      totals.fill(0);
      signs.fill(0);
      present.fill(0);
      let signals = 0;
      for (const indicator of candidates) {
        const weights = positiveWeights[indicator];
        if (weights !== undefined)
          for (let h = 0; h < weights.length; h++) {
            const weight = weights[h] ?? 0;
            totals[h] = (totals[h] ?? 0) + weight;
            if (weight > 0) signs[h] = (signs[h] ?? 0) + 1;
          }
        for (const signal of signalsOf[indicator] ?? []) {
          present[signal] = 1;
          signals++;
        }
      }
      // A rule needs a signal from each of its groups: without signals no rule can complete.
      if (signals > 0 || hasRuleWithoutSignals) {
        for (const rule of rules) {
          if (!rule.groups.every((group) => group.some((signal) => present[signal] === 1))) continue;
          rule.weights.forEach((weight, h) => {
            totals[h] = (totals[h] ?? 0) + weight;
            if (weight > 0) signs[h] = (signs[h] ?? 0) + 1;
          });
        }
      }
      for (let h = 0; h < totals.length; h++) {
        if ((totals[h] ?? 0) >= limit) return false;
        if (learnedLayer && (signs[h] ?? 0) >= LEARNED_FREE_NAMED_SIGNS) return false;
      }
      if (learnedLayer) {
        for (let h = 0; h < totals.length; h++) {
          const harm = HARMS[h];
          if (harm !== undefined && (signs[h] ?? 0) >= LEARNED_MIN_NAMED_SIGNS) oneSignHarms.push(harm);
        }
      }
      return true;
    },
  };
}
