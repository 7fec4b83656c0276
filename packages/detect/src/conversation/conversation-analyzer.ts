import { DetectError } from '../errors.ts';
import { riskLevel } from '../explain/risk-level.ts';
import type { Indicator } from '../indicators/schema.ts';
import type { HarmFinding } from '../types.ts';
import type { Span } from '../types.ts';
import { analyzeMessage, type MessageAnalysis, type Tag } from './analyze-message.ts';
import { AuthorState } from './author-state.ts';
import { conversationCatalog, type ConversationCatalog } from './conversation-catalog.ts';
import { describeContribution } from './describe-contribution.ts';
import { EntitySet } from './entity-set.ts';
import { FirstContact } from './first-contact.ts';
import { MessageCache } from './message-cache.ts';
import { countEvidenceFeatures, messageFeatures } from './message-features.ts';
import { alertHarmAfterFolding, withoutOverlappingHarms } from './overlapping-harms.ts';
import { RiskTimeline } from './risk-timeline.ts';
import {
  actorContext,
  explainActor,
  isMinorAge,
  scoreActor,
  writesLateAtNight,
  type ActorHarm,
} from './score-actor.ts';
import { ageAnswer, type StatedAge } from './self-stated-age.ts';
import { StrongestItems } from './strongest-messages.ts';
import {
  CONVERSATION_STAGES,
  type AnalyzeConversationOptions,
  type AuthorProfile,
  type ConversationAlert,
  type ConversationAnalysis,
  type ConversationHarmFinding,
  type ConversationMessage,
  type KeyMessage,
  type MessageEvidence,
  type StageEvent,
  type StagedHarm,
} from './types.ts';
import { isLateNight, readWallClock } from './wall-clock.ts';

/** The profile that pools the evidence of authors beyond `maxAuthors`. */
export const OTHER_AUTHORS = '(other authors)';

const DEFAULTS = { threshold: 0.5, maxKeyMessages: 20, timelinePoints: 200, maxEntities: 200, maxAuthors: 64 };
/** The risk is "high" from this score on (the engine's `high` and `critical` levels). */
const HIGH_SCORE = 0.8;
/** A message after this long a silence opens the talk again: its author initiates. */
const SILENCE_MINUTES = 6 * 60;
/** A bare number is read as an age only this many messages after someone asked for one. */
const AGE_ANSWER_REACH = 3;
/** Each message is cut at this length, as one chat message is never longer in practice. */
const MAX_MESSAGE_CHARS = 10_000;
/** Key messages keep at most this much of their text. */
const MAX_KEY_TEXT = 2_000;
const FEATURE_STRENGTH = 0.5;
/** For this many messages after a warning or news is shared, everyone's lure words are read as talk about it. */
const DISCUSSION_REACH = 8;
const NO_TAGS: ReadonlyMap<Tag, readonly Span[]> = new Map();
/** Distinct short messages whose analysis is kept (chats repeat "ok", "lol", "good night"). */
const CACHED_MESSAGES = 4096;
const CACHED_MESSAGE_CHARS = 120;
/** Every this many messages the scores are brought up to date as old evidence fades. */
const DECAY_SWEEP = 64;
/** A picture sent within this many messages of a request answers it. */
const PICTURE_REPLY_REACH = 4;
/** "ok mom" counts only at the start or the end of a message (not "dạ ba mẹ em đi làm xa"). */
const PARENT_ADDRESS_EDGE = 2;

function withoutTag(tags: ReadonlyMap<Tag, readonly Span[]>, tag: Tag): ReadonlyMap<Tag, readonly Span[]> {
  const copy = new Map(tags);
  copy.delete(tag);
  return copy;
}

/** Whether the message answers a parent ("ok mom", "ចាសម៉ាក់"), at its start or its end. */
function answersParent(analysis: MessageAnalysis): boolean {
  const spans = analysis.tags.get('addresses_parent') ?? [];
  const length = analysis.text.trimEnd().length;
  return spans.some((span) => span.start <= PARENT_ADDRESS_EDGE || span.end >= length - PARENT_ADDRESS_EDGE);
}

export interface ConversationAnalyzer {
  /** Analyses the next message of the conversation. */
  push(message: ConversationMessage): void;
  /** The analysis of the messages pushed so far (can be called at any time, and again later). */
  result(): ConversationAnalysis;
}

