import type { Detector } from '../analyze-text.ts';
import type { Entity, Harm, HarmFinding, RiskLevel, Evidence, FiredIndicator } from '../types.ts';

/**
 * One message of a conversation, as the chat importers (`@raksa/chat`) produce it and as
 * `analyzeConversation` reads it. Only `author` and `text` are required.
 */
export interface ConversationMessage {
  /** The sender as the export names them (display name, phone or handle). */
  author: string;
  /**
   * ISO 8601 time, or null when the export has none. With an offset or `Z` when the export gives an
   * absolute time (Telegram's unixtime, Messenger's milliseconds); otherwise the wall-clock time as
   * written, without offset (`2023-12-31T21:41:00`, as WhatsApp and LINE exports give it).
   */
  time: string | null;
  /** The message text; empty for media-only messages. */
  text: string;
  /** Attachments the export mentions (`image`, `video`, `audio`, `sticker`, `file`, `deleted`, …). */
  media?: string[];
}

/** The stages of each harm's script, in the order they usually unfold. */
export const CONVERSATION_STAGES = {
  grooming: [
    'contact',
    'trust',
    'risk_assessment',
    'exclusivity',
    'sexualisation',
    'image_request',
    'meeting_or_coercion',
  ],
  sextortion: ['image_obtained', 'threat', 'demand', 'deadline', 'escalation'],
  recruitment_fraud: ['offer', 'channel_move', 'document_request', 'travel_arrangement', 'border_crossing'],
  romance_lure: ['contact', 'affection', 'channel_move', 'travel_invitation', 'money_or_documents'],
  scam: ['contact', 'channel_move', 'pitch', 'payment_request'],
  predatory_loan: ['offer', 'debt', 'image_or_sex_demand', 'threat'],
} as const satisfies Partial<Record<Harm, readonly string[]>>;

export type StagedHarm = keyof typeof CONVERSATION_STAGES;
export type ConversationStage = (typeof CONVERSATION_STAGES)[StagedHarm][number];

/** The first message at which a stage of a harm's script was seen. */
export interface StageEvent {
  harm: Harm;
  stage: ConversationStage;
  messageIndex: number;
  time: string | null;
  author: string;
  /** The words that show the stage (spans are in that message's original text). */
  evidence: Evidence[];
}

/** One message worth showing, with the engine's findings on it. */
export interface KeyMessage {
  messageIndex: number;
  author: string;
  time: string | null;
  text: string;
  risk: RiskLevel;
  harms: HarmFinding[];
  /** Conversation-level features this message shows (`age_statement`, `secrecy_request`, …). */
  features: ConversationFeature[];
}

export type ConversationFeatureCode =
  | 'age_statement'
  | 'platform_move'
  | 'secrecy_request'
  | 'gift_or_money'
  | 'image_request'
  | 'meeting_request'
  | 'threat'
  | 'deadline'
  | 'payment_request'
  | 'late_night'
  | 'parental_check'
  | 'document_request'
  | 'travel_arrangement';

export interface ConversationFeature {
  code: ConversationFeatureCode;
  evidence: Evidence[];
}

/** What the conversation shows about one participant. */
export interface AuthorProfile {
  author: string;
  messages: number;
  /** Messages this author sent first in a conversation or after a long silence. */
  initiations: number;
  /** Ages the author stated about themself (`I'm 13`, `ខ្ញុំអាយុ ១៤ឆ្នាំ`). */
  statedAges: number[];
  /** Share of this author's messages sent between 22:00 and 05:59 in the message's own clock. */
  lateNightShare: number;
  risk: RiskLevel;
  /** Harms this author's own messages show, strongest first. */
  harms: HarmFinding[];
  role: 'likely_offender' | 'likely_target' | 'other';
}

export interface ConversationAlert {
  /** The first message at which the conversation's risk became high. */
  messageIndex: number;
  time: string | null;
  harm: Harm;
}

/** Evidence in one message of the conversation: the span is in that message's original text. */
export interface MessageEvidence extends Evidence {
  messageIndex: number;
}

/** An indicator or rule that fired somewhere in the conversation, with where it was seen. */
export interface ConversationIndicator extends FiredIndicator {
  evidence: MessageEvidence[];
}

/** A harm of the whole conversation: a `HarmFinding` whose evidence names its messages. */
export interface ConversationHarmFinding extends HarmFinding {
  indicators: ConversationIndicator[];
  /** The author whose messages carry this harm's evidence (the likely offender for it). */
  actor: string;
}

/** An entity of the conversation, at its first occurrence. */
export interface ConversationEntity extends Entity {
  messageIndex: number;
}

export interface ConversationAnalysis {
  messages: number;
  authors: AuthorProfile[];
  /** The overall risk and the harms of the whole conversation, strongest first. */
  risk: RiskLevel;
  harms: ConversationHarmFinding[];
  offender: string | null;
  target: string | null;
  alert: ConversationAlert | null;
  /** Stage events in message order. */
  stages: StageEvent[];
  /** Risk after each message (for the timeline chart); bounded: at most `timelinePoints` points. */
  timeline: { messageIndex: number; time: string | null; risk: number }[];
  /** The messages that carry the evidence, at most `maxKeyMessages`, in message order. */
  keyMessages: KeyMessage[];
  /** Entities seen in the conversation, deduplicated by type and normalized value (at most `maxEntities`). */
  entities: ConversationEntity[];
  /** First and last message time, when known. */
  span: { first: string | null; last: string | null };
}

export interface AnalyzeConversationOptions {
  /** Language of labels and explanations: `en` or `km`. */
  adviceLanguage?: 'en' | 'km';
  /** Harms at or above this score are reported. Default 0.5. */
  threshold?: number;
  /** Default 20. */
  maxKeyMessages?: number;
  /** Default 200. */
  timelinePoints?: number;
  /** Distinct entities kept. Default 200. */
  maxEntities?: number;
  /**
   * Authors tracked one by one. Default 64; the messages of further authors are still analysed,
   * and their evidence is pooled under one profile named `OTHER_AUTHORS`.
   */
  maxAuthors?: number;
  /** A detector to reuse (creating one compiles the catalogue, about a second). */
  detector?: Detector;
}
