import { PRIOR_LOG_ODDS } from '../score/score-harms.ts';
import { RULES } from '../score/rules.ts';
import { HARMS, type Harm } from '../types.ts';
import type { Tag } from './analyze-message.ts';
import type { AuthorState } from './author-state.ts';
import { CONVERSATION_RULES, type Requirement } from './conversation-rules.ts';
import { describeSource, type Described } from './describe-contribution.ts';
import { freshness } from './evidence-recency.ts';
import type { ConversationIndicator, MessageEvidence } from './types.ts';

const ADULT_AGE = 18;
/** Two children this close in age are peers (teenagers dating, classmates). */
const PEER_AGE_GAP = 3;
/** Between peers, or from a parent, grooming evidence counts for this share. */
const PEER_DAMPING = 0.3;
const DAMPED_BETWEEN_PEERS: ReadonlySet<Harm> = new Set<Harm>(['grooming', 'child_sexual_exploitation']);
/** Late-night writing counts when at least this many messages and this share of the author's are late. */
const LATE_NIGHT_MESSAGES = 3;
const LATE_NIGHT_SHARE = 0.3;

/** What the actor's messages mean depends on whom they talk to. */
export interface ActorContext {
  /** Why the person the actor talks to is a child (their own words), when they are. */
  targetMinor: MessageEvidence[] | undefined;
  /** The actor and the child are peers, or the actor is the child's parent. */
  peer: boolean;
  /** Why the people of the conversation have only just met (see first-contact.ts), while that is recent. */
  recentContact: MessageEvidence[] | undefined;
  /** The same words while the contact is brand new (hours old). */
  brandNewContact: MessageEvidence[] | undefined;
  /** Only the actor and one other person write in the conversation (a private chat, not a group). */
  oneToOne: boolean;
}

export interface ActorHarm {
  harm: Harm;
  score: number;
  indicators: ConversationIndicator[];
}

function sigmoidScore(logOdds: number): number {
  return Math.round((1 / (1 + Math.exp(-logOdds))) * 1000) / 1000;
}

/** Whether a stated age makes a child: any stated age under 18. */
export function isMinorAge(years: number | undefined): boolean {
  return years !== undefined && years < ADULT_AGE;
}

/**
 * The context of `actor` among `authors`: is the person they talk to a child, are they peers.
 * `recentContact`: the words that show the two only just met, while that is recent.
 */
export function actorContext(
  actor: AuthorState,
  authors: Iterable<AuthorState>,
  recentContact?: MessageEvidence[],
  brandNewContact?: MessageEvidence[],
): ActorContext {
  let targetMinor: MessageEvidence[] | undefined;
  let targetAge: number | undefined;
  const everyone = [...authors];
  const others = everyone.filter((other) => other !== actor).length;
  for (const other of everyone) {
    if (other === actor) continue;
    if (isMinorAge(other.age?.years) && other.age !== undefined) {
      targetMinor = [other.age.evidence];
      targetAge = other.age.years;
      break;
    }
    const minorWords = other.tags.get('minor');
    if (minorWords !== undefined && targetMinor === undefined) targetMinor = minorWords.slice(0, 1);
  }
  const actorAge = actor.age?.years;
  const peers =
    isMinorAge(actorAge) &&
    targetMinor !== undefined &&
    (targetAge === undefined || Math.abs((actorAge ?? 0) - targetAge) <= PEER_AGE_GAP);
  return {
    targetMinor,
    peer: peers || actor.addressedAsParent,
    recentContact,
    brandNewContact,
    oneToOne: others === 1,
  };
}

/** Whether the author writes late at night often enough to count. */
export function writesLateAtNight(actor: AuthorState): boolean {
  return (
    actor.lateNightMessages >= LATE_NIGHT_MESSAGES && actor.lateNightMessages >= LATE_NIGHT_SHARE * actor.timedMessages
  );
}

/** Evidence that meets a requirement, and the last message that showed it (undefined: a fact that does not fade). */
interface Met {
  evidence: MessageEvidence[];
  lastSeen: number | undefined;
}

const FACT: Omit<Met, 'evidence'> = { lastSeen: undefined };

