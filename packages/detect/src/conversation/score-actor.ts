import { AWARENESS_DAMPING, AWARENESS_MAX_LOG_ODDS, PRIOR_LOG_ODDS } from '../score/score-harms.ts';
import { RULES } from '../score/rules.ts';
import { HARMS, type Harm } from '../types.ts';
import type { Tag } from './analyze-message.ts';
import type { AuthorState } from './author-state.ts';
import { CONVERSATION_RULES, type Requirement } from './conversation-rules.ts';
import { describeSource, type Described } from './describe-contribution.ts';
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
  /**
   * The conversation shares warnings or news and the actor never asks to move to a chat app:
   * lure words are quoted, and count as the engine counts them inside a warning.
   */
  awareness: boolean;
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

/** The context of `actor` among `authors`: is the person they talk to a child, are they peers. */
export function actorContext(
  actor: AuthorState,
  authors: Iterable<AuthorState>,
  conversationHasWarnings: boolean,
): ActorContext {
  let targetMinor: MessageEvidence[] | undefined;
  let targetAge: number | undefined;
  for (const other of authors) {
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
    awareness: conversationHasWarnings && !actor.tags.has('channel_move'),
  };
}

/** Whether the author writes late at night often enough to count. */
export function writesLateAtNight(actor: AuthorState): boolean {
  return (
    actor.lateNightMessages >= LATE_NIGHT_MESSAGES && actor.lateNightMessages >= LATE_NIGHT_SHARE * actor.timedMessages
  );
}

/** The evidence for a requirement, or undefined when the actor and the context do not meet it. */
function evidenceFor(
  requirement: Requirement,
  actor: AuthorState,
  context: ActorContext,
): MessageEvidence[] | undefined {
  switch (requirement) {
    case 'target_minor':
      return context.peer ? undefined : context.targetMinor;
    case 'actor_adult':
      return actor.age !== undefined && actor.age.years >= ADULT_AGE ? [actor.age.evidence] : undefined;
    case 'late_night':
      return writesLateAtNight(actor) ? [] : undefined;
    case 'minor':
      // The child the actor talks to, or the actor's own words about a child ("ur 13", "after school").
      if (context.peer) return undefined;
      return context.targetMinor ?? actor.tags.get('minor');
    default:
      return actor.tags.get(requirement as Tag);
  }
}

/** Evidence of every group of a combination, or undefined when a group is not met. */
function combination(
  all: readonly (readonly Requirement[])[],
  actor: AuthorState,
  context: ActorContext,
): MessageEvidence[] | undefined {
  const evidence: MessageEvidence[] = [];
  for (const group of all) {
    let met: MessageEvidence[] | undefined;
    for (const requirement of group) {
      met = evidenceFor(requirement, actor, context);
      if (met !== undefined) break;
    }
    if (met === undefined) return undefined;
    evidence.push(...met.slice(0, 1));
  }
  return evidence;
}

interface Contribution {
  described: Described;
  weights: Partial<Record<Harm, number>>;
  evidence: MessageEvidence[];
}

/** Everything that counts for the actor: their indicators and rules, and the combinations across messages. */
function contributionsOf(actor: AuthorState, context: ActorContext): Contribution[] {
  const contributions: Contribution[] = [...actor.sources.values()];
  for (const rule of RULES) {
    if (actor.sources.has(rule.id)) continue; // already fired inside one message
    const evidence = combination(rule.all, actor, context);
    if (evidence !== undefined) contributions.push({ described: rule, weights: rule.weights, evidence });
  }
  for (const rule of CONVERSATION_RULES) {
    const evidence = combination(rule.all, actor, context);
    if (evidence !== undefined) contributions.push({ described: rule, weights: rule.weights, evidence });
  }
  return contributions;
}

/**
 * The actor's score for every harm: each indicator and rule of their messages once, at its
 * strongest, plus the engine's rules and the conversation rules over all their messages and the
 * facts of the conversation. Between peers (or from a parent) grooming evidence is damped.
 */
export function scoreActor(actor: AuthorState, context: ActorContext): Record<Harm, number> {
  const positive: Partial<Record<Harm, number>> = {};
  const negative: Partial<Record<Harm, number>> = {};
  for (const { weights } of contributionsOf(actor, context)) {
    for (const [harm, weight] of Object.entries(weights) as [Harm, number][]) {
      if (weight > 0) positive[harm] = (positive[harm] ?? 0) + weight;
      else negative[harm] = (negative[harm] ?? 0) + weight;
    }
  }
  const scores = {} as Record<Harm, number>;
  for (const harm of HARMS) {
    let evidence = (positive[harm] ?? 0) * dampingOf(harm, actor, context);
    if (context.awareness) evidence = Math.min(evidence, AWARENESS_MAX_LOG_ODDS);
    scores[harm] = sigmoidScore(PRIOR_LOG_ODDS + evidence + (negative[harm] ?? 0));
  }
  return scores;
}

/** Tags without which there is no extortion: a threat, a deadline, or a claim to hold pictures. */
const EXTORTION_TAGS: readonly Tag[] = ['threat', 'deadline', 'images_held'];
/** Sextortion evidence without any of them ("send nudes" as a joke) counts for this share. */
const NO_EXTORTION_DAMPING = 0.5;
const DISTRESS_AWARENESS_DAMPING = 0.5;

/** The share of the actor's positive evidence for `harm` that counts in this context. */
function dampingOf(harm: Harm, actor: AuthorState, context: ActorContext): number {
  let damping = context.peer && DAMPED_BETWEEN_PEERS.has(harm) ? PEER_DAMPING : 1;
  if (harm === 'sextortion' && !EXTORTION_TAGS.some((tag) => actor.tags.has(tag))) damping *= NO_EXTORTION_DAMPING;
  if (context.awareness) damping *= harm === 'victim_distress' ? DISTRESS_AWARENESS_DAMPING : AWARENESS_DAMPING;
  return damping;
}

/** The actor's harms at or above `threshold`, strongest first, with the indicators that made them. */
export function explainActor(
  actor: AuthorState,
  context: ActorContext,
  threshold: number,
  language: 'en' | 'km',
): ActorHarm[] {
  const scores = scoreActor(actor, context);
  const contributions = contributionsOf(actor, context);
  const harms: ActorHarm[] = [];
  for (const harm of HARMS) {
    const score = scores[harm];
    if (score < threshold) continue;
    const damping = dampingOf(harm, actor, context);
    const indicators = contributions
      .filter(({ weights }) => (weights[harm] ?? 0) > 0)
      .map(({ described, weights, evidence }) => ({
        ...describeSource(described, (weights[harm] ?? 0) * damping, language),
        evidence: [...evidence].sort((a, b) => a.messageIndex - b.messageIndex || a.start - b.start),
      }))
      .sort((a, b) => b.weight - a.weight);
    harms.push({ harm, score, indicators });
  }
  return harms.sort((a, b) => b.score - a.score);
}
