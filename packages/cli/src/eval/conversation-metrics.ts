import type { ConversationAnalysis, Harm } from '@raksa/detect';
import type { LabelledConversation } from './conversation-labelled.ts';

/** What the engine said about one labelled conversation (the parts the metrics need). */
export interface ConversationOutcome {
  conversation: LabelledConversation;
  predicted: Harm[];
  offender: string | null;
  alert: { messageIndex: number } | null;
}

export function outcomeOf(conversation: LabelledConversation, analysis: ConversationAnalysis): ConversationOutcome {
  return {
    conversation,
    predicted: analysis.harms.map((harm) => harm.type),
    offender: analysis.offender,
    alert: analysis.alert === null ? null : { messageIndex: analysis.alert.messageIndex },
  };
}

export interface ConversationHarmMetrics {
  harm: Harm;
  positives: number;
  truePositives: number;
  falsePositives: number;
  precision: number | null;
  recall: number | null;
}

/** A share with its parts, so a reader sees "12 of 14", not only 0.857. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

export interface ConversationMetrics {
  conversations: number;
  harmful: number;
  hardNegatives: number;
  /** Harmful conversations where at least one labelled harm is reported. */
  detected: Share;
  /** Harmful conversations where every labelled harm is reported and the offender is the labelled one. */
  detectedRightHarmAndOffender: Share;
  /** Harmful conversations (with a labelled offender) whose detected offender is the labelled one. */
  rightOffender: Share;
  /**
   * Conversations labelled with grooming's `sexualisation` or sextortion's `threat` stage whose
   * alert came strictly before that stage's message (the earliest such stage of the conversation).
   */
  alertBeforeStage: Share;
  /** The same for grooming alone: conversations with a grooming `sexualisation` stage, alert before it. */
  alertBeforeGroomingSexualisation: Share;
  /** The same for sextortion alone: conversations with a sextortion `threat` stage, alert before it. */
  alertBeforeSextortionThreat: Share;
  /** Median, over harmful conversations with an alert, of how many messages had been read at the alert (index + 1). */
  medianAlertMessages: number | null;
  /** The same, as a share of the conversation's length. */
  medianAlertPosition: number | null;
  /** Hard negatives where any harm is reported. */
  hardNegativesFlagged: Share;
  /** Hard negatives with an alert. */
  hardNegativesWithAlert: Share & { ids: string[] };
  byHarm: ConversationHarmMetrics[];
}

const share = (count: number, of: number): Share => ({ count, of, share: of === 0 ? null : count / of });

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type CriticalStage = { harm: 'grooming'; stage: 'sexualisation' } | { harm: 'sextortion'; stage: 'threat' };
const CRITICAL_STAGES: readonly CriticalStage[] = [
  { harm: 'grooming', stage: 'sexualisation' },
  { harm: 'sextortion', stage: 'threat' },
];

/**
 * The message index of the stage the alert must come before (of the given critical stages, the
 * earliest labelled one), or undefined when the conversation has none.
 */
export function criticalStageIndex(
  conversation: LabelledConversation,
  stages: readonly CriticalStage[] = CRITICAL_STAGES,
): number | undefined {
  const indices = conversation.stages
    .filter((stage) => stages.some((critical) => critical.harm === stage.harm && critical.stage === stage.stage))
    .map((stage) => stage.messageIndex);
  return indices.length === 0 ? undefined : Math.min(...indices);
}

/** Of the conversations with one of `stages` labelled, those whose alert came before the earliest. */
function alertBefore(outcomes: readonly ConversationOutcome[], stages: readonly CriticalStage[]): Share {
  const staged = outcomes.flatMap((outcome) => {
    const stageAt = criticalStageIndex(outcome.conversation, stages);
    return stageAt === undefined ? [] : [{ alert: outcome.alert, stageAt }];
  });
  return share(
    staged.filter(({ alert, stageAt }) => alert !== null && alert.messageIndex < stageAt).length,
    staged.length,
  );
}

export function isDetectedConversation(outcome: ConversationOutcome): boolean {
  return outcome.predicted.some((harm) => outcome.conversation.harms.includes(harm));
}

