import {
  allowedAttachmentTypes,
  codeLists,
  MAX_ATTACHMENT_BYTES,
  serviceNotDeliveredReasons,
  serviceStatuses,
  StoreError,
  taskStatuses,
  type Store,
} from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { expectedVersion, idParams, pastTime, recordSchema } from '../api/schemas/common.ts';
import { ApiError } from '../errors.ts';
import { storeActor } from '../policy/authorize.ts';
import { loadCase } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'An ISO country code such as KH.');
const codes = <T extends readonly [string, ...string[]]>(list: T) => z.array(z.enum(list)).max(list.length);
const itemsSchema = z.object({ items: z.array(recordSchema) });

/** The exploitation profile's fields (HTCDS code lists, kept verbatim). */
export const exploitationProfileSchema = z.strictObject({
  exploitationTypes: codes(codeLists.exploitationTypes).optional(),
  forcedLabourSectors: codes(codeLists.forcedLabourSectors).optional(),
  sexExploitationTypes: codes(codeLists.sexExploitationTypes).optional(),
  methodsOfControl: codes(codeLists.methodsOfControl).optional(),
  recruitmentMethods: codes(codeLists.recruitmentMethods).optional(),
  recruitmentPlatforms: codes(codeLists.recruitmentPlatforms).optional(),
  recruiterRelationship: z.enum(codeLists.recruiterRelationships).nullable().optional(),
  countryOfExploitation: countryCode.nullable().optional(),
  exploitationStartedOn: z.iso.date().nullable().optional(),
  exploitationEndedOn: z.iso.date().nullable().optional(),
  durationMonths: z.number().int().min(0).max(1200).nullable().optional(),
});

const eventFields = {
  eventType: z.enum(codeLists.traffickingEventTypes),
  countryCode: countryCode.nullable().optional(),
  locationId: z.uuid().nullable().optional(),
  place: z.string().max(500).nullable().optional(),
  startedOn: z.iso.date().nullable().optional(),
  endedOn: z.iso.date().nullable().optional(),
  description: z.string().max(100_000).nullable().optional(),
};

const taskFields = {
  title: z.string().trim().min(1).max(500),
  dueOn: z.iso.date().nullable().optional(),
  assignedUserId: z.uuid().nullable().optional(),
};

/** A file name as the client gives it: no path, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/u.test(name), 'must be a file name, not a path')
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((name) => !/[\u0000-\u001f\u007f]/u.test(name), 'must not contain control characters')
  .refine((name) => name.trim() !== '' && name !== '.' && name !== '..', 'must name a file');

/** `Content-Disposition` filename: ASCII-safe fallback plus the RFC 5987 UTF-8 form. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\w.-]/gu, '_').slice(0, 100) || 'attachment';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const subParams = <K extends string>(key: K) =>
  z.strictObject({ id: z.uuid('must be a UUID'), [key]: z.uuid('must be a UUID') } as {
    id: z.ZodUUID;
  } & Record<K, z.ZodUUID>);

/**
 * What a case holds besides its core record: the exploitation profile, trafficking events, notes,
 * tasks and attachments. Reading needs `case.read` on the case, changing `case.update`.
 */
