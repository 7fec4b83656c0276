/**
 * Services a victim receives: planned, then delivered or not (with the reason), by the case's
 * organisation or another one, through a referral or not (HTCDS support plan; Primero's services
 * subform). A referral says who was asked to help; a service says what the person received.
 */
import { z } from 'zod';
import { StoreError } from '../errors.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import {
  insertRecord,
  listRecords,
  updateRecord,
  type BaseRecord,
  type TableSpec,
} from '../records/versioned-record.ts';
import { actorSchema, boundedText, expectedVersion, id, isoDate, LIMITS, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';
import { requireCase } from './case-details.ts';
import { serviceTypes } from './code-lists.ts';

export const serviceStatuses = ['planned', 'delivered', 'not_delivered', 'cancelled'] as const;
/** Why a planned service was not delivered (Primero's lookup-service-referred, reworded). */
export const serviceNotDeliveredReasons = [
  'declined_by_person',
  'service_unavailable',
  'not_applicable',
  'received_elsewhere',
  'other',
] as const;

export interface CaseServiceRecord extends BaseRecord {
  readonly caseId: string;
  readonly serviceType: (typeof serviceTypes)[number];
  /** Who delivers it; null: the case's own organisation. */
  readonly providerOrganisationId: string | null;
  readonly referralId: string | null;
  readonly status: (typeof serviceStatuses)[number];
  readonly plannedOn: string | null;
  readonly deliveredOn: string | null;
  readonly notDeliveredReason: (typeof serviceNotDeliveredReasons)[number] | null;
  readonly note: string | null;
  readonly createdByUserId: string | null;
}

const serviceSpec: TableSpec = {
  entity: 'service',
  table: 'case_services',
  fields: {
    caseId: 'plain',
    serviceType: 'plain',
    providerOrganisationId: 'plain',
    referralId: 'plain',
    status: 'plain',
    plannedOn: 'plain',
    deliveredOn: 'plain',
    notDeliveredReason: 'plain',
    note: 'encrypted',
    createdByUserId: 'plain',
  },
};

const serviceFields = {
  serviceType: z.enum(serviceTypes),
  providerOrganisationId: id.nullable(),
  referralId: id.nullable(),
  status: z.enum(serviceStatuses),
  plannedOn: isoDate.nullable(),
  deliveredOn: isoDate.nullable(),
  notDeliveredReason: z.enum(serviceNotDeliveredReasons).nullable(),
  note: boundedText(LIMITS.shortText * 4).nullable(),
};
const createServiceSchema = z
  .object({ caseId: id, ...serviceFields })
  .partial()
  .required({ caseId: true, serviceType: true })
  .strict();
const patchServiceSchema = z.object(serviceFields).partial().strict();

type ServiceState = Pick<CaseServiceRecord, 'status' | 'plannedOn' | 'deliveredOn' | 'notDeliveredReason'>;

/** The rules the table's checks also hold, said in words before the database has to refuse. */
function checkServiceState(state: ServiceState): void {
  const invalid = (message: string, field: string) => {
    throw new StoreError('invalid_input', message, { field });
  };
  if (state.status === 'delivered' && state.deliveredOn === null)
    invalid('a delivered service needs the date it was delivered', 'deliveredOn');
  if (state.status !== 'delivered' && state.deliveredOn !== null)
    invalid('only a delivered service has a delivery date', 'deliveredOn');
  if (state.status === 'not_delivered' && state.notDeliveredReason === null)
    invalid('a service not delivered needs the reason', 'notDeliveredReason');
  if (state.status !== 'not_delivered' && state.notDeliveredReason !== null)
    invalid('only a service not delivered has a reason for it', 'notDeliveredReason');
  if (state.plannedOn !== null && state.deliveredOn !== null && state.deliveredOn < state.plannedOn)
    invalid('a service cannot be delivered before it was planned', 'deliveredOn');
}

async function requireCaseAndReferral(ctx: StoreContext, caseId: string, referralId: string | null): Promise<void> {
  await requireCase(ctx, caseId);
  if (referralId === null) return;
  const referral = (await ctx.db
    .selectFrom('referrals')
    .select('case_id')
    .where('id', '=', referralId)
    .executeTakeFirst()) as { case_id: string } | undefined;
  if (referral?.case_id !== caseId)
    throw new StoreError('invalid_input', 'the referral is not one of this case’s', { field: 'referralId' });
}

export function createCaseServiceRepository(ctx: StoreContext) {
  const actorOf = (actor: Actor) => parseInput(actorSchema, actor, 'actor');
  return {
    async add(input: z.input<typeof createServiceSchema>, actor: Actor): Promise<CaseServiceRecord> {
      const values = parseInput(createServiceSchema, input, 'service');
      const who = actorOf(actor);
      const record = {
        caseId: values.caseId,
        serviceType: values.serviceType,
        providerOrganisationId: values.providerOrganisationId ?? null,
        referralId: values.referralId ?? null,
        status: values.status ?? 'planned',
        plannedOn: values.plannedOn ?? null,
        deliveredOn: values.deliveredOn ?? null,
        notDeliveredReason: values.notDeliveredReason ?? null,
        note: values.note ?? null,
      };
      checkServiceState(record);
      return withTransaction(ctx, async (tx) => {
        await requireCaseAndReferral(tx, record.caseId, record.referralId);
        return insertRecord<CaseServiceRecord>(tx, serviceSpec, { ...record, createdByUserId: who.userId }, who);
      });
    },
    async update(
      serviceId: string,
      version: number,
      patch: z.input<typeof patchServiceSchema>,
      actor: Actor,
    ): Promise<CaseServiceRecord> {
      const changes = parseInput(patchServiceSchema, patch, 'service change');
      return withTransaction(ctx, async (tx) => {
        let caseId = '';
        const updated = await updateRecord<CaseServiceRecord>(
          tx,
          serviceSpec,
          parseInput(id, serviceId, 'service id'),
          parseInput(expectedVersion, version, 'expected version'),
          (current) => {
            caseId = current.caseId;
            checkServiceState({
              status: changes.status ?? current.status,
              plannedOn: changes.plannedOn === undefined ? current.plannedOn : changes.plannedOn,
              deliveredOn: changes.deliveredOn === undefined ? current.deliveredOn : changes.deliveredOn,
              notDeliveredReason:
                changes.notDeliveredReason === undefined ? current.notDeliveredReason : changes.notDeliveredReason,
            });
            return changes;
          },
          actorOf(actor),
        );
        if (changes.referralId !== undefined) await requireCaseAndReferral(tx, caseId, changes.referralId);
        return updated;
      });
    },
    async get(serviceId: string): Promise<CaseServiceRecord | undefined> {
      const target = parseInput(id, serviceId, 'service id');
      const [found] = await listRecords<CaseServiceRecord>(ctx, serviceSpec, (q) => q.where('id', '=', target));
      return found;
    },
    /** The case's services, planned date first (undated last). */
    async listForCase(caseId: string): Promise<CaseServiceRecord[]> {
      const target = parseInput(id, caseId, 'case id');
      return listRecords(ctx, serviceSpec, (q) =>
        q.where('case_id', '=', target).orderBy('planned_on').orderBy('created_at').orderBy('id'),
      );
    },
  };
}
