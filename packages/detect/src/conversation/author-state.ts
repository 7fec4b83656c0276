import { AWARENESS_DAMPING, type HarmScores } from '../score/score-harms.ts';
import type { Harm, Span } from '../types.ts';
import type { Tag } from './analyze-message.ts';
import type { ActorHarm } from './score-actor.ts';
import { describedOf, type Described } from './describe-contribution.ts';
import type { StatedAge } from './self-stated-age.ts';
import { FULL_WEIGHT_MESSAGES } from './evidence-recency.ts';
import { isParentName } from './parent-name.ts';
import { STAGE_DEFINITIONS } from './stage-definitions.ts';
import { CONVERSATION_STAGES, type MessageEvidence, type StageEvent, type StagedHarm } from './types.ts';

/** The engine's share for distress words inside a warning (score-harms.ts keeps it private). */
const DISTRESS_AWARENESS_DAMPING = 0.5;

const STAGED_HARMS = Object.keys(CONVERSATION_STAGES) as StagedHarm[];

/** The share of a lure word's weight that counts when it is quoted from a warning (the engine's). */
function quotedShare(harm: Harm): number {
  return harm === 'victim_distress' ? DISTRESS_AWARENESS_DAMPING : AWARENESS_DAMPING;
}

/** Evidence kept per indicator, rule or tag: the first few places it was seen. */
const EVIDENCE_PER_ITEM = 3;
/** Evidence words are cut at this length (a whole message can be the evidence of a first contact). */
const MAX_EVIDENCE_CHARS = 160;
const MAX_STATED_AGES = 4;

/** One indicator or rule as seen anywhere in an author's messages: counted once, at its strongest. */
export interface SourceRecord {
  described: Described;
  weights: Partial<Record<Harm, number>>;
  evidence: MessageEvidence[];
  /** The last message that showed it (its weight fades from there, see evidence-recency.ts). */
  lastSeen: number;
}

export function messageEvidence(messageIndex: number, text: string, span: Span): MessageEvidence {
  const end = Math.min(span.end, span.start + MAX_EVIDENCE_CHARS);
  return { messageIndex, start: span.start, end, text: text.slice(span.start, end) };
}

function addEvidence(list: MessageEvidence[], evidence: MessageEvidence): void {
  if (list.length >= EVIDENCE_PER_ITEM) return;
  if (list.some((e) => e.messageIndex === evidence.messageIndex && e.start === evidence.start)) return;
  list.push(evidence);
}

/**
 * What the conversation knows about one author. Bounded whatever the number of messages: one
 * record per catalogue indicator or rule, per tag and per stage, a few evidence spans each.
 */
export class AuthorState {
  readonly name: string;
  messages = 0;
  initiations = 0;
  timedMessages = 0;
  lateNightMessages = 0;
  readonly statedAges: number[] = [];
  /** The latest age the author stated about themself, with where they said it. */
  age: { years: number; evidence: MessageEvidence } | undefined;
  /** Someone in the conversation answers this author as their parent ("ok mom"), or the export names them so. */
  addressedAsParent: boolean;
  /** The author shared a warning or a news report: their later lure words are quotes of it. */
  sharedWarning = false;
  firstMessage: number | undefined;
  readonly sources = new Map<string, SourceRecord>();
  readonly tags = new Map<Tag, MessageEvidence[]>();
  /** The last message that showed each tag. */
  readonly tagLastSeen = new Map<Tag, number>();
  readonly stages = new Map<string, StageEvent>();
  /** Scores of this author's evidence per harm, as last computed (the analyzer caches them here). */
  scores: Partial<Record<Harm, number>> = {};
  /** Per harm, the author's explained evidence when it was strongest (the analyzer keeps it here). */
  readonly peaks = new Map<Harm, ActorHarm>();

  constructor(name: string) {
    this.name = name;
    this.addressedAsParent = isParentName(name);
  }

  /**
   * Adds the indicators and rules of one message; true when the author's evidence changed.
   * `quoted`: the message quotes or discusses a warning, and its lure words count as the engine
   * counts them inside one (`AWARENESS_DAMPING`).
   */
  recordSources(scored: HarmScores, messageIndex: number, text: string, quoted = false): boolean {
    let changed = false;
    for (const [harm, contributions] of Object.entries(scored.contributions) as [
      Harm,
      HarmScores['contributions'][Harm],
    ][]) {
      for (const contribution of contributions) {
        if (contribution.weight === 0) continue;
        const described = describedOf(contribution.source);
        const weight =
          quoted && contribution.weight > 0 ? contribution.weight * quotedShare(harm) : contribution.weight;
        let record = this.sources.get(described.id);
        if (record === undefined) {
          record = { described, weights: {}, evidence: [], lastSeen: messageIndex };
          this.sources.set(described.id, record);
          changed = true;
        } else if (record.lastSeen !== messageIndex) {
          // Seen again after it began to fade: it counts fully again, with the new words as evidence.
          if (messageIndex - record.lastSeen > FULL_WEIGHT_MESSAGES) {
            record.evidence.length = 0;
            changed = true;
          }
          record.lastSeen = messageIndex;
        }
        const known = record.weights[harm];
        if (known === undefined || Math.abs(weight) > Math.abs(known)) {
          record.weights[harm] = weight;
          changed = true;
        }
        for (const span of contribution.spans) addEvidence(record.evidence, messageEvidence(messageIndex, text, span));
      }
    }
    return changed;
  }

  /** Adds the tags of one message; true when a tag is new for this author. */
  recordTags(tags: ReadonlyMap<Tag, readonly Span[]>, messageIndex: number, text: string): boolean {
    let changed = false;
    for (const [tag, spans] of tags) {
      let list = this.tags.get(tag);
      if (list === undefined) {
        list = [];
        this.tags.set(tag, list);
        changed = true;
      }
      const last = this.tagLastSeen.get(tag);
      if (last !== undefined && messageIndex - last > FULL_WEIGHT_MESSAGES) {
        list.length = 0;
        changed = true;
      }
      this.tagLastSeen.set(tag, messageIndex);
      for (const span of spans) addEvidence(list, messageEvidence(messageIndex, text, span));
    }
    return changed;
  }

  recordAge(age: StatedAge, messageIndex: number, text: string): void {
    this.age = { years: age.years, evidence: messageEvidence(messageIndex, text, age.span) };
    if (!this.statedAges.includes(age.years) && this.statedAges.length < MAX_STATED_AGES) {
      this.statedAges.push(age.years);
    }
  }

  /** Records the first message of each stage this message shows. */
  recordStages(
    tags: ReadonlyMap<Tag, readonly Span[]>,
    message: { index: number; time: string | null; text: string },
  ): void {
    if (tags.size === 0 && this.firstMessage !== message.index) return;
    for (const harm of STAGED_HARMS) {
      for (const definition of STAGE_DEFINITIONS[harm]) {
        const key = definition.key;
        if (this.stages.has(key)) continue;
        if (definition.afterKey !== undefined && !this.stages.has(definition.afterKey)) continue;
        let spans: Span[] = [];
        if (definition.first === true) {
          if (this.firstMessage !== message.index) continue;
          spans = [{ start: 0, end: message.text.length }];
        } else {
          for (const tag of definition.tags) spans.push(...(tags.get(tag) ?? []));
          if (spans.length === 0) continue;
        }
        this.stages.set(key, {
          harm,
          stage: definition.stage,
          messageIndex: message.index,
          time: message.time,
          author: this.name,
          evidence: spans.slice(0, EVIDENCE_PER_ITEM).map((span) => messageEvidence(message.index, message.text, span)),
        });
      }
    }
  }
}