function validateOptions(options: AnalyzeConversationOptions): Required<Omit<AnalyzeConversationOptions, 'detector'>> {
  const merged = { ...DEFAULTS, adviceLanguage: 'en' as const, ...options };
  const { threshold, adviceLanguage } = merged;
  if (!(typeof threshold === 'number' && threshold >= 0 && threshold <= 1)) {
    throw new DetectError('invalid_option', `threshold must be between 0 and 1, received ${String(threshold)}`);
  }
  if (adviceLanguage !== 'en' && adviceLanguage !== 'km') {
    throw new DetectError('invalid_option', `adviceLanguage must be "en" or "km", received ${String(adviceLanguage)}`);
  }
  for (const key of ['maxKeyMessages', 'timelinePoints', 'maxEntities', 'maxAuthors'] as const) {
    const value = merged[key];
    if (!(Number.isInteger(value) && value >= 0 && value <= 1_000_000)) {
      throw new DetectError(
        'invalid_option',
        `${key} must be an integer from 0 to 1,000,000, received ${String(value)}`,
      );
    }
  }
  if (merged.maxAuthors < 1) throw new DetectError('invalid_option', 'maxAuthors must be at least 1');
  return merged;
}

/** Checks one message at the boundary: importers and callers may hand over anything. */
function validateMessage(message: unknown, index: number): ConversationMessage {
  if (typeof message !== 'object' || message === null) {
    throw new DetectError('invalid_input_type', `message ${index} is ${message === null ? 'null' : typeof message}`);
  }
  const { author, time, text, media } = message as Record<string, unknown>;
  if (typeof author !== 'string')
    throw new DetectError('invalid_input_type', `message ${index}: author is ${typeof author}`);
  if (typeof text !== 'string') throw new DetectError('invalid_input_type', `message ${index}: text is ${typeof text}`);
  if (time !== null && time !== undefined && typeof time !== 'string') {
    throw new DetectError('invalid_input_type', `message ${index}: time is ${typeof time}`);
  }
  if (media !== undefined && !(Array.isArray(media) && media.every((item) => typeof item === 'string'))) {
    throw new DetectError('invalid_input_type', `message ${index}: media is not a list of strings`);
  }
  const checked: ConversationMessage = { author, time: typeof time === 'string' ? time : null, text };
  if (media !== undefined) checked.media = media as string[];
  return checked;
}

/** The strength of one message as evidence: its strongest harm's positive weight, and its features. */
function strengthOf(analysis: MessageAnalysis, featureCount: number): number {
  let strongest = 0;
  if (analysis.scored !== undefined && !analysis.awareness) {
    for (const contributions of Object.values(analysis.scored.contributions)) {
      let sum = 0;
      for (const contribution of contributions) if (contribution.weight > 0) sum += contribution.weight;
      strongest = Math.max(strongest, sum);
    }
  }
  return strongest + FEATURE_STRENGTH * featureCount;
}

function messageFindings(analysis: MessageAnalysis, language: 'en' | 'km'): HarmFinding[] {
  const scored = analysis.scored;
  if (scored === undefined) return [];
  const findings: HarmFinding[] = [];
  for (const [harm, contributions] of Object.entries(scored.contributions) as [
    HarmFinding['type'],
    typeof scored.contributions.grooming,
  ][]) {
    const positive = contributions.filter((contribution) => contribution.weight > 0);
    if (positive.length === 0) continue;
    findings.push({
      type: harm,
      score: scored.scores[harm],
      indicators: positive.map((contribution) => describeContribution(contribution, language, analysis.text)),
    });
  }
  return findings.sort((a, b) => b.score - a.score);
}

/**
 * Creates an incremental conversation analyzer over the given indicators (a detector's, with the
 * conversation cues compiled beside them): push messages in order, ask for the result at any time.
 * Memory is bounded whatever the number of messages (per-author state is bounded by the
 * catalogue; key messages, timeline points, entities and authors are capped). Apart from
 * `createConversationAnalyzer` (analyze-conversation.ts) so that a bundle which brings its own
 * catalogue (the browser's, in parts) does not also carry the built-in one.
 */