export function hasRightOffender(outcome: ConversationOutcome): boolean {
  return outcome.conversation.offender !== null && outcome.offender === outcome.conversation.offender;
}

/** Conversation-level metrics of the issue's "Quality" targets. */
export function conversationMetrics(outcomes: readonly ConversationOutcome[]): ConversationMetrics {
  const harmful = outcomes.filter((o) => o.conversation.harms.length > 0);
  const negatives = outcomes.filter((o) => o.conversation.harms.length === 0);
  const withOffender = harmful.filter((o) => o.conversation.offender !== null);
  const alerted = harmful.filter((o) => o.alert !== null);
  const harms = [...new Set(outcomes.flatMap((o) => [...o.conversation.harms, ...o.predicted]))].sort();
  const flaggedNegatives = negatives.filter((o) => o.predicted.length > 0);
  const alertedNegatives = negatives.filter((o) => o.alert !== null);
  return {
    conversations: outcomes.length,
    harmful: harmful.length,
    hardNegatives: negatives.length,
    detected: share(harmful.filter(isDetectedConversation).length, harmful.length),
    detectedRightHarmAndOffender: share(
      harmful.filter((o) => o.conversation.harms.every((harm) => o.predicted.includes(harm)) && hasRightOffender(o))
        .length,
      harmful.length,
    ),
    rightOffender: share(withOffender.filter(hasRightOffender).length, withOffender.length),
    alertBeforeStage: alertBefore(outcomes, CRITICAL_STAGES),
    alertBeforeGroomingSexualisation: alertBefore(outcomes, [{ harm: 'grooming', stage: 'sexualisation' }]),
    alertBeforeSextortionThreat: alertBefore(outcomes, [{ harm: 'sextortion', stage: 'threat' }]),
    medianAlertMessages: median(alerted.map((o) => (o.alert?.messageIndex ?? 0) + 1)),
    medianAlertPosition: median(
      alerted.map((o) => ((o.alert?.messageIndex ?? 0) + 1) / Math.max(1, o.conversation.messages.length)),
    ),
    hardNegativesFlagged: share(flaggedNegatives.length, negatives.length),
    hardNegativesWithAlert: {
      ...share(alertedNegatives.length, negatives.length),
      ids: alertedNegatives.map((o) => o.conversation.id),
    },
    byHarm: harms.map((harm) => {
      const positives = outcomes.filter((o) => o.conversation.harms.includes(harm));
      const truePositives = positives.filter((o) => o.predicted.includes(harm)).length;
      const falsePositives = outcomes.filter(
        (o) => o.predicted.includes(harm) && !o.conversation.harms.includes(harm),
      ).length;
      return {
        harm,
        positives: positives.length,
        truePositives,
        falsePositives,
        precision: truePositives + falsePositives === 0 ? null : truePositives / (truePositives + falsePositives),
        recall: positives.length === 0 ? null : truePositives / positives.length,
      };
    }),
  };
}

/** One line per error of one conversation: missed or unexpected harms, wrong offender, late alert, alert on a negative. */
export function describeConversationErrors(outcome: ConversationOutcome): string[] {
  const { conversation: c, predicted } = outcome;
  const lines: string[] = [];
  const tag = `${c.id} [${c.language}]`;
  for (const harm of c.harms.filter((h) => !predicted.includes(h))) lines.push(`missed   ${tag} ${harm}`);
  for (const harm of predicted.filter((h) => !c.harms.includes(h))) lines.push(`false+   ${tag} ${harm}`);
  if (c.harms.length > 0 && c.offender !== null && outcome.offender !== c.offender)
    lines.push(`offender ${tag} expected ${c.offender}, found ${outcome.offender ?? 'none'}`);
  const stage = criticalStageIndex(c);
  if (stage !== undefined && (outcome.alert === null || outcome.alert.messageIndex >= stage))
    lines.push(
      `late     ${tag} alert ${outcome.alert === null ? 'never' : `at message ${outcome.alert.messageIndex}`}, stage at message ${stage}`,
    );
  if (c.harms.length === 0 && outcome.alert !== null)
    lines.push(`alert-   ${tag} hard negative alerted at message ${outcome.alert.messageIndex}`);
  return lines;
}