export function caseDetailRoutes(_context: RouteContext, store: Store): AnyRoute[] {
  /** An assignee must be an enabled user of the case's organisation. */
  const checkAssignee = async (organisationId: string, userId: string | null | undefined) => {
    if (userId == null) return;
    const exists = await store.users.exists(userId);
    const user = exists ? await store.users.get(userId) : undefined;
    if (user === undefined || user.organisationId !== organisationId || user.disabled) {
      throw new ApiError('validation_failed', 'The assignee must be an active user of the case’s organisation.', {
        details: { issues: [{ path: 'body.assignedUserId', message: 'not a user of this organisation' }] },
      });
    }
  };

  const getProfile = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/exploitation-profile',
    summary: 'The case’s exploitation profile (HTCDS types, sectors, control, recruitment), or null',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The profile', schema: z.object({ profile: recordSchema.nullable() }) },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      const profile = await store.exploitationProfiles.get(params.id);
      return { profile: profile === undefined ? null : { ...profile } };
    },
  });

  const saveProfile = defineRoute({
    method: 'put',
    path: '/api/cases/{id}/exploitation-profile',
    summary: 'Create (version null) or change (its current version) the case’s exploitation profile',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: exploitationProfileSchema.extend({ version: expectedVersion.nullable() }),
    response: { status: 200, description: 'The profile after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const { version, ...profile } = body;
      const existing = await store.exploitationProfiles.get(params.id);
      if (existing !== undefined && version === null) {
        throw new ApiError('version_conflict', 'The case already has a profile: send its version.', {
          details: { currentVersion: existing.version },
        });
      }
      return { ...(await store.exploitationProfiles.save(params.id, version, profile, storeActor(actor))) };
    },
  });

  const listEvents = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/trafficking-events',
    summary: 'The case’s trafficking events (recruitment, transit, exploitation), in date order',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The events', schema: itemsSchema },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      return { items: (await store.traffickingEvents.listForCase(params.id)).map((event) => ({ ...event })) };
    },
  });

  const addEvent = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/trafficking-events',
    summary: 'Record a trafficking event: recruitment, transit or exploitation, with place and dates',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject(eventFields),
    response: { status: 201, description: 'The event', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      return { ...(await store.traffickingEvents.add({ ...body, caseId: params.id }, storeActor(actor))) };
    },
  });

  const updateEvent = defineRoute({
    method: 'patch',
    path: '/api/cases/{id}/trafficking-events/{eventId}',
    summary: 'Change a trafficking event (send the version you read)',
    tags: ['cases'],
    access: 'case.update',
    params: subParams('eventId'),
    body: z.strictObject({ ...eventFields, eventType: eventFields.eventType.optional(), version: expectedVersion }),
    response: { status: 200, description: 'The event after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const events = await store.traffickingEvents.listForCase(params.id);
      if (!events.some((event) => event.id === params.eventId)) {
        throw new ApiError('not_found', 'The case has no such trafficking event.');
      }
      const { version, ...patch } = body;
      return { ...(await store.traffickingEvents.update(params.eventId, version, patch, storeActor(actor))) };
    },
  });

  const withdrawEvent = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/trafficking-events/{eventId}/withdraw',
    summary:
      'Withdraw a trafficking event recorded in error, with the reason: it leaves the timeline, its history stays (send the version you read)',
    tags: ['cases'],
    access: 'case.update',
    params: subParams('eventId'),
    body: z.strictObject({ version: expectedVersion, reason: z.string().trim().min(1).max(500) }),
    response: { status: 200, description: 'The event, withdrawn', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const events = await store.traffickingEvents.listForCase(params.id);
      if (!events.some((event) => event.id === params.eventId)) {
        throw new ApiError('not_found', 'The case has no such trafficking event.');
      }
      return {
        ...(await store.traffickingEvents.remove(params.eventId, body.version, body.reason, storeActor(actor))),
      };
    },
  });

  const serviceFields = {
    serviceType: z.enum(codeLists.serviceTypes),
    /** Who delivers it; null or absent: the case's own organisation. */
    providerOrganisationId: z.uuid().nullable().optional(),
    referralId: z.uuid().nullable().optional(),
    status: z.enum(serviceStatuses).optional(),
    plannedOn: z.iso.date().nullable().optional(),
    deliveredOn: z.iso.date().nullable().optional(),
    notDeliveredReason: z.enum(serviceNotDeliveredReasons).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  };
  const checkProvider = async (organisationId: string | null | undefined) => {
    if (organisationId == null) return;
    const known = await store.organisations.get(organisationId).then(
      () => true,
      (error: unknown) => {
        if (error instanceof StoreError && error.code === 'not_found') return false;
        throw error;
      },
    );
    if (!known) {
      throw new ApiError('validation_failed', 'The provider is not an organisation of the directory.', {
        details: { issues: [{ path: 'body.providerOrganisationId', message: 'no such organisation' }] },
      });
    }
  };

  const listServices = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/services',
    summary: 'The services the victim receives (planned, delivered or not, by whom), planned date first',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The services', schema: itemsSchema },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      return { items: (await store.services.listForCase(params.id)).map((service) => ({ ...service })) };
    },
  });

  const addService = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/services',
    summary: 'Plan or record a service for the victim: type, provider, dates, delivered or not (with the reason)',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject(serviceFields),
    response: { status: 201, description: 'The service', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      await checkProvider(body.providerOrganisationId);
      return { ...(await store.services.add({ ...body, caseId: params.id }, storeActor(actor))) };
    },
  });

  const updateService = defineRoute({
    method: 'patch',
    path: '/api/cases/{id}/services/{serviceId}',
    summary: 'Change a service: mark it delivered (with the date) or not delivered (with the reason), or correct it',
    tags: ['cases'],
    access: 'case.update',
    params: subParams('serviceId'),
    body: z.strictObject({
      ...serviceFields,
      serviceType: serviceFields.serviceType.optional(),
      version: expectedVersion,
    }),
    response: { status: 200, description: 'The service after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const service = await store.services.get(params.serviceId);
      if (service?.caseId !== params.id) throw new ApiError('not_found', 'The case has no such service.');
      await checkProvider(body.providerOrganisationId);
      const { version, ...patch } = body;
      return { ...(await store.services.update(params.serviceId, version, patch, storeActor(actor))) };
    },
  });

  const listNotes = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/notes',
    summary: 'The case’s notes, oldest first',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The notes', schema: itemsSchema },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      return { items: (await store.notes.listForCase(params.id)).map((note) => ({ ...note })) };
    },
  });

  const addNote = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/notes',
    summary: 'Add a note to the case (stored encrypted)',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject({ body: z.string().trim().min(1).max(100_000) }),
    response: { status: 201, description: 'The note', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      return { ...(await store.notes.add(params.id, body.body, storeActor(actor))) };
    },
  });

  const listTasks = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/tasks',
    summary: 'The case’s tasks, by due date',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The tasks', schema: itemsSchema },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      return { items: (await store.tasks.listForCase(params.id)).map((task) => ({ ...task })) };
    },
  });

  const addTask = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/tasks',
    summary: 'Add a task to the case, with a due date and an assignee of the case’s organisation',
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    body: z.strictObject(taskFields),
    response: { status: 201, description: 'The task, open', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const record = await loadCase(store, actor!, params.id, 'case.update');
      await checkAssignee(record.organisationId, body.assignedUserId);
      return { ...(await store.tasks.create({ ...body, caseId: params.id }, storeActor(actor))) };
    },
  });

  const updateTask = defineRoute({
    method: 'patch',
    path: '/api/cases/{id}/tasks/{taskId}',
    summary: 'Change a task: title, due date, assignee, or mark it done, cancelled or open again',
    tags: ['cases'],
    access: 'case.update',
    params: subParams('taskId'),
    body: z.strictObject({
      version: expectedVersion,
      title: taskFields.title.optional(),
      dueOn: taskFields.dueOn,
      assignedUserId: taskFields.assignedUserId,
      status: z.enum(taskStatuses).optional(),
      /** When the task was done or cancelled, if earlier than now (only with that status). */
      at: pastTime.optional(),
    }),
    response: { status: 200, description: 'The task after the change', schema: recordSchema },
    handler: async ({ params, body, actor }) => {
      const record = await loadCase(store, actor!, params.id, 'case.update');
      const tasks = await store.tasks.listForCase(params.id);
      if (!tasks.some((task) => task.id === params.taskId)) {
        throw new ApiError('not_found', 'The case has no such task.');
      }
      await checkAssignee(record.organisationId, body.assignedUserId);
      const { version, ...patch } = body;
      return { ...(await store.tasks.update(params.taskId, version, patch, storeActor(actor))) };
    },
  });

  const listAttachments = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/attachments',
    summary: 'The case’s attachments: name, type, size and SHA-256 (not the bytes)',
    tags: ['cases'],
    access: 'case.read',
    params: idParams,
    response: { status: 200, description: 'The attachments', schema: itemsSchema },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      return { items: (await store.attachments.listForCase(params.id)).map((attachment) => ({ ...attachment })) };
    },
  });

  const uploadAttachment = defineRoute({
    method: 'post',
    path: '/api/cases/{id}/attachments',
    summary: `Upload a file to the case: the raw bytes as the body (at most ${MAX_ATTACHMENT_BYTES} bytes; PDF, JPEG/PNG/WebP, MP3/Ogg/M4A, plain text, DOCX), its name in ?fileName=`,
    tags: ['cases'],
    access: 'case.update',
    params: idParams,
    query: z.strictObject({ fileName: fileNameSchema }),
    upload: { mediaTypes: allowedAttachmentTypes, maxBytes: MAX_ATTACHMENT_BYTES },
    response: { status: 201, description: 'The stored attachment, with its SHA-256', schema: recordSchema },
    handler: async ({ params, query, upload, actor }) => {
      await loadCase(store, actor!, params.id, 'case.update');
      const file = upload!;
      return {
        ...(await store.attachments.add(
          {
            caseId: params.id,
            fileName: query.fileName,
            mimeType: file.mediaType as (typeof allowedAttachmentTypes)[number],
            content: new Uint8Array(file.bytes),
          },
          storeActor(actor),
        )),
      };
    },
  });

  const downloadAttachment = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/attachments/{attachmentId}',
    summary: 'Download an attachment (decrypted; its SHA-256 is checked and sent in X-Content-SHA256)',
    tags: ['cases'],
    access: 'case.read',
    params: subParams('attachmentId'),
    response: {
      status: 200,
      description: 'The file',
      schema: z.string(),
      mediaType: 'application/octet-stream',
    },
    handler: async ({ params, actor }) => {
      await loadCase(store, actor!, params.id, 'case.read');
      const attachment = await store.attachments.get(params.attachmentId);
      if (attachment.caseId !== params.id) throw new ApiError('not_found', 'The case has no such attachment.');
      const bytes = await store.attachments.readContent(attachment.id);
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          'Content-Type': attachment.mimeType,
          'Content-Length': String(bytes.byteLength),
          'Content-Disposition': contentDisposition(attachment.fileName),
          'X-Content-SHA256': attachment.contentSha256,
        },
      });
    },
  });

  return [
    getProfile,
    saveProfile,
    listEvents,
    addEvent,
    updateEvent,
    withdrawEvent,
    listServices,
    addService,
    updateService,
    listNotes,
    addNote,
    listTasks,
    addTask,
    updateTask,
    listAttachments,
    uploadAttachment,
    downloadAttachment,
  ];
}
