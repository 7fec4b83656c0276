/**
 * The learned layer's part in a score: for a harm that at least two named indicators or rules
 * already point at (and whose score is above the prior), the model's probability over the whole
 * wording can raise the score to that probability. On one named sign it raises a harm only when it
 * is sure (LEARNED_ONE_SIGN_PROBABILITY: one everyday phrase such as "kita tayo bukas", see you
 * tomorrow, is a meeting, not grooming, and the model must not make it one); it never raises one
 * nothing named points at, nor inside a warning or news report; so every reported harm still shows
 * named indicators, and the model's own evidence (the n-grams that weighed most) is shown beside them.
 *
 * Its awareness model works the other way: when a harm is more likely than not and no warning or
 * news marker was found, a text the model reads as a warning or a news report (at or above its
 * threshold) is scored as one (its lure evidence damped, see score-harms.ts), unless it gives a
 * concrete chat contact. Warnings written in words the catalogue does not list are the largest
 * share of held-out false positives.
 */
import { HARM_LABELS } from '../explain/harm-labels.ts';
import { PRIOR_SCORE, type Contribution, type Described, type HarmScores } from '../score/score-harms.ts';
import { HARMS, type Harm, type Span } from '../types.ts';
import { learnedAwareness, learnedHarms, type LearnedModel } from './learned-model.ts';

/** What a reader is told about the learned layer's contribution to one harm. */
function patternOf(harm: Harm): Described {
  const name = HARM_LABELS[harm];
  return {
    id: `learned.${harm}`,
    label: {
      en: `Wording like known messages of this kind (${name.en})`,
      km: `ពាក្យពេចន៍ស្រដៀងនឹងសារប្រភេទនេះ (${name.km})`,
    },
    explanation: {
      en: 'A statistical model trained on Raksa’s labelled examples finds the wording as a whole typical of this harm; the highlighted words weighed most. It only strengthens the named warning signs listed with it, never stands alone.',
      km: 'គំរូស្ថិតិដែលបានរៀនពីឧទាហរណ៍ដែលមានស្លាករបស់ Raksa ឃើញថាពាក្យពេចន៍ទាំងមូលដូចសារប្រភេទនេះ។ ពាក្យដែលបានបន្លិចមានទម្ងន់ច្រើនជាងគេ។ វាគ្រាន់តែពង្រឹងសញ្ញាគ្រោះថ្នាក់ដែលមានឈ្មោះ ដែលបានរាយជាមួយវា មិនដែលប្រើតែម្នាក់ឯងទេ។',
    },
  };
}

const PATTERNS = Object.fromEntries(HARMS.map((harm) => [harm, patternOf(harm)])) as Record<Harm, Described>;

const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{N}\p{M}'’]/u;
const MAX_WIDENING = 24;

/**
 * An n-gram's place widened to the whole words it touches, in scripts written with spaces (so
 * that "ecr" shows as "recruiter"); in scripts written without spaces the n-gram is kept.
 */
export function widenToWords(text: string, span: Span): Span {
  let { start, end } = span;
  const isWordChar = (i: number): boolean => LATIN_WORD_CHAR.test(text[i] ?? '');
  while (start > 0 && span.start - start < MAX_WIDENING && isWordChar(start - 1) && isWordChar(start)) start--;
  while (end < text.length && end - span.end < MAX_WIDENING && isWordChar(end) && isWordChar(end - 1)) end++;
  // Leading or trailing spaces of the n-gram ("r u? ") are not words.
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Named contributions a harm needs before the model may raise it at all. */
export const LEARNED_MIN_NAMED_SIGNS = 1;
/** Named contributions from which the model may raise a harm to any probability it finds higher. */
export const LEARNED_FREE_NAMED_SIGNS = 2;
/**
 * With fewer than LEARNED_FREE_NAMED_SIGNS (one named sign), the model raises a harm only when it
 * is this sure: chosen out of fold on the development corpus (docs/decisions/0004).
 */
export const LEARNED_ONE_SIGN_PROBABILITY = 0.9;

const logit = (p: number): number => Math.log(p / (1 - p));
const round3 = (p: number): number => Math.round(p * 1000) / 1000;
const byWeightDescending = (a: Contribution, b: Contribution): number => b.weight - a.weight;

/** The harms the model may raise in `scored` (see the module comment); empty when it has nothing to do. */
export function learnedLayerCandidates(scored: HarmScores): Harm[] {
  const wanted: Harm[] = [];
  if (scored.hasAwarenessContext) return wanted;
  for (const harm of HARMS) {
    const score = scored.scores[harm];
    if (!(score > PRIOR_SCORE && score < 1)) continue;
    if (namedSigns(scored, harm) >= LEARNED_MIN_NAMED_SIGNS) wanted.push(harm);
  }
  return wanted;
}

/** How many named indicators and rules add to `harm` in `scored`. */
function namedSigns(scored: HarmScores, harm: Harm): number {
  let named = 0;
  for (const contribution of scored.contributions[harm]) if (contribution.weight > 0) named++;
  return named;
}

/** The score from which a harm would be reported at the default threshold: only then is the awareness model asked. */
export const AWARENESS_CANDIDATE_SCORE = 0.5;

/** Whether the awareness model could change `scored`: a harm is more likely than not and no marker made it a warning. */
export function learnedAwarenessCandidate(scored: HarmScores): boolean {
  if (scored.hasAwarenessContext) return false;
  for (const harm of HARMS) if (scored.scores[harm] >= AWARENESS_CANDIDATE_SCORE) return true;
  return false;
}

/** Whether the model reads `normalized` as a warning or a news report that `scored` should be damped as. */
export function learnedReadsAsWarning(scored: HarmScores, model: LearnedModel, normalized: string): boolean {
  if (model.awareness === undefined || !learnedAwarenessCandidate(scored)) return false;
  const probability = learnedAwareness(model, normalized);
  return probability !== undefined && probability >= model.awareness.threshold;
}

/**
 * Raises, in place, the scores of `scored` that the model finds higher (see the module comment).
 * `normalized` is the normaliser's text of `original`; `spanOf` maps its offsets to `original`.
 */
export function applyLearnedLayer(
  scored: HarmScores,
  model: LearnedModel,
  original: string,
  normalized: string,
  spanOf: (start: number, end: number) => Span,
): void {
  const wanted = learnedLayerCandidates(scored);
  if (wanted.length === 0) return;
  const learned = learnedHarms(model, normalized, wanted);
  for (const harm of wanted) {
    const found = learned[harm];
    const before = scored.scores[harm];
    if (found === undefined) continue;
    if (found.probability < LEARNED_ONE_SIGN_PROBABILITY && namedSigns(scored, harm) < LEARNED_FREE_NAMED_SIGNS)
      continue;
    const after = round3(found.probability);
    if (!(after > before)) continue;
    scored.scores[harm] = after;
    scored.contributions[harm].push({
      source: { kind: 'learned', pattern: PATTERNS[harm] },
      weight: logit(Math.min(after, 0.999)) - logit(before),
      spans: found.strongest
        .map(({ start, end }) => widenToWords(original, spanOf(start, end)))
        .filter((span) => span.end > span.start),
    });
    scored.contributions[harm].sort(byWeightDescending);
  }
}