export function createConversationAnalyzerFor(
  indicators: readonly Indicator[],
  options: AnalyzeConversationOptions = {},
): ConversationAnalyzer {
  const settings = validateOptions(options);
  const language = settings.adviceLanguage;
  const conversation: ConversationCatalog = conversationCatalog(indicators);
  const authors = new Map<string, AuthorState>();
  const keyMessages = new StrongestItems<KeyMessage>(settings.maxKeyMessages);
  const timeline = new RiskTimeline(settings.timelinePoints);
  const entities = new EntitySet(settings.maxEntities);
  const analyses = new MessageCache<MessageAnalysis>(CACHED_MESSAGES, CACHED_MESSAGE_CHARS);
  let count = 0;
  let firstTime: string | null = null;
  let lastTime: string | null = null;
  let lastMinutes: number | undefined;
  let lastAuthor: AuthorState | undefined;
  /** The author of the last message written by someone else than `lastAuthor`. */
  let lastOtherAuthor: AuthorState | undefined;
  const firstContact = new FirstContact();
  let recentContact: MessageEvidence[] | undefined;
  let brandNewContact: MessageEvidence[] | undefined;
  let ageQuestion: { author: AuthorState; index: number } | undefined;
  let pictureRequest: { author: AuthorState; index: number } | undefined;
  let lastWarning: number | undefined;
  let risk = 0;
  let riskHarm: HarmFinding['type'] | undefined;
  let alert: ConversationAlert | null = null;

  const stateOf = (name: string): AuthorState => {
    const known = authors.get(name);
    if (known !== undefined) return known;
    const pooled = authors.size >= settings.maxAuthors;
    const key = pooled ? OTHER_AUTHORS : name;
    const state = authors.get(key) ?? new AuthorState(key);
    authors.set(key, state);
    return state;
  };

  /**
   * Scores `changed` at message `now`, and keeps, per author and harm, the explanation at its
   * strongest (evidence fades, but a grooming arc in the middle of a long chat stays reported).
   * `contextChanged`: what the authors' messages mean changed (a child's age, a parent): the
   * strongest moments seen so far are forgotten and scored again from what is known now.
   */
  const rescore = (changed: readonly AuthorState[], now: number, contextChanged = false): void => {
    for (const actor of changed) {
      const context = actorContext(actor, authors.values(), recentContact, brandNewContact);
      actor.scores = scoreActor(actor, context, now);
      if (contextChanged) actor.peaks.clear();
      let rose = false;
      for (const harm in actor.scores) {
        const score = actor.scores[harm as HarmFinding['type']] ?? 0;
        if (score >= settings.threshold && score > (actor.peaks.get(harm as HarmFinding['type'])?.score ?? 0))
          rose = true;
      }
      if (rose) {
        for (const harm of explainActor(actor, context, settings.threshold, language, now)) {
          if (harm.score > (actor.peaks.get(harm.harm)?.score ?? 0)) actor.peaks.set(harm.harm, harm);
        }
      }
    }
    risk = 0;
    riskHarm = undefined;
    for (const actor of authors.values()) {
      for (const [harm, score] of Object.entries(actor.scores) as [HarmFinding['type'], number][]) {
        if (score > risk && score >= settings.threshold) {
          risk = score;
          riskHarm = harm;
        }
      }
    }
  };

  const push = (input: ConversationMessage): void => {
    const message = validateMessage(input, count);
    const index = count++;
    const authorCount = authors.size;
    const author = stateOf(message.author);
    const clock = readWallClock(message.time);
    const lateNight = isLateNight(clock);
    const wroteLate = writesLateAtNight(author);
    author.messages++;
    if (clock !== undefined) author.timedMessages++;
    if (lateNight) author.lateNightMessages++;
    const silence = clock !== undefined && lastMinutes !== undefined && clock.minutes - lastMinutes >= SILENCE_MINUTES;
    if (index === 0 || (silence && lastAuthor !== undefined)) author.initiations++;
    author.firstMessage ??= index;
    if (message.time !== null) {
      firstTime ??= message.time;
      lastTime = message.time;
    }
    if (clock !== undefined) lastMinutes = clock.minutes;

    const analysis = analyses.get(message.text, () => analyzeMessage(conversation, message.text, MAX_MESSAGE_CHARS));
    let age: StatedAge | undefined = analysis.selfAge;
    if (
      age === undefined &&
      ageQuestion !== undefined &&
      ageQuestion.author !== author &&
      index - ageQuestion.index <= AGE_ANSWER_REACH
    ) {
      age = ageAnswer(analysis.text);
    }
    // "i'm 15, you?" asks back: a bare number after it is the other person's age.
    if (analysis.tags.has('age_probe') || analysis.selfAge !== undefined) ageQuestion = { author, index };

    const changed = new Set<AuthorState>();
    let everyone = false;
    // A third person writing turns a private chat into a group: that changes what everyone's requests mean.
    const groupChanged = authors.size !== authorCount && authors.size <= 3;
    // A picture or video sent soon after someone else asked for one: that person received it.
    if (
      message.media?.some((kind) => kind === 'image' || kind === 'video') === true &&
      pictureRequest !== undefined &&
      pictureRequest.author !== author &&
      index - pictureRequest.index <= PICTURE_REPLY_REACH
    ) {
      const received = new Map([['image_received' as const, [{ start: 0, end: 0 }]]]);
      if (pictureRequest.author.recordTags(received, index, analysis.text)) changed.add(pictureRequest.author);
      pictureRequest.author.recordStages(received, { index, time: message.time, text: analysis.text });
    }
    const askedForPictures = analysis.tags.get('photo_request');
    // "a random account dm'd me 'vcs yuk'": an introduction and a request to undress in one
    // message retell what a stranger wrote; the request counts only after the introduction.
    const retold = analysis.tags.has('first_contact') && analysis.tags.has('undress_request');
    if (askedForPictures !== undefined) pictureRequest = { author, index };
    if (answersParent(analysis) && lastAuthor !== undefined && lastAuthor !== author) {
      if (!lastAuthor.addressedAsParent) everyone = true;
      lastAuthor.addressedAsParent = true;
    }
    if (age !== undefined) {
      const wasMinor = isMinorAge(author.age?.years);
      author.recordAge(age, index, analysis.text);
      changed.add(author);
      // A child's age changes what everyone else's messages mean.
      if (wasMinor !== isMinorAge(age.years)) everyone = true;
    }
    if (analysis.awareness) {
      // From now on, this author's lure words are quotes of the warning they shared, and for a
      // few messages everyone's are (the others discuss it).
      author.sharedWarning = true;
      lastWarning = index;
    }
    // Lure words quoted from a warning count as the engine counts them inside one; asking to move
    // to a chat app is never a quote.
    const quoting =
      !analysis.awareness &&
      (author.sharedWarning || (lastWarning !== undefined && index - lastWarning <= DISCUSSION_REACH)) &&
      !analysis.tags.has('channel_move');
    if (analysis.scored !== undefined && !analysis.awareness) {
      if (author.recordSources(analysis.scored, index, analysis.text, quoting)) changed.add(author);
    }
    if (analysis.tags.size > 0 && !quoting) {
      const hadMinorWords = author.tags.has('minor');
      const tags = retold ? withoutTag(analysis.tags, 'undress_request') : analysis.tags;
      if (author.recordTags(tags, index, analysis.text)) changed.add(author);
      if (!hadMinorWords && author.tags.has('minor')) everyone = true;
    }
    author.recordStages(quoting ? NO_TAGS : analysis.tags, { index, time: message.time, text: analysis.text });
    // A request for pictures or a video call at 23:40 is not one at 10:00.
    if (askedForPictures !== undefined && lateNight && !quoting) {
      const late = new Map([['late_request' as const, askedForPictures]]);
      if (author.recordTags(late, index, analysis.text)) changed.add(author);
    }
    // "delete it!": the person this message answers holds a picture or video of its author.
    const addressee = lastAuthor !== author ? lastAuthor : lastOtherAuthor;
    const plea = analysis.tags.get('deletion_plea');
    if (plea !== undefined && !quoting && addressee !== undefined && addressee !== author) {
      const asked = new Map([['deletion_asked' as const, plea]]);
      if (addressee.recordTags(asked, index, analysis.text)) changed.add(addressee);
    }
    if (analysis.entities.length > 0) entities.add(analysis.entities, index);
    // Whether the two only just met is a fact about everyone: it changes what all messages mean
    // (without forgetting the strongest moments: it is not a new reading of the same messages).
    if (!quoting) firstContact.observe(index, clock, analysis.tags.get('first_contact') ?? [], analysis.text);
    const recent = firstContact.recentAt(index, clock);
    const brandNew = firstContact.brandNewAt(index, clock);
    const contactChanged =
      (recent === undefined) !== (recentContact === undefined) ||
      (brandNew === undefined) !== (brandNewContact === undefined);
    recentContact = recent;
    brandNewContact = brandNew;
    if (writesLateAtNight(author) !== wroteLate) changed.add(author);

    if (everyone) rescore([...authors.values()], index, true);
    else if (contactChanged || groupChanged) rescore([...authors.values()], index);
    else if (changed.size > 0) rescore([...changed], index);
    else if (index % DECAY_SWEEP === 0 && risk > 0) rescore([...authors.values()], index);
    if (alert === null && risk >= HIGH_SCORE && riskHarm !== undefined) {
      alert = { messageIndex: index, time: message.time, harm: riskHarm };
    }
    timeline.add({ messageIndex: index, time: message.time, risk });

    const strength = strengthOf(analysis, countEvidenceFeatures(analysis.tags, age));
    if (keyMessages.accepts(strength)) {
      const features = messageFeatures(analysis.text, analysis.tags, age, lateNight);
      const harms = messageFindings(analysis, language);
      keyMessages.add(strength, index, {
        messageIndex: index,
        author: author.name,
        time: message.time,
        text: analysis.text.slice(0, MAX_KEY_TEXT),
        risk: riskLevel(harms.filter((harm) => harm.score >= settings.threshold)),
        harms,
        features,
      });
    }
    if (lastAuthor !== author) lastOtherAuthor = lastAuthor;
    lastAuthor = author;
  };

  const result = (): ConversationAnalysis => {
    // Each author at their strongest for each harm (evidence fades in a long chat).
    const explained = new Map<AuthorState, ActorHarm[]>();
    const first = readWallClock(firstTime);
    const last = readWallClock(lastTime);
    const chatMinutes = first === undefined || last === undefined ? undefined : last.minutes - first.minutes;
    for (const actor of authors.values()) {
      explained.set(
        actor,
        withoutOverlappingHarms([...actor.peaks.values()], chatMinutes).sort((a, b) => b.score - a.score),
      );
    }
    // Each harm of the conversation is carried by the author whose messages show it most strongly.
    const best = new Map<HarmFinding['type'], { actor: AuthorState; harm: ActorHarm }>();
    for (const [actor, harms] of explained) {
      for (const harm of harms) {
        const known = best.get(harm.harm);
        if (known === undefined || outranks(actor, harm.score, known.actor, known.harm.score)) {
          best.set(harm.harm, { actor, harm });
        }
      }
    }
    const harms: ConversationHarmFinding[] = [...best.values()]
      .map(({ actor, harm }) => ({
        type: harm.harm,
        score: harm.score,
        indicators: harm.indicators,
        actor: actor.name,
      }))
      .sort((a, b) => b.score - a.score);
    const top = harms[0];
    const offender = top === undefined ? undefined : authors.get(top.actor);
    const target = offender === undefined ? undefined : targetOf(offender, authors.values());
    const stages: StageEvent[] = [];
    for (const finding of harms) {
      if (!(finding.type in CONVERSATION_STAGES)) continue;
      const actor = authors.get(finding.actor);
      for (const event of actor?.stages.values() ?? []) if (event.harm === finding.type) stages.push(event);
    }
    stages.sort((a, b) => a.messageIndex - b.messageIndex || stageOrder(a) - stageOrder(b));
    const profiles: AuthorProfile[] = [...authors.values()].map((state) => {
      const own = (explained.get(state) ?? []).map(({ harm, score, indicators }) => ({
        type: harm,
        score,
        indicators,
      }));
      return {
        author: state.name,
        messages: state.messages,
        initiations: state.initiations,
        statedAges: [...state.statedAges],
        lateNightShare: state.timedMessages === 0 ? 0 : round(state.lateNightMessages / state.timedMessages),
        risk: riskLevel(own),
        harms: own,
        role: state === offender ? 'likely_offender' : state === target ? 'likely_target' : 'other',
      };
    });
    const reported = new Set(harms.map((harm) => harm.type));
    return {
      messages: count,
      authors: profiles,
      risk: riskLevel(harms),
      harms,
      offender: offender?.name ?? null,
      target: target?.name ?? null,
      alert: alert === null ? null : { ...alert, harm: alertHarmAfterFolding(alert.harm, reported) },
      stages,
      timeline: timeline.snapshot(),
      keyMessages: keyMessages.items(),
      entities: entities.values(),
      span: { first: firstTime, last: lastTime },
    };
  };

  return { push, result };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function stageOrder(event: StageEvent): number {
  const stages: readonly string[] = CONVERSATION_STAGES[event.harm as StagedHarm];
  return stages.indexOf(event.stage);
}

/** Between two authors with the same harm: the higher score, then the older, then who initiated more. */
function outranks(a: AuthorState, scoreA: number, b: AuthorState, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  const ageA = a.age?.years ?? -1;
  const ageB = b.age?.years ?? -1;
  if (ageA !== ageB) return ageA > ageB;
  if (a.initiations !== b.initiations) return a.initiations > b.initiations;
  return (a.firstMessage ?? Infinity) < (b.firstMessage ?? Infinity);
}

/** The person the offender targets: a child who stated their age, else the most active other author. */
function targetOf(offender: AuthorState, authors: Iterable<AuthorState>): AuthorState | undefined {
  let target: AuthorState | undefined;
  for (const other of authors) {
    if (other === offender) continue;
    const isChild = isMinorAge(other.age?.years);
    const targetIsChild = isMinorAge(target?.age?.years);
    if (
      target === undefined ||
      (isChild && !targetIsChild) ||
      (isChild === targetIsChild && other.messages > target.messages)
    ) {
      target = other;
    }
  }
  return target;
}
