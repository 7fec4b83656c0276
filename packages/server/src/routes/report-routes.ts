import type { Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { pageQuery, recordListSchema } from '../api/schemas/common.ts';
import { csvResponse, toCsv } from '../export/csv.ts';
import { storeScopeFor } from '../policy/authorize.ts';
import { can, scopeOf } from '../policy/can.ts';
import { ApiError } from '../errors.ts';
import { ageBandOf, ageOf, projectPerson, type PersonFields } from '../policy/project-person.ts';
import { caseOwnership, projectedPerson } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

const isoDate = z.iso.date();

/** One CSV export as recorded: who made it, for which organisation, what it held and why consent was overridden. */
const caseExportSchema = z.object({
  id: z.string(),
  madeAt: z.string(),
  userId: z.string(),
  organisationId: z.string(),
  requestId: z.string().nullable(),
  filters: z.object({ open: z.boolean().nullable(), provinceCode: z.string().nullable() }),
  rowCount: z.number().int(),
  omittedCount: z.number().int(),
  overriddenCount: z.number().int(),
  consentOverrideReason: z.string().nullable(),
});

/** Statistics, de-identified case data for analysts, the CSV export of cases and the record of those exports. */
export function reportRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const statistics = defineRoute({
    method: 'get',
    path: '/api/statistics',
    summary: 'Prosecution figures for a period and province: cases, suspects, victims by sex and age, offences',
    tags: ['statistics'],
    access: 'statistics.read',
    query: z.strictObject({ from: isoDate, to: isoDate, province: z.string().max(20).optional() }),
    response: { status: 200, description: 'The figures', schema: z.record(z.string(), z.unknown()) },
    handler: async ({ query }) => {
      if (query.from > query.to) {
        throw new ApiError('validation_failed', 'The period ends before it starts.', {
          details: { issues: [{ path: 'query.to', message: 'before from' }] },
        });
      }
      return {
        ...(await store.statistics({
          from: query.from,
          to: query.to,
          ...(query.province === undefined ? {} : { provinceCode: query.province }),
        })),
      };
    },
  });

  const deidentifiedCases = defineRoute({
    method: 'get',
    path: '/api/deidentified/cases',
    summary:
      'Cases without identifiers: status, stage, risk, province, month opened, victim sex, citizenship and age band',
    tags: ['statistics'],
    access: 'deidentified.read',
    query: z.strictObject({ province: z.string().max(20).optional(), ...pageQuery }),
    response: {
      status: 200,
      description: 'A page of de-identified cases',
      schema: recordListSchema.extend({ items: z.array(z.record(z.string(), z.unknown())) }),
    },
    handler: async ({ query, actor }) => {
      const cases = await store.cases.list({
        scope: storeScopeFor(actor!, 'deidentified.read'),
        ...(query.province === undefined ? {} : { provinceCode: query.province }),
        page: { limit: query.limit, offset: query.offset },
      });
      const victims = new Map((await store.persons.getMany(cases.map((c) => c.victimPersonId))).map((p) => [p.id, p]));
      const items = cases.map((record) => {
        const victim = victims.get(record.victimPersonId);
        return {
          traffickingStatus: record.traffickingStatus,
          workflowStage: record.workflowStage,
          riskLevel: record.riskLevel,
          provinceCode: record.provinceCode,
          openedMonth: record.openedAt.slice(0, 7),
          closed: record.closedAt !== null,
          closureReason: record.closureReason,
          victim:
            victim === undefined
              ? null
              : projectPerson({ ...victim } as unknown as PersonFields, 'deidentified', {
                  display: 'list',
                  today: context.now(),
                }),
        };
      });
      return { items, limit: query.limit, offset: query.offset };
    },
  });

  const exportCases = defineRoute({
    method: 'post',
    path: '/api/exports/cases.csv',
    summary:
      'Export cases as CSV (formula-safe). Victims without consent to reporting are left out unless a permitted role overrides with a reason',
    tags: ['exports'],
    access: 'export.csv',
    body: z.strictObject({
      open: z.boolean().optional(),
      province: z.string().max(20).optional(),
      consentOverride: z.object({ reason: z.string().trim().min(10).max(2000) }).optional(),
    }),
    response: { status: 200, description: 'The CSV file', schema: z.string(), mediaType: 'text/csv' },
    handler: async ({ body, actor, c }) => {
      const scope = storeScopeFor(actor!, 'export.csv');
      const today = context.now();
      const onDate = today.toISOString().slice(0, 10);
      const rows: (string | number | null)[][] = [];
      let omitted = 0;
      let overridden = 0;
      for (let offset = 0; ; offset += 500) {
        const page = await store.cases.list({
          scope,
          ...(body.open === undefined ? {} : { open: body.open }),
          ...(body.province === undefined ? {} : { provinceCode: body.province }),
          page: { limit: 500, offset },
        });
        const victims = new Map((await store.persons.getMany(page.map((r) => r.victimPersonId))).map((p) => [p.id, p]));
        for (const record of page) {
          const victim = victims.get(record.victimPersonId);
          if (victim === undefined) continue;
          const consent = await store.consents.findInForce({
            personId: victim.id,
            purpose: 'non_identifying_reporting',
            onDate,
          });
          if (consent === undefined) {
            if (body.consentOverride === undefined || !can(actor!, 'consent.override', caseOwnership(record))) {
              omitted++;
              continue;
            }
            overridden++;
          }
          const shown = projectedPerson(actor!, victim, 'list', today) ?? {};
          rows.push([
            record.caseNumber,
            record.traffickingStatus,
            record.workflowStage,
            record.riskLevel,
            record.provinceCode,
            record.openedAt.slice(0, 10),
            record.closedAt?.slice(0, 10) ?? null,
            (shown.givenNameLatin as string | null | undefined) ?? null,
            (shown.familyNameLatin as string | null | undefined) ?? null,
            victim.sex,
            ageBandOf(ageOf(victim, today)),
          ]);
        }
        if (page.length < 500) break;
      }
      if (overridden > 0) c.set('auditCode', 'consent_override');
      const csv = toCsv(
        [
          'case',
          'trafficking_status',
          'stage',
          'risk',
          'province',
          'opened',
          'closed',
          'given_name',
          'family_name',
          'sex',
          'age_band',
        ],
        rows,
      );
      // The record of the disclosure, before anything leaves: if it cannot be written, nothing is sent.
      await store.caseExports.record(
        {
          filters: { open: body.open ?? null, provinceCode: body.province ?? null },
          rowCount: rows.length,
          omittedCount: omitted,
          overriddenCount: overridden,
          consentOverrideReason: overridden > 0 ? (body.consentOverride?.reason ?? null) : null,
          requestId: c.get('requestId'),
        },
        { userId: actor!.userId },
      );
      const response = csvResponse(`cases-${onDate}.csv`, csv);
      response.headers.set('X-Raksa-Omitted-Rows', String(omitted));
      return response;
    },
  });

  const caseExportRecords = defineRoute({
    method: 'get',
    path: '/api/case-exports',
    summary:
      'The record of every CSV export of cases, newest first: who, when, filters, victims in the file, left out and included by consent override, with the override reason; an organisation administrator sees its own users’ exports',
    tags: ['exports', 'audit'],
    access: 'audit.read',
    query: z.strictObject({ ...pageQuery }),
    response: {
      status: 200,
      description: 'A page of export records',
      schema: z.object({ items: z.array(caseExportSchema), limit: z.number(), offset: z.number() }),
    },
    handler: async ({ query, actor }) => {
      const items = await store.caseExports.list({
        ...(scopeOf(actor!, 'audit.read') === 'all' ? {} : { organisationId: actor!.organisationId }),
        page: { limit: query.limit, offset: query.offset },
      });
      return { items, limit: query.limit, offset: query.offset };
    },
  });

  return [statistics, deidentifiedCases, exportCases, caseExportRecords];
}
