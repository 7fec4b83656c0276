import type { Harm } from '../types.ts';
import type { ActorHarm } from './score-actor.ts';

/** The conversation rule for a child offered to a customer for a price or a meeting. */
const CHILD_OFFERED_FOR_SALE = 'conversation.cse.child_offered_for_sale';
/** Grooming builds trust over days or weeks; a chat shorter than this that ends in a threat is sextortion. */
export const FAST_SEXTORTION_MINUTES = 48 * 60;

/**
 * One author's harms without the ones another of their harms already explains:
 *
 * - Child sexual exploitation, where their grooming of the child in the chat explains it. An
 *   adult who asks the child they are talking to for pictures, or promises that child money or
 *   gifts for them, is grooming (its sexualisation and image-request stages), and the
 *   child-selling rules that read "a minor, a price, a chat app" in the adult's own messages
 *   describe that same grooming. Child sexual exploitation stays when it weighs more than the
 *   grooming, or when the author offers a child to a customer: the offer of a third child, or of
 *   abuse material, is what that harm is for.
 * - Grooming and scam, where the author's sextortion explains them: a new contact who flirts,
 *   gets a picture, threatens and demands money within hours (`chatMinutes`, the whole chat's
 *   length, under two days) follows the sextortion script, and its flattery and its demand for
 *   payment are that script's steps. Grooming or a scam is reported beside sextortion only when
 *   it was built over days (trust with a child, an investment pitch over weeks), or, for a scam,
 *   when it weighs more than the sextortion. Without times the length is unknown and all stay.
 */
export function withoutOverlappingHarms(harms: readonly ActorHarm[], chatMinutes: number | undefined): ActorHarm[] {
  const find = (type: Harm): ActorHarm | undefined => harms.find((harm) => harm.harm === type);
  const grooming = find('grooming');
  const exploitation = find('child_sexual_exploitation');
  const sextortion = find('sextortion');
  const dropped = new Set<ActorHarm>();
  if (
    grooming !== undefined &&
    exploitation !== undefined &&
    exploitation.score <= grooming.score &&
    !exploitation.indicators.some((indicator) => indicator.id === CHILD_OFFERED_FOR_SALE)
  ) {
    dropped.add(exploitation);
  }
  if (sextortion !== undefined && chatMinutes !== undefined && chatMinutes < FAST_SEXTORTION_MINUTES) {
    if (grooming !== undefined) dropped.add(grooming);
    const scam = find('scam');
    if (scam !== undefined && scam.score <= sextortion.score) dropped.add(scam);
  }
  return harms.filter((harm) => !dropped.has(harm));
}

/**
 * The harm an alert names, once overlapping harms are folded: the harm that explains it when
 * the alert's own harm is no longer reported.
 */
export function alertHarmAfterFolding(alertHarm: Harm, reported: ReadonlySet<Harm>): Harm {
  if (reported.has(alertHarm)) return alertHarm;
  if (alertHarm === 'child_sexual_exploitation' && reported.has('grooming')) return 'grooming';
  if ((alertHarm === 'grooming' || alertHarm === 'scam') && reported.has('sextortion')) return 'sextortion';
  return alertHarm;
}
