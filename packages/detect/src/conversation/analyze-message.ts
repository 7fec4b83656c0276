import { extractEntities } from '../entities/extract-entities.ts';
import type { Signal } from '../indicators/schema.ts';
import { guardInput } from '../input-guards.ts';
import { matchIndicators, type IndicatorHit } from '../match/match-indicators.ts';
import { signalsFromEntities } from '../score/entity-signals.ts';
import { hitsThatCount, scoreHarms, type HarmScores } from '../score/score-harms.ts';
import { normalizeText, toOriginalSpan } from '../text/normalize.ts';
import type { Entity, Span } from '../types.ts';
import type { ConversationCatalog } from './conversation-catalog.ts';
import { selfStatedAge, type StatedAge } from './self-stated-age.ts';
import type { CueCode } from './stage-cues.ts';

/**
 * What a message can show: the catalogue's signals, the conversation cues, two question types,
 * `image_received` (the other person sent a picture or video after this author asked for one),
 * `images_held` (the writer claims to hold someone's intimate pictures or a recording),
 * `deletion_asked` (the person this author wrote to begged them to delete a picture or video) and
 * `late_request` (the author asked for pictures or a video call late at night).
 */
export type Tag =
  | Signal
  | CueCode
  | 'parental_check'
  | 'age_probe'
  | 'image_received'
  | 'images_held'
  | 'deletion_asked'
  | 'late_request';

/** Catalogue indicators that mean more in a conversation than their signals say. */
const TAGS_OF_INDICATOR: ReadonlyMap<string, readonly Tag[]> = new Map<string, Tag[]>([
  ['grooming.risk_check', ['parental_check']],
  ['grooming.phone_check', ['parental_check']],
  ['grooming.alone_check_words', ['parental_check']],
  ['grooming.age_probe', ['age_probe']],
  ['grooming.grade_probe', ['age_probe']],
  ['grooming.grade_words', ['age_probe']],
  ['grooming.flattery', ['trust']],
  ['grooming.cute_flattery_words', ['trust']],
  ['grooming.mature_for_age', ['trust']],
  ['grooming.isolation', ['trust']],
  ['sextortion.has_images', ['images_held']],
  ['sextortion.holds_video', ['images_held']],
  ['sextortion.recorded_call', ['images_held']],
  ['sextortion.recorded_terms', ['images_held']],
  ['sextortion.holds_clip_terms', ['images_held']],
  ['sextortion.deepfake_threat', ['images_held']],
  ['conversation.recording_held', ['images_held']],
]);

/** Hits that an innocent explanation in the same message cancels: the cue, and the signals it explains. */
const EXPLAINED_BY: readonly { cue: CueCode; signals: readonly Signal[] }[] = [
  { cue: 'benign_photo', signals: ['photo_request'] },
  { cue: 'school_work', signals: ['meet_request'] },
  { cue: 'joke', signals: ['photo_request', 'intimate_image'] },
];
/** Signals that keep a hit even when an innocent explanation is present ("take off your shirt"). */
const NEVER_EXPLAINED: ReadonlySet<Signal> = new Set<Signal>(['sexual', 'threat', 'secrecy', 'payment_demand']);
const NO_TAGS: ReadonlyMap<Tag, Span[]> = new Map();

/** Chat apps people move a new contact to, by names that mean nothing else. */
const CHAT_APP =
  /(?<![\p{L}\p{N}])(whatsapp|telegram|zalo|viber|snapchat|wechat|kik|discord|ไลน์|微信|电报|ឡាញ|តេឡេក្រាម|ວັອດແອັບ|ໄລນ໌)(?![\p{L}\p{N}])/iu;
/** A handle or a phone number written out: "ploy_k99", "@mika_dmy", "+44 7700 900418". */
const CONTACT = String.raw`(?:@[\p{L}\p{N}_.]{3,}|[a-z]+[._][\w.]+|[a-z]{3,}\d{2,}|\+?\d[\d -]{6,}\d)(?![\p{L}\p{N}])`;
const MAY_HOLD_CONTACT = /[@._0-9]/u;
const HANDLE_OR_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])` + CONTACT, 'iu');
/**
 * Short names that are also ordinary words ("line", "signal", "snap", "wa", "tg") count only
 * when a handle or number follows at once: "line: ploy_k99", "wa 0812 3456 7890", "snap mika_dmy".
 */
const SHORT_APP_WITH_CONTACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(line|signal|snap|wa|tg|tele|imo)(?:\s+id)?(?:\s*[:：]\s*|\s+)` + CONTACT,
  'iu',
);

/**
 * "LINE: ploy_k99", "add my whatsapp +44 7700 900418": a chat app named together with a handle
 * or a number moves the talk there, in any language and however the sentence around it is worded.
 */
function appWithContact(text: string, entities: readonly Entity[]): Span | undefined {
  const contactEntity = entities.some((entity) => entity.type === 'phone' || entity.type === 'handle');
  // Every handle or number `CONTACT` reads has an "@", a "." or "_", or a digit: most chat lines
  // have none of them, and both patterns below need a contact.
  if (!contactEntity && !MAY_HOLD_CONTACT.test(text)) return undefined;
  const short = SHORT_APP_WITH_CONTACT.exec(text);
  if (short?.[1] !== undefined) return { start: short.index, end: short.index + short[1].length };
  const app = CHAT_APP.exec(text);
  if (app === null) return undefined;
  const contact = contactEntity || HANDLE_OR_NUMBER.test(text);
  return contact ? { start: app.index, end: app.index + app[0].length } : undefined;
}

