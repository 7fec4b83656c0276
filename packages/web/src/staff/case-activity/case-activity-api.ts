/**
 * The case activity sections' client of the API: events, places, notes, tasks, referrals,
 * organisations, services, attachments, the audit trail and the field history. Every answer is
 * checked against its schema; every failure is a StaffApiError. Unsafe requests carry the CSRF
 * token from `me` in `x-csrf-token`.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi, StaffApiError } from '../staff-api.ts';
import {
  AttachmentSchema,
  AuditTrailPageSchema,
  CaseReferralSchema,
  CaseServiceSchema,
  HistoryEntrySchema,
  itemsOf,
  NoteSchema,
  OrganisationSchema,
  PlaceSchema,
  TaskSchema,
  TraffickingEventSchema,
  type Attachment,
  type AuditTrailPage,
  type CaseReferral,
  type CaseService,
  type HistoryEntry,
  type Note,
  type Organisation,
  type Place,
  type Task,
  type TaskStatus,
  type TraffickingEvent,
} from './activity-schemas.ts';
import type { EventBody } from './event-form.ts';
import type { ReferralBody } from './referral-form.ts';
import type { OutcomeBody, ServiceBody } from './service-form.ts';
import type { TaskBody } from './task-form.ts';

export interface DownloadedFile {
  blob: Blob;
  /** The SHA-256 the server checked and sent (X-Content-SHA256), or null when absent. */
  sha256: string | null;
}

export interface CaseActivityApi {
  events(caseId: string): Promise<TraffickingEvent[]>;
  addEvent(caseId: string, body: EventBody): Promise<TraffickingEvent>;
  /** Sends only the fields given (see changedFields). */
  changeEvent(caseId: string, eventId: string, version: number, body: Partial<EventBody>): Promise<TraffickingEvent>;
  /** Takes an event recorded in error off the timeline, with the reason (its history stays). */
  withdrawEvent(caseId: string, eventId: string, version: number, reason: string): Promise<TraffickingEvent>;
  /** A country's provinces. */
  provinces(country: string): Promise<Place[]>;
  /** The places one level under a place of the tree. */
  placesUnder(parentId: string): Promise<Place[]>;
  notes(caseId: string): Promise<Note[]>;
  addNote(caseId: string, body: string): Promise<Note>;
  tasks(caseId: string): Promise<Task[]>;
  addTask(caseId: string, body: TaskBody): Promise<Task>;
  setTaskStatus(caseId: string, taskId: string, version: number, status: TaskStatus): Promise<Task>;
  referrals(caseId: string): Promise<CaseReferral[]>;
  refer(caseId: string, body: ReferralBody): Promise<CaseReferral>;
  revokeReferral(referralId: string, version: number, reason: string): Promise<CaseReferral>;
  /** The directory of active organisations, by name. */
  organisations(): Promise<Organisation[]>;
  /** The services the victim receives, planned date first. */
  services(caseId: string): Promise<CaseService[]>;
  addService(caseId: string, body: ServiceBody): Promise<CaseService>;
  /** Records an outcome or a correction at the version read (sends only the fields given). */
  changeService(
    caseId: string,
    serviceId: string,
    version: number,
    body: Partial<ServiceBody> | OutcomeBody,
  ): Promise<CaseService>;
  attachments(caseId: string): Promise<Attachment[]>;
  upload(caseId: string, file: Blob, fileName: string, mediaType: string): Promise<Attachment>;
  download(caseId: string, attachmentId: string): Promise<DownloadedFile>;
  auditTrail(caseId: string, page: { limit: number; offset: number }): Promise<AuditTrailPage>;
  history(caseId: string): Promise<HistoryEntry[]>;
}

const path = (...parts: string[]) => parts.map((part) => encodeURIComponent(part)).join('/');

