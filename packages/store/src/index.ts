export { openStore, type OpenStoreOptions, type Store } from './open-store.ts';
export { StoreError, VersionConflictError, isStoreError, type StoreErrorCode } from './errors.ts';
export type { Repositories } from './repositories.ts';
export { latestSchemaVersion } from './db/migrations.ts';
export type { Scope } from './records/scope.ts';
export { scopeSchema } from './records/scope.ts';
export type { Actor } from './validation/fields.ts';
export type { AuditEntry, AuditEntryInput } from './audit/audit-log.ts';
export { auditOutcomes } from './audit/audit-log.ts';
/** How far in the future a stated past time may lie (clock skew); later ones are refused. */
export { FUTURE_TOLERANCE_MS } from './validation/past-time.ts';
export type { HistoryEntry } from './records/record-history.ts';
export {
  organisationKinds,
  type OrganisationKind,
  type OrganisationRecord,
  type TeamRecord,
} from './identity/organisations.ts';
export { roles, type Role, type UserRecord, type UserCredentials } from './identity/users.ts';
export { hashSessionToken, type SessionRecord } from './identity/sessions.ts';
export {
  reportKinds,
  reportChannels,
  callerRelationships,
  triageStatuses,
  triageTransitions,
  hashFollowUpCode,
  type ReportRecord,
  type CreateReportInput,
  type TriageStatus,
} from './intake/reports.ts';
export { riskLevels, type RiskLevel } from './intake/analysis.ts';
export { identifierTypes, type Identifier, type IdentifierMatch } from './intake/entity-index.ts';
export * as codeLists from './cases/code-lists.ts';
export {
  personKinds,
  ageOn,
  type PersonRecord,
  type CreatePersonInput,
  type IdentityDocument,
} from './cases/persons.ts';
export {
  consentPurposes,
  legalBases,
  consentGivers,
  type ConsentRecord,
  type ConsentPurpose,
} from './cases/consents.ts';
export {
  traffickingStatuses,
  workflowStages,
  caseRiskLevels,
  closureReasons,
  type CaseRecord,
  type CreateCaseInput,
  type TraffickingStatus,
} from './cases/cases.ts';
export {
  taskStatuses,
  type ExploitationProfileRecord,
  type ExploitationProfileInput,
  type TraffickingEventRecord,
  type ScreeningRecord,
  type SubmitScreeningInput,
  type NoteRecord,
  type TaskRecord,
} from './cases/case-details.ts';
export {
  iloForcedLabourIndicators,
  childIndicators,
  suggestTraffickingStatus,
  type ScreeningIndicator,
  type ScreeningAnswer,
  type ScreeningSuggestion,
} from './cases/screening-indicators.ts';
export {
  referralStatuses,
  referralTransitions,
  type ReferralRecord,
  type ReferralStatus,
  type MakeReferralInput,
} from './cases/referrals.ts';
export { serviceStatuses, serviceNotDeliveredReasons, type CaseServiceRecord } from './cases/case-services.ts';
export { MAX_ATTACHMENT_BYTES, allowedAttachmentTypes, type AttachmentRecord } from './cases/attachments.ts';
export { locationLevels, type LocationRecord, type LocationLevel } from './cases/locations.ts';
export { offenceCategories, type OffenceCategory, type OffenceRecord } from './prosecution/offences.ts';
export {
  proceedingStages,
  suspectOutcomes,
  partyRoles,
  type CriminalCaseRecord,
  type ProceedingStage,
  type ProceedingStageRecord,
  type ChargedOffence,
  type SuspectOutcomeRecord,
} from './prosecution/criminal-cases.ts';
export {
  CONSENT_OVERRIDE_REASON_LIMITS,
  type CaseExportRecord,
  type RecordCaseExportInput,
  type ListCaseExportsQuery,
} from './exports/case-exports.ts';
export type { ProsecutionStatistics, StatisticsQuery } from './statistics/prosecution-statistics.ts';
export {
  backup,
  restore,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type RestoreOptions,
} from './backup/backup.ts';
