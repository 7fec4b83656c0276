/**
 * The services form → the API's bodies: planning a service (or correcting one), and recording its
 * outcome (delivered on a day, not delivered for a reason, cancelled, or planned again). The rules
 * are the store's (case-services.ts), said before the server has to refuse: a delivered service
 * has its day, not before it was planned (nor in the future); only a service not delivered has a
 * reason for it.
 */
import type { CaseService, NotDeliveredReason, ServiceStatus } from './activity-schemas.ts';
import type { ServiceType } from './referral-form.ts';

/** The API's limit on a service's note (case-detail-routes.ts). */
export const SERVICE_NOTE_MAX_LENGTH = 2000;

export interface ServiceFormValues {
  serviceType: ServiceType | '';
  /** '' = the case's own organisation. */
  providerOrganisationId: string;
  plannedOn: string;
  /** '' = not through a referral. */
  referralId: string;
  note: string;
}

export interface ServiceBody {
  serviceType: ServiceType;
  providerOrganisationId: string | null;
  plannedOn: string | null;
  referralId: string | null;
  note: string | null;
}

export type ServiceProblem = 'service_missing' | 'note_too_long' | 'planned_after_delivery';

export const EMPTY_SERVICE_FORM: ServiceFormValues = {
  serviceType: '',
  providerOrganisationId: '',
  plannedOn: '',
  referralId: '',
  note: '',
};

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The plan (or the correction of `existing`), or what to fix first. */
export function serviceBodyFrom(
  form: ServiceFormValues,
  existing: Pick<CaseService, 'deliveredOn'> | null = null,
): { body: ServiceBody } | { problems: ServiceProblem[] } {
  const problems: ServiceProblem[] = [];
  const note = form.note.trim();
  if (form.serviceType === '') problems.push('service_missing');
  if (note.length > SERVICE_NOTE_MAX_LENGTH) problems.push('note_too_long');
  const deliveredOn = existing?.deliveredOn ?? null;
  if (deliveredOn !== null && form.plannedOn !== '' && form.plannedOn > deliveredOn)
    problems.push('planned_after_delivery');
  if (problems.length > 0 || form.serviceType === '') return { problems };
  return {
    body: {
      serviceType: form.serviceType,
      providerOrganisationId: orNull(form.providerOrganisationId),
      plannedOn: orNull(form.plannedOn),
      referralId: orNull(form.referralId),
      note: note === '' ? null : note,
    },
  };
}

export function serviceFormOf(service: CaseService): ServiceFormValues {
  return {
    serviceType: service.serviceType as ServiceType,
    providerOrganisationId: service.providerOrganisationId ?? '',
    plannedOn: service.plannedOn ?? '',
    referralId: service.referralId ?? '',
    note: service.note ?? '',
  };
}

/** The fields of a correction that differ from the service as the user read it: only those are sent. */
export function serviceChanges(original: CaseService, body: ServiceBody): Partial<ServiceBody> {
  const changes: Partial<Record<keyof ServiceBody, unknown>> = {};
  for (const field of Object.keys(body) as (keyof ServiceBody)[]) {
    if (body[field] !== original[field]) changes[field] = body[field];
  }
  return changes as Partial<ServiceBody>;
}

/** What the user records about a service. */
export type ServiceOutcome =
  | { status: 'delivered'; deliveredOn: string }
  | { status: 'not_delivered'; reason: NotDeliveredReason | '' }
  | { status: 'cancelled' }
  | { status: 'planned' };

export interface OutcomeBody {
  status: ServiceStatus;
  deliveredOn: string | null;
  notDeliveredReason: NotDeliveredReason | null;
}

export type OutcomeProblem =
  'delivered_on_missing' | 'delivered_before_planned' | 'delivered_in_future' | 'reason_missing';

/** The change that records `outcome` on `service` (clearing what no longer applies), or what to fix first. */
export function outcomeBodyFrom(
  service: Pick<CaseService, 'plannedOn'>,
  outcome: ServiceOutcome,
  today: string,
): { body: OutcomeBody } | { problems: OutcomeProblem[] } {
  if (outcome.status === 'delivered') {
    if (outcome.deliveredOn === '') return { problems: ['delivered_on_missing'] };
    if (service.plannedOn !== null && outcome.deliveredOn < service.plannedOn)
      return { problems: ['delivered_before_planned'] };
    if (outcome.deliveredOn > today) return { problems: ['delivered_in_future'] };
    return { body: { status: 'delivered', deliveredOn: outcome.deliveredOn, notDeliveredReason: null } };
  }
  if (outcome.status === 'not_delivered') {
    if (outcome.reason === '') return { problems: ['reason_missing'] };
    return { body: { status: 'not_delivered', deliveredOn: null, notDeliveredReason: outcome.reason } };
  }
  return { body: { status: outcome.status, deliveredOn: null, notDeliveredReason: null } };
}

/** Planned date first (undated last), then when recorded: the API's order. */
export function byPlannedDate(services: readonly CaseService[]): CaseService[] {
  return [...services].sort((a, b) => {
    if (a.plannedOn !== b.plannedOn) {
      if (a.plannedOn === null) return 1;
      if (b.plannedOn === null) return -1;
      return a.plannedOn < b.plannedOn ? -1 : 1;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
