// Analysis of one text
export { analyzeText, builtInLearnedModel, createDetector } from './analyze-text.ts';
export { createDetectorFor } from './detector.ts';
export type { Detector, DetectorOptions } from './detector.ts';

// The learned layer (a hashed n-gram model that strengthens named evidence; see learned/)
export { decodeLearnedModel } from './learned/learned-model.ts';
export type { LearnedModel, LearnedModelData } from './learned/learned-model.ts';
export { LEARNED_MODEL_DATA } from './learned/model-data.ts';

// Building blocks, for tools that need one stage (the scanner, the checker's highlighting)
export { normalizeText, toOriginalSpan } from './text/normalize.ts';
export type { NormalizedText } from './text/normalize.ts';
export { extractEntities } from './entities/extract-entities.ts';
export { identifyLanguage, resolveLanguageTag } from './lang/identify-language.ts';

// Bulk scanning: a screen over UTF-8 bytes that skips texts with nothing to find
export { createByteScreen } from './screen/byte-screen.ts';
export type { ByteScreen } from './screen/byte-screen.ts';
export { PRIOR_SCORE } from './score/score-harms.ts';

// Words for people
export { adviceFor, hotlinesFor } from './explain/advise.ts';
export { HARM_LABELS, RISK_LABELS } from './explain/harm-labels.ts';

// The catalogue
export { CATALOG } from './indicators/catalog/index.ts';
export { catalogVersionOf, compileCatalog } from './indicators/compile.ts';
export type { CompiledCatalog } from './indicators/compile.ts';
export {
  CatalogPartsError,
  PHRASE_PACKS,
  TEXT_LANGUAGES,
  addTextPack,
  joinCatalog,
  phrasePackOf,
  phrasePacksNeededBy,
  splitCatalog,
} from './indicators/catalog-parts.ts';
export type {
  CatalogCore,
  CatalogInParts,
  CoreIndicator,
  PackedPhrase,
  PhrasePack,
  PhrasePackName,
  TextLanguage,
  TextPack,
} from './indicators/catalog-parts.ts';
export { SIGNALS, defineIndicators } from './indicators/schema.ts';
export type { Indicator, LocalizedText, Signal } from './indicators/schema.ts';
export { RULES } from './score/rules.ts';
export type { Rule } from './score/rules.ts';

// Conversations
export { CONVERSATION_STAGES } from './conversation/types.ts';
export {
  OTHER_AUTHORS,
  analyzeConversation,
  createConversationAnalyzer,
  createConversationAnalyzerFor,
} from './conversation/analyze-conversation.ts';
export type { ConversationAnalyzer } from './conversation/analyze-conversation.ts';
export { createRedactor, redactAnalysis, redactorFor } from './conversation/redact-analysis.ts';
export type { RedactedText, Redactor, ReportLanguage } from './conversation/redact-analysis.ts';
export type {
  AnalyzeConversationOptions,
  ConversationEntity,
  ConversationHarmFinding,
  ConversationIndicator,
  MessageEvidence,
  AuthorProfile,
  ConversationAlert,
  ConversationAnalysis,
  ConversationFeature,
  ConversationFeatureCode,
  ConversationMessage,
  ConversationStage,
  KeyMessage,
  StageEvent,
  StagedHarm,
} from './conversation/types.ts';

// Errors
export { DetectError } from './errors.ts';
export type { DetectErrorCode } from './errors.ts';

// Types and constants
export { ENTITY_TYPES, HARMS, LANGUAGES } from './types.ts';
export type {
  Advice,
  Analysis,
  AnalyzeOptions,
  DetectedLanguage,
  Entity,
  EntityDetails,
  EntityType,
  Evidence,
  FiredIndicator,
  Harm,
  HarmFinding,
  Hotline,
  Language,
  RiskLevel,
  Span,
  Warning,
  WarningCode,
} from './types.ts';
