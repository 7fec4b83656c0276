/** The harms Raksa recognises. These identifiers are stable and used everywhere (API, exports, UI). */
export const HARMS = [
  'recruitment_fraud',
  'scam',
  'romance_lure',
  'grooming',
  'sextortion',
  'predatory_loan',
  'smuggling',
  'organ_trafficking',
  'surrogacy_adoption',
  'child_sexual_exploitation',
  'victim_distress',
] as const;
export type Harm = (typeof HARMS)[number];

/**
 * Languages with indicator phrasings. `id` covers Indonesian and Malay (one family, shared lures);
 * `zh` covers simplified and traditional Chinese (traditional is folded to simplified before matching).
 */
export const LANGUAGES = ['en', 'km', 'zh', 'th', 'vi', 'id', 'my', 'lo', 'tl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the language identifier may answer: a catalogue language or `und` (undetermined). */
export type DetectedLanguage = Language | 'und';

export type RiskLevel = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** A span of UTF-16 code units in the ORIGINAL text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  text: string;
}

export const ENTITY_TYPES = [
  'phone',
  'url',
  'domain',
  'email',
  'handle',
  'crypto_address',
  'money',
  'age',
  'school_grade',
  'place',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity extends Span {
  type: EntityType;
  /** The text as written. */
  value: string;
  /** A canonical form: E.164 for phones, lower-case host for domains, `telegram:name` for handles… */
  normalized: string;
  /** Extra facts, by entity type (all JSON-serialisable). */
  details?: EntityDetails;
}

export interface EntityDetails {
  /** phone: ISO country of the number; place: country of the place. */
  country?: string;
  /** phone: mobile, fixed_line…; handle: the platform; crypto: the chain. */
  kind?: string;
  /** money: the amount as a number, the ISO-like currency code, approximate USD value, and the period. */
  amount?: number;
  currency?: string;
  usd?: number;
  period?: 'hour' | 'day' | 'week' | 'month' | 'year';
  /** age and school_grade: the number stated. */
  years?: number;
  /** place: why it matters (scam_hub, border_crossing, casino_zone, capital…). */
  tags?: string[];
}

export interface Warning {
  code: WarningCode;
  message: string;
}

export type WarningCode =
  | 'input_truncated'
  | 'input_empty'
  | 'invalid_utf16'
  | 'binary_content'
  | 'awareness_context'
  | 'legitimacy_context'
  | 'language_hint_ignored';

export interface FiredIndicator {
  id: string;
  label: string;
  explanation: string;
  /** The indicator's contribution to this harm's log-odds. */
  weight: number;
  evidence: Evidence[];
}

export interface HarmFinding {
  type: Harm;
  /** Calibrated probability-like score in 0..1; 0.5 means "more likely than not". */
  score: number;
  indicators: FiredIndicator[];
}

export interface Advice {
  harm: Harm;
  /** What to do, in the requested advice language. */
  steps: string[];
}

export interface Hotline {
  country: string;
  name: string;
  number?: string;
  url?: string;
  harms: Harm[] | 'all';
  hours?: string;
}

export interface Analysis {
  language: DetectedLanguage;
  /** Share of letters per script, for explainability of the language decision. */
  scripts: Record<string, number>;
  risk: RiskLevel;
  /** Harms at or above the threshold, strongest first. */
  harms: HarmFinding[];
  /** Every harm's score, including those below the threshold. */
  scores: Record<Harm, number>;
  entities: Entity[];
  warnings: Warning[];
  advice: Advice[];
  hotlines: Hotline[];
  catalogVersion: string;
  /** Length of the analysed text in UTF-16 code units (after any truncation). */
  analyzedLength: number;
}

export interface AnalyzeOptions {
  /** Harms at or above this score are reported. Default 0.5. */
  threshold?: number;
  /** Longer input is cut (with an `input_truncated` warning). Default 100,000 code units. */
  maxChars?: number;
  /** A language hint from the caller; the detected language wins when the text clearly says otherwise. */
  lang?: string;
  /** Language of labels, explanations and advice: `en` or `km` (others fall back to English). */
  adviceLanguage?: 'en' | 'km';
  /** ISO country for hotlines (e.g. `KH`); otherwise guessed from language and entities. */
  country?: string;
  /** Skip entity extraction and advice (used by bulk scanning when only scores are needed). */
  includeAdvice?: boolean;
}
