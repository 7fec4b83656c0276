import type { Span } from '../types.ts';
import type { Tag } from './analyze-message.ts';
import { evidenceOf } from './describe-contribution.ts';
import type { StatedAge } from './self-stated-age.ts';
import type { ConversationFeature, ConversationFeatureCode } from './types.ts';

/** Which tags show which conversation feature. */
const FEATURE_TAGS: readonly [ConversationFeatureCode, readonly Tag[]][] = [
  ['platform_move', ['channel_move']],
  ['secrecy_request', ['secrecy']],
  ['gift_or_money', ['gift_offer', 'child_gift', 'loan_offer']],
  ['image_request', ['photo_request']],
  ['meeting_request', ['meet_request']],
  ['threat', ['threat']],
  ['deadline', ['deadline']],
  ['payment_request', ['payment_demand']],
  ['parental_check', ['parental_check']],
  ['document_request', ['document_request']],
  ['travel_arrangement', ['travel_paid', 'travel_arrangement']],
];

/** The conversation features one message shows, with their words. */
export function messageFeatures(
  text: string,
  tags: ReadonlyMap<Tag, readonly Span[]>,
  age: StatedAge | undefined,
  lateNight: boolean,
): ConversationFeature[] {
  const features: ConversationFeature[] = [];
  if (tags.size === 0 && age === undefined && !lateNight) return features;
  if (age !== undefined) features.push({ code: 'age_statement', evidence: evidenceOf(text, [age.span]) });
  for (const [code, featureTags] of FEATURE_TAGS) {
    const spans = featureTags.flatMap((tag) => tags.get(tag) ?? []);
    if (spans.length > 0) features.push({ code, evidence: evidenceOf(text, spans) });
  }
  if (lateNight) features.push({ code: 'late_night', evidence: [] });
  return features;
}

/** How many evidence features (all but late night) a message shows, without building them. */
export function countEvidenceFeatures(tags: ReadonlyMap<Tag, readonly Span[]>, age: StatedAge | undefined): number {
  let count = age === undefined ? 0 : 1;
  if (tags.size === 0) return count;
  for (const [, featureTags] of FEATURE_TAGS) if (featureTags.some((tag) => tags.has(tag))) count++;
  return count;
}
