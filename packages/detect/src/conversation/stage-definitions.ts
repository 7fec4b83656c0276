import type { ConversationStage, StagedHarm } from './types.ts';
import type { Tag } from './analyze-message.ts';

/**
 * What shows each stage of each harm's script, as tags of the actor's message. `first`: the
 * actor's first message opens the script. `after`: the stage counts only once that stage was seen
 * (a threat after the deadline is an escalation; pictures asked after a threat are a demand).
 */
export interface StageDefinition {
  stage: ConversationStage;
  first?: true;
  tags: readonly Tag[];
  after?: ConversationStage;
}

const SCRIPTS: Record<StagedHarm, readonly StageDefinition[]> = {
  grooming: [
    { stage: 'contact', first: true, tags: [] },
    { stage: 'trust', tags: ['trust', 'romance', 'gift_offer', 'child_gift'] },
    { stage: 'risk_assessment', tags: ['parental_check', 'age_probe'] },
    { stage: 'exclusivity', tags: ['secrecy', 'channel_move'] },
    { stage: 'sexualisation', tags: ['sexual'] },
    { stage: 'image_request', tags: ['photo_request'] },
    { stage: 'meeting_or_coercion', tags: ['meet_request', 'threat'] },
  ],
  sextortion: [
    { stage: 'image_obtained', tags: ['intimate_image', 'image_received'] },
    { stage: 'threat', tags: ['threat'] },
    { stage: 'demand', tags: ['payment_demand'] },
    { stage: 'demand', tags: ['photo_request'], after: 'threat' },
    { stage: 'deadline', tags: ['deadline'] },
    { stage: 'escalation', tags: ['escalation'], after: 'threat' },
    { stage: 'escalation', tags: ['threat'], after: 'deadline' },
  ],
  recruitment_fraud: [
    { stage: 'offer', tags: ['job_offer', 'pay_high', 'easy_work'] },
    { stage: 'channel_move', tags: ['channel_move'] },
    { stage: 'document_request', tags: ['document_request'] },
    { stage: 'travel_arrangement', tags: ['travel_paid', 'travel_arrangement'] },
    { stage: 'border_crossing', tags: ['border_irregular'] },
  ],
  romance_lure: [
    { stage: 'contact', first: true, tags: [] },
    { stage: 'affection', tags: ['romance'] },
    { stage: 'channel_move', tags: ['channel_move'] },
    { stage: 'travel_invitation', tags: ['travel_paid', 'travel_arrangement', 'meet_request'] },
    { stage: 'money_or_documents', tags: ['payment_demand', 'document_request'] },
  ],
  scam: [
    { stage: 'contact', first: true, tags: [] },
    { stage: 'channel_move', tags: ['channel_move'] },
    { stage: 'pitch', tags: ['investment', 'job_offer', 'price'] },
    { stage: 'payment_request', tags: ['payment_demand'] },
  ],
  predatory_loan: [
    { stage: 'offer', tags: ['loan_offer', 'gift_offer'] },
    { stage: 'debt', tags: ['debt'] },
    { stage: 'image_or_sex_demand', tags: ['photo_request', 'intimate_image', 'sexual'] },
    { stage: 'threat', tags: ['threat'] },
  ],
};

/** A stage definition with its lookup keys (`harm/stage`), computed once. */
export interface KeyedStageDefinition extends StageDefinition {
  key: string;
  afterKey?: string;
}

function keyed(harm: StagedHarm): KeyedStageDefinition[] {
  return SCRIPTS[harm].map((definition) => ({
    ...definition,
    key: `${harm}/${definition.stage}`,
    ...(definition.after === undefined ? {} : { afterKey: `${harm}/${definition.after}` }),
  }));
}

export const STAGE_DEFINITIONS: Record<StagedHarm, readonly KeyedStageDefinition[]> = {
  grooming: keyed('grooming'),
  sextortion: keyed('sextortion'),
  recruitment_fraud: keyed('recruitment_fraud'),
  romance_lure: keyed('romance_lure'),
  scam: keyed('scam'),
  predatory_loan: keyed('predatory_loan'),
};