export function createCaseActivityApi(fetchImpl: FetchLike, csrfToken: string): CaseActivityApi {
  const get = <T>(url: string, schema: z.ZodMiniType<T>) => callApi(fetchImpl, url, { method: 'GET' }, schema);
  const send = <T>(method: 'POST' | 'PATCH', url: string, body: unknown, schema: z.ZodMiniType<T>) =>
    callApi(
      fetchImpl,
      url,
      {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      },
      schema,
    );
  const items = async <T>(url: string, schema: z.ZodMiniType<T>) => (await get(url, itemsOf(schema))).items;
  const onCase = (caseId: string, ...rest: string[]) => `/api/cases/${path(caseId, ...rest)}`;

  return {
    events: (caseId) => items(onCase(caseId, 'trafficking-events'), TraffickingEventSchema),
    addEvent: (caseId, body) => send('POST', onCase(caseId, 'trafficking-events'), body, TraffickingEventSchema),
    changeEvent: (caseId, eventId, version, body) =>
      send('PATCH', onCase(caseId, 'trafficking-events', eventId), { ...body, version }, TraffickingEventSchema),
    withdrawEvent: (caseId, eventId, version, reason) =>
      send(
        'POST',
        onCase(caseId, 'trafficking-events', eventId, 'withdraw'),
        { version, reason },
        TraffickingEventSchema,
      ),
    provinces: (country) => items(`/api/locations?${new URLSearchParams({ country }).toString()}`, PlaceSchema),
    placesUnder: (parentId) => items(`/api/locations?${new URLSearchParams({ parentId }).toString()}`, PlaceSchema),
    notes: (caseId) => items(onCase(caseId, 'notes'), NoteSchema),
    addNote: (caseId, body) => send('POST', onCase(caseId, 'notes'), { body }, NoteSchema),
    tasks: (caseId) => items(onCase(caseId, 'tasks'), TaskSchema),
    addTask: (caseId, body) => send('POST', onCase(caseId, 'tasks'), body, TaskSchema),
    setTaskStatus: (caseId, taskId, version, status) =>
      send('PATCH', onCase(caseId, 'tasks', taskId), { version, status }, TaskSchema),
    referrals: (caseId) => items(onCase(caseId, 'referrals'), CaseReferralSchema),
    refer: (caseId, body) => send('POST', onCase(caseId, 'referrals'), body, CaseReferralSchema),
    revokeReferral: (referralId, version, reason) =>
      send('POST', `/api/referrals/${path(referralId)}/revoke`, { version, reason }, CaseReferralSchema),
    organisations: () => items('/api/organisations', OrganisationSchema),
    services: (caseId) => items(onCase(caseId, 'services'), CaseServiceSchema),
    addService: (caseId, body) => send('POST', onCase(caseId, 'services'), body, CaseServiceSchema),
    changeService: (caseId, serviceId, version, body) =>
      send('PATCH', onCase(caseId, 'services', serviceId), { ...body, version }, CaseServiceSchema),
    attachments: (caseId) => items(onCase(caseId, 'attachments'), AttachmentSchema),
    upload: (caseId, file, fileName, mediaType) =>
      callApi(
        fetchImpl,
        `${onCase(caseId, 'attachments')}?${new URLSearchParams({ fileName }).toString()}`,
        { method: 'POST', headers: { 'content-type': mediaType, 'x-csrf-token': csrfToken }, body: file },
        AttachmentSchema,
      ),
    async download(caseId, attachmentId) {
      const url = onCase(caseId, 'attachments', attachmentId);
      let response: Response;
      try {
        response = await fetchImpl(url, { method: 'GET', credentials: 'same-origin' });
      } catch (error) {
        throw new StaffApiError('offline', error instanceof Error ? error.message : String(error), 0);
      }
      if (!response.ok) {
        // The error body is JSON like every other answer: let callApi's reading of it speak.
        const body = await response.text();
        await callApi(async () => new Response(body, { status: response.status }), url, {}, z.unknown());
        throw new StaffApiError('unexpected', `HTTP ${response.status}`, response.status);
      }
      return { blob: await response.blob(), sha256: response.headers.get('x-content-sha256') };
    },
    auditTrail: (caseId, page) =>
      get(
        `${onCase(caseId, 'audit-trail')}?${new URLSearchParams({ limit: String(page.limit), offset: String(page.offset) }).toString()}`,
        AuditTrailPageSchema,
      ),
    history: (caseId) => items(onCase(caseId, 'history'), HistoryEntrySchema),
  };
}