/** The evidence for a requirement, or undefined when the actor and the context do not meet it. */
function evidenceFor(requirement: Requirement, actor: AuthorState, context: ActorContext): Met | undefined {
  switch (requirement) {
    case 'target_minor':
      return context.peer || context.targetMinor === undefined ? undefined : { evidence: context.targetMinor, ...FACT };
    case 'actor_adult':
      return actor.age !== undefined && actor.age.years >= ADULT_AGE
        ? { evidence: [actor.age.evidence], ...FACT }
        : undefined;
    case 'late_night':
      return writesLateAtNight(actor) ? { evidence: [], ...FACT } : undefined;
    case 'recent_contact':
      return context.recentContact === undefined ? undefined : { evidence: context.recentContact, ...FACT };
    case 'brand_new_contact':
      return context.brandNewContact === undefined ? undefined : { evidence: context.brandNewContact, ...FACT };
    case 'one_to_one':
      return context.oneToOne ? { evidence: [], ...FACT } : undefined;
    case 'minor':
      // The child the actor talks to, or the actor's own words about a child ("ur 13", "after school").
      if (context.peer) return undefined;
      if (context.targetMinor !== undefined) return { evidence: context.targetMinor, ...FACT };
      return tagEvidence(actor, 'minor');
    default:
      return tagEvidence(actor, requirement);
  }
}

function tagEvidence(actor: AuthorState, tag: Tag): Met | undefined {
  const evidence = actor.tags.get(tag);
  return evidence === undefined ? undefined : { evidence, lastSeen: actor.tagLastSeen.get(tag) };
}

/** Whether a rule weighs child sexual exploitation above every other harm. */
function offersAChild(weights: Partial<Record<Harm, number>>): boolean {
  const cse = weights.child_sexual_exploitation ?? 0;
  return cse > 0 && Object.values(weights).every((weight) => (weight ?? 0) <= cse);
}

/** The rules about offering a child, decided once (the rules are fixed; actors are scored per message). */
const CHILD_OFFER_RULES: ReadonlySet<string> = new Set(
  RULES.filter((rule) => offersAChild(rule.weights)).map((rule) => rule.id),
);

/** Evidence of every group of a combination, or undefined when a group is not met. */
function combination(
  all: readonly (readonly Requirement[])[],
  actor: AuthorState,
  context: ActorContext,
  now: number,
): { evidence: MessageEvidence[]; freshness: number } | undefined {
  const evidence: MessageEvidence[] = [];
  let fresh = 1;
  for (const group of all) {
    // The freshest requirement of the group meets it.
    let best: Met | undefined;
    let bestFreshness = 0;
    for (const requirement of group) {
      const met = evidenceFor(requirement, actor, context);
      if (met === undefined) continue;
      const share = met.lastSeen === undefined ? 1 : freshness(now - met.lastSeen);
      if (best === undefined || share > bestFreshness) {
        best = met;
        bestFreshness = share;
      }
      if (share === 1) break;
    }
    if (best === undefined || bestFreshness === 0) return undefined;
    // A combination is as fresh as its oldest part.
    fresh = Math.min(fresh, bestFreshness);
    evidence.push(...best.evidence.slice(0, 1));
  }
  return { evidence, freshness: fresh };
}

interface Contribution {
  described: Described;
  weights: Partial<Record<Harm, number>>;
  evidence: MessageEvidence[];
  /** The share of the weights that still counts (see evidence-recency.ts). */
  freshness: number;
}

/**
 * Everything that counts for the actor at message `now`: their indicators and rules, and the
 * combinations across messages, each weighed by how recently it was seen.
 */
function contributionsOf(actor: AuthorState, context: ActorContext, now: number): Contribution[] {
  const contributions: Contribution[] = [];
  for (const record of actor.sources.values()) {
    const share = freshness(now - record.lastSeen);
    if (share > 0) contributions.push({ ...record, freshness: share });
  }
  // A rule about selling or offering a child (its heaviest harm is child sexual exploitation)
  // is about a child the actor describes, not the child the actor is talking to: a groomer who
  // promises a gift to the 13-year-old in the chat is grooming, not offering a child to others.
  const aboutAThirdChild: ActorContext = { ...context, targetMinor: undefined };
  for (const rule of RULES) {
    if (actor.sources.has(rule.id)) continue; // already fired inside one message
    const met = combination(rule.all, actor, CHILD_OFFER_RULES.has(rule.id) ? aboutAThirdChild : context, now);
    if (met !== undefined) contributions.push({ described: rule, weights: rule.weights, ...met });
  }
  for (const rule of CONVERSATION_RULES) {
    const met = combination(rule.all, actor, context, now);
    if (met !== undefined) contributions.push({ described: rule, weights: rule.weights, ...met });
  }
  return contributions;
}

