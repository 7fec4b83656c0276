/**
 * How much old evidence still counts. A grooming arc, however many weeks it takes, is a few
 * hundred messages in which the offender's risky lines come close together; an everyday chat of
 * a million messages may hold the same words, scattered. So each piece of evidence counts fully
 * for `FULL_WEIGHT_MESSAGES` messages after it was last seen, then loses half its weight every
 * `HALF_LIFE_MESSAGES` messages, and is forgotten below `FORGOTTEN_BELOW`. Saying it again
 * refreshes it. Facts about the people (a stated age, a parent) do not fade.
 */
export const FULL_WEIGHT_MESSAGES = 200;
export const HALF_LIFE_MESSAGES = 100;
export const FORGOTTEN_BELOW = 0.05;

/** The share of its weight that evidence last seen `age` messages ago still has (0 to 1). */
export function freshness(age: number): number {
  if (age <= FULL_WEIGHT_MESSAGES) return 1;
  const share = 0.5 ** ((age - FULL_WEIGHT_MESSAGES) / HALF_LIFE_MESSAGES);
  return share < FORGOTTEN_BELOW ? 0 : share;
}

/** Evidence older than this counts for nothing. */
export const FORGOTTEN_AFTER_MESSAGES =
  FULL_WEIGHT_MESSAGES + Math.ceil(HALF_LIFE_MESSAGES * Math.log2(1 / FORGOTTEN_BELOW));
