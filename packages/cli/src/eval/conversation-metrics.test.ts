import { describe, expect, it } from 'vitest';
import type { LabelledConversation } from './conversation-labelled.ts';
import {
  conversationMetrics,
  criticalStageIndex,
  describeConversationErrors,
  type ConversationOutcome,
} from './conversation-metrics.ts';

function conversation(overrides: Partial<LabelledConversation>): LabelledConversation {
  return {
    id: 'c',
    language: 'en',
    harms: [],
    offender: null,
    target: null,
    stages: [],
    group: 'hard_negative',
    messages: Array.from({ length: 10 }, (_, i) => ({ author: i % 2 === 0 ? 'A' : 'B', time: null, text: `m${i}` })),
    ...overrides,
  };
}

const grooming = (id: string, language = 'en'): LabelledConversation =>
  conversation({
    id,
    language,
    harms: ['grooming'],
    offender: 'A',
    target: 'B',
    group: 'harmful',
    stages: [
      { harm: 'grooming', stage: 'contact', messageIndex: 0 },
      { harm: 'grooming', stage: 'sexualisation', messageIndex: 6 },
    ],
  });

describe(conversationMetrics.name, () => {
  const outcomes: ConversationOutcome[] = [
    // found, right offender, alert at message 4 (before the sexualisation at 6)
    { conversation: grooming('g1'), predicted: ['grooming'], offender: 'A', alert: { messageIndex: 3 } },
    // found, wrong offender, alert at the stage itself (not before)
    { conversation: grooming('g2', 'km'), predicted: ['grooming', 'scam'], offender: 'B', alert: { messageIndex: 6 } },
    // missed
    { conversation: grooming('g3'), predicted: [], offender: null, alert: null },
    // a hard negative flagged and alerted
    { conversation: conversation({ id: 'n1' }), predicted: ['sextortion'], offender: 'A', alert: { messageIndex: 1 } },
    // a quiet hard negative
    { conversation: conversation({ id: 'n2', language: 'km' }), predicted: [], offender: null, alert: null },
  ];
  const metrics = conversationMetrics(outcomes);

  it('counts harmful conversations found, with the right harm and offender', () => {
    expect(metrics).toMatchObject({ conversations: 5, harmful: 3, hardNegatives: 2 });
    expect(metrics.detected).toEqual({ count: 2, of: 3, share: 2 / 3 });
    expect(metrics.rightOffender).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(metrics.detectedRightHarmAndOffender.count).toBe(1);
  });

  it('counts an alert as early only when it comes strictly before the labelled stage', () => {
    expect(metrics.alertBeforeStage).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(metrics.medianAlertMessages).toBe(5.5);
    expect(metrics.medianAlertPosition).toBeCloseTo(0.55);
  });

  it('splits the early alerts into grooming (before sexualisation) and sextortion (before the threat)', () => {
    const sextortion = conversation({
      id: 's1',
      harms: ['sextortion', 'grooming'],
      offender: 'A',
      group: 'harmful',
      stages: [
        { harm: 'grooming', stage: 'sexualisation', messageIndex: 2 },
        { harm: 'sextortion', stage: 'threat', messageIndex: 7 },
      ],
    });
    const split = conversationMetrics([
      ...outcomes,
      // alert after the grooming sexualisation but before the threat
      { conversation: sextortion, predicted: ['sextortion'], offender: 'A', alert: { messageIndex: 5 } },
    ]);
    expect(split.alertBeforeGroomingSexualisation).toEqual({ count: 1, of: 4, share: 1 / 4 });
    expect(split.alertBeforeSextortionThreat).toEqual({ count: 1, of: 1, share: 1 });
    // together, a conversation counts against its earliest critical stage (the sexualisation at 2)
    expect(split.alertBeforeStage).toEqual({ count: 1, of: 4, share: 1 / 4 });
  });

  it('lists the hard negatives with an alert', () => {
    expect(metrics.hardNegativesFlagged).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(metrics.hardNegativesWithAlert).toMatchObject({ count: 1, of: 2, ids: ['n1'] });
  });

  it('gives per-harm precision and recall at conversation level', () => {
    expect(metrics.byHarm.find((h) => h.harm === 'grooming')).toMatchObject({
      positives: 3,
      truePositives: 2,
      falsePositives: 0,
      precision: 1,
      recall: 2 / 3,
    });
    expect(metrics.byHarm.find((h) => h.harm === 'sextortion')).toMatchObject({
      positives: 0,
      falsePositives: 1,
      recall: null,
    });
  });

  it('has no ratios, not zeros, when there is nothing to count', () => {
    const empty = conversationMetrics([]);
    expect(empty.detected.share).toBeNull();
    expect(empty.medianAlertMessages).toBeNull();
  });
});

describe(criticalStageIndex.name, () => {
  it('takes the earliest sexualisation or threat stage', () => {
    expect(criticalStageIndex(grooming('g'))).toBe(6);
    expect(
      criticalStageIndex(
        conversation({
          stages: [
            { harm: 'sextortion', stage: 'threat', messageIndex: 4 },
            { harm: 'grooming', stage: 'sexualisation', messageIndex: 8 },
          ],
        }),
      ),
    ).toBe(4);
    expect(criticalStageIndex(conversation({}))).toBeUndefined();
  });
});

describe(describeConversationErrors.name, () => {
  it('names every kind of error of a conversation', () => {
    expect(
      describeConversationErrors({ conversation: grooming('g2'), predicted: ['scam'], offender: 'B', alert: null }),
    ).toEqual([
      'missed   g2 [en] grooming',
      'false+   g2 [en] scam',
      'offender g2 [en] expected A, found B',
      'late     g2 [en] alert never, stage at message 6',
    ]);
  });
});