/**
 * The actor's score for every harm: each indicator and rule of their messages once, at its
 * strongest, plus the engine's rules and the conversation rules over all their messages and the
 * facts of the conversation. Between peers (or from a parent) grooming evidence is damped.
 */
export function scoreActor(actor: AuthorState, context: ActorContext, now: number): Record<Harm, number> {
  return scoresOf(actor, context, contributionsOf(actor, context, now));
}

function scoresOf(
  actor: AuthorState,
  context: ActorContext,
  contributions: readonly Contribution[],
): Record<Harm, number> {
  const positive: Partial<Record<Harm, number>> = {};
  const negative: Partial<Record<Harm, number>> = {};
  for (const { weights, freshness: share } of contributions) {
    for (const harm in weights) {
      const weight = (weights[harm as Harm] ?? 0) * share;
      if (weight > 0) positive[harm as Harm] = (positive[harm as Harm] ?? 0) + weight;
      else negative[harm as Harm] = (negative[harm as Harm] ?? 0) + weight;
    }
  }
  const scores = {} as Record<Harm, number>;
  for (const harm of HARMS) {
    const evidence = (positive[harm] ?? 0) * dampingOf(harm, actor, context);
    scores[harm] = sigmoidScore(PRIOR_LOG_ODDS + evidence + (negative[harm] ?? 0));
  }
  return scores;
}

/**
 * Tags without which there is no extortion: a threat, a deadline, a claim to hold pictures, or the
 * other person begging for their pictures to be deleted.
 */
const EXTORTION_TAGS: readonly Tag[] = ['threat', 'deadline', 'images_held', 'deletion_asked'];
/** Sextortion evidence without any of them ("send nudes" as a joke) counts for this share. */
const NO_EXTORTION_DAMPING = 0.5;
/** Tags without which there is no loan: a loan offered, or a debt claimed. */
const LOAN_TAGS: readonly Tag[] = ['loan_offer', 'debt'];
/** "Gifts for pictures" from someone who never lends nor claims a debt (a groomer's Robux) counts for this share. */
const NO_LOAN_DAMPING = 0.5;

/**
 * Whether the actor has what an extortion needs: an extortion tag, or, from someone they only just
 * met, pictures received or a request to undress (the leverage of a sextortion before its threat,
 * and the step that obtains it).
 */
function holdsLeverage(actor: AuthorState, context: ActorContext): boolean {
  if (EXTORTION_TAGS.some((tag) => actor.tags.has(tag))) return true;
  return context.recentContact !== undefined && (actor.tags.has('image_received') || actor.tags.has('undress_request'));
}

/** The share of the actor's positive evidence for `harm` that counts in this context. */
function dampingOf(harm: Harm, actor: AuthorState, context: ActorContext): number {
  let damping = context.peer && DAMPED_BETWEEN_PEERS.has(harm) ? PEER_DAMPING : 1;
  if (harm === 'sextortion' && !holdsLeverage(actor, context)) damping *= NO_EXTORTION_DAMPING;
  if (harm === 'predatory_loan' && !LOAN_TAGS.some((tag) => actor.tags.has(tag))) damping *= NO_LOAN_DAMPING;
  return damping;
}

/** The actor's harms at or above `threshold`, strongest first, with the indicators that made them. */
export function explainActor(
  actor: AuthorState,
  context: ActorContext,
  threshold: number,
  language: 'en' | 'km',
  now: number,
): ActorHarm[] {
  const contributions = contributionsOf(actor, context, now);
  const scores = scoresOf(actor, context, contributions);
  const harms: ActorHarm[] = [];
  for (const harm of HARMS) {
    const score = scores[harm];
    if (score < threshold) continue;
    const damping = dampingOf(harm, actor, context);
    const indicators = contributions
      .filter(({ weights }) => (weights[harm] ?? 0) > 0)
      .map(({ described, weights, evidence, freshness: share }) => ({
        ...describeSource(described, (weights[harm] ?? 0) * damping * share, language),
        evidence: [...evidence].sort((a, b) => a.messageIndex - b.messageIndex || a.start - b.start),
      }))
      .sort((a, b) => b.weight - a.weight);
    harms.push({ harm, score, indicators });
  }
  return harms.sort((a, b) => b.score - a.score);
}
