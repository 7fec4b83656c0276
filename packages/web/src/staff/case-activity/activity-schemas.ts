/**
 * What the API answers for a case's activity (packages/server/src/routes/case-detail-routes.ts,
 * referral-routes.ts, audit-trail-routes.ts, history-routes.ts, user-admin-routes.ts): only the
 * fields the sections show, checked at the boundary. Records may carry more fields; they are ignored.
 */
import * as z from 'zod/mini';

const nullableString = z.nullable(z.string());

export const EVENT_TYPES = ['Recruitment', 'Transit', 'Exploitation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TraffickingEventSchema = z.object({
  id: z.string(),
  version: z.number(),
  eventType: z.enum(EVENT_TYPES),
  countryCode: nullableString,
  locationId: nullableString,
  place: nullableString,
  startedOn: nullableString,
  endedOn: nullableString,
  description: nullableString,
  createdAt: z.string(),
});
export type TraffickingEvent = z.infer<typeof TraffickingEventSchema>;

export const PlaceSchema = z.object({
  id: z.string(),
  code: z.string(),
  level: z.string(),
  parentId: nullableString,
  nameLatin: z.string(),
  nameLocal: nullableString,
});
export type Place = z.infer<typeof PlaceSchema>;

export const NoteSchema = z.object({
  id: z.string(),
  version: z.number(),
  authorUserId: nullableString,
  body: z.string(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TaskSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  dueOn: nullableString,
  assignedUserId: nullableString,
  status: z.enum(TASK_STATUSES),
  completedAt: nullableString,
  createdAt: z.string(),
});
export type Task = z.infer<typeof TaskSchema>;

export const ColleagueSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  teamId: nullableString,
  roles: z.array(z.string()),
});
export type Colleague = z.infer<typeof ColleagueSchema>;

export const REFERRAL_STATUSES = ['in_progress', 'accepted', 'rejected', 'done', 'revoked'] as const;

/** A referral as the referring organisation sees it (with the override's reason, when there was one). */
export const CaseReferralSchema = z.object({
  id: z.string(),
  version: z.number(),
  toOrganisationId: z.string(),
  serviceType: z.string(),
  consentId: z.optional(nullableString),
  consentOverrideReason: z.optional(nullableString),
  status: z.enum(REFERRAL_STATUSES),
  statusReason: nullableString,
  referredAt: z.string(),
  acceptedAt: z.optional(nullableString),
  rejectedAt: z.optional(nullableString),
  doneAt: z.optional(nullableString),
  revokedAt: z.optional(nullableString),
  note: z.optional(nullableString),
});
export type CaseReferral = z.infer<typeof CaseReferralSchema>;

export const SERVICE_STATUSES = ['planned', 'delivered', 'not_delivered', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const NOT_DELIVERED_REASONS = [
  'declined_by_person',
  'service_unavailable',
  'not_applicable',
  'received_elsewhere',
  'other',
] as const;
export type NotDeliveredReason = (typeof NOT_DELIVERED_REASONS)[number];

/** A service the victim receives (packages/store/src/cases/case-services.ts); provider null: the case's own organisation. */
export const CaseServiceSchema = z.object({
  id: z.string(),
  version: z.number(),
  serviceType: z.string(),
  providerOrganisationId: nullableString,
  referralId: nullableString,
  status: z.enum(SERVICE_STATUSES),
  plannedOn: nullableString,
  deliveredOn: nullableString,
  notDeliveredReason: z.nullable(z.enum(NOT_DELIVERED_REASONS)),
  note: nullableString,
  createdAt: z.string(),
});
export type CaseService = z.infer<typeof CaseServiceSchema>;

export const OrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.optional(nullableString),
  kind: z.string(),
  provinceCode: z.optional(nullableString),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const AttachmentSchema = z.object({
  id: z.string(),
  version: z.number(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  contentSha256: z.string(),
  uploadedByUserId: z.optional(nullableString),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AuditTrailEntrySchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorUserId: nullableString,
  actorRoles: z.array(z.string()),
  action: z.string(),
  subject: z.enum(['case', 'victim']),
  route: nullableString,
  outcome: z.string(),
  code: nullableString,
  ip: nullableString,
});
export type AuditTrailEntry = z.infer<typeof AuditTrailEntrySchema>;

export const AuditTrailPageSchema = z.object({
  items: z.array(AuditTrailEntrySchema),
  limit: z.number(),
  offset: z.number(),
});
export type AuditTrailPage = z.infer<typeof AuditTrailPageSchema>;

export const HistoryEntrySchema = z.object({
  id: z.number(),
  table: z.string(),
  recordId: z.string(),
  recordVersion: z.number(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  redacted: z.boolean(),
  actorUserId: nullableString,
  changedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const itemsOf = <T>(schema: z.ZodMiniType<T>) => z.object({ items: z.array(schema) });