export interface MessageAnalysis {
  /** The text analysed (capped). */
  text: string;
  /** Tags with their spans in `text`. Empty for warnings and news (their lure words are quotes). */
  tags: ReadonlyMap<Tag, readonly Span[]>;
  /** The engine's scores for this message alone, when it has any evidence. */
  scored: HarmScores | undefined;
  entities: Entity[];
  /** The message reads like a warning or a news report. */
  awareness: boolean;
  selfAge: StatedAge | undefined;
}

function push<K>(map: Map<K, Span[]>, key: K, span: Span): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [span]);
  else if (list.length < 5) list.push(span);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function signalsOf(conversation: ConversationCatalog, hit: IndicatorHit): readonly Signal[] {
  return conversation.catalog.indicators[hit.indicator]?.signals ?? [];
}

/**
 * Catalogue phrases that normalise to a bare everyday word: "send $" in `sextortion.pay_now_words`
 * becomes "send", so every "send me the clip" would read as a money demand. Until the catalogue
 * is fixed, a money-demand hit on exactly these words is dropped here.
 */
const DEGENERATE_DEMANDS: ReadonlySet<string> = new Set(['send']);

function dropDegenerate(conversation: ConversationCatalog, normalized: string, hits: IndicatorHit[]): IndicatorHit[] {
  return hits.filter(
    (hit) =>
      !(
        signalsOf(conversation, hit).includes('payment_demand') &&
        DEGENERATE_DEMANDS.has(normalized.slice(hit.start, hit.end))
      ),
  );
}

/** Drops the hits an innocent explanation in the same message accounts for. */
function dropExplained(conversation: ConversationCatalog, hits: IndicatorHit[]): IndicatorHit[] {
  if (hits.length < 2) return hits;
  const { indicators } = conversation.catalog;
  const present = new Set<CueCode>();
  for (const hit of hits) {
    const cue = conversation.cueAt[hit.indicator];
    if (cue !== undefined) present.add(cue);
  }
  if (present.size === 0) return hits;
  const explained = new Set<Signal>();
  for (const { cue, signals } of EXPLAINED_BY) if (present.has(cue)) for (const s of signals) explained.add(s);
  if (explained.size === 0) return hits;
  return hits.filter((hit) => {
    const signals = indicators[hit.indicator]?.signals ?? [];
    if (signals.some((signal) => NEVER_EXPLAINED.has(signal))) return true;
    return !signals.some((signal) => explained.has(signal));
  });
}

/**
 * One message through the engine: normalise, match the catalogue and the cues in one pass,
 * extract entities, score; then the tags the conversation reads, with spans in the message text.
 */
export function analyzeMessage(conversation: ConversationCatalog, input: string, maxChars: number): MessageAnalysis {
  const text = guardInput(input, maxChars).text;
  const normalized = normalizeText(text);
  const { catalog, cueAt } = conversation;
  const matched = dropDegenerate(conversation, normalized.text, matchIndicators(catalog, normalized));
  // The scorer's own rules for what counts, so a message reads the same here as in analyzeText.
  const hits = dropExplained(conversation, hitsThatCount(catalog, matched));
  const entities = extractEntities(text);
  // "may bago ako, bata pa, 11 y.o.": an age next to an offer is the offered child's, not the writer's.
  const offersChild = hits.some((hit) => cueAt[hit.indicator] === 'minor_offered');
  const selfAge = offersChild ? undefined : selfStatedAge(text, entities, normalized);
  // The writer's own age describes the writer, not the person they talk to.
  let entitySignals = entities.length === 0 ? [] : signalsFromEntities(entities);
  if (selfAge !== undefined) {
    const own = selfAge.span;
    entitySignals = entitySignals.filter(({ signal, entity }) => !(signal === 'minor' && overlaps(entity, own)));
  }
  const appMove = appWithContact(text, entities);
  if (hits.length === 0 && entitySignals.length === 0) {
    const tags = appMove === undefined ? NO_TAGS : new Map<Tag, Span[]>([['channel_move', [appMove]]]);
    return { text, tags, scored: undefined, entities, awareness: false, selfAge };
  }
  const spanOf = (hit: IndicatorHit): Span => toOriginalSpan(normalized, hit.start, hit.end);
  const scored = scoreHarms(catalog, hits, entitySignals, spanOf);
  const awareness = scored.hasAwarenessContext;
  const tags = new Map<Tag, Span[]>();
  if (!awareness) {
    for (const hit of hits) {
      const span = spanOf(hit);
      const indicator = catalog.indicators[hit.indicator];
      const cue = cueAt[hit.indicator];
      if (cue !== undefined) push(tags, cue, span);
      const extra = TAGS_OF_INDICATOR.get(indicator?.id ?? '') ?? [];
      for (const tag of extra) push(tags, tag, span);
      // "Are your parents home?" checks who is watching; it is not itself a request for secrecy.
      const checksParents = extra.includes('parental_check');
      for (const signal of indicator?.signals ?? []) {
        if (signal === 'minor' && selfAge !== undefined && overlaps(span, selfAge.span)) continue;
        if (signal === 'secrecy' && checksParents) continue;
        push(tags, signal, span);
      }
    }
    for (const { signal, entity } of entitySignals) push(tags, signal, { start: entity.start, end: entity.end });
    if (appMove !== undefined && !tags.has('channel_move')) push(tags, 'channel_move', appMove);
  }
  return { text, tags, scored, entities, awareness, selfAge };
}
