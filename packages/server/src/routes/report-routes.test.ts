import type { Store } from '@raksa/store';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const REASON = 'Fictional court order 7/2026 asks for every case file of the team.';

describeEachDatabase('the CSV export of cases keeps a record of each export', (getStore) => {
  /** A supervisor's team with two victims' cases: one consents to non-identifying reporting, one does not. */
  async function setUp(store: Store = getStore()) {
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(getStore(), 'Fictional Export NGO');
    const user = await createStaff(getStore(), { organisationId: ngo.organisation.id, teamId: ngo.team.id }, [
      'supervisor',
    ]);
    const supervisor = await signIn(app, user.login);
    const personIds: string[] = [];
    for (const givenNameLatin of ['Fictional Consenting', 'Fictional Unconsenting']) {
      const person = await app.request(
        jsonRequest(
          '/api/persons',
          { personKind: 'victim', givenNameLatin, estimatedAge: 30 },
          {
            headers: supervisor.headers(true),
          },
        ),
      );
      const { id: personId } = (await person.json()) as { id: string };
      const opened = await app.request(
        jsonRequest('/api/cases', { victimPersonId: personId }, { headers: supervisor.headers(true) }),
      );
      expect(opened.status).toBe(201);
      personIds.push(personId);
    }
    await getStore().consents.record(
      {
        personId: personIds[0] ?? '',
        purpose: 'non_identifying_reporting',
        legalBasis: 'consent',
        givenBy: 'subject',
        givenOn: TODAY,
      },
      { userId: null },
    );
    const exportCases = (body: unknown) =>
      app.request(jsonRequest('/api/exports/cases.csv', body, { headers: supervisor.headers(true) }));
    const recordsOf = () => getStore().caseExports.list({ organisationId: ngo.organisation.id, page: { limit: 500 } });
    return { app, ngo, user, supervisor, exportCases, recordsOf };
  }

  it('records an export without override: the filters, the rows in the file and the victims left out', async () => {
    const { user, ngo, exportCases, recordsOf } = await setUp();
    const response = await exportCases({ open: true });
    expect(response.status).toBe(200);
    const rows = parse((await response.text()).slice(1)) as string[][];
    expect(rows).toHaveLength(2);
    expect(response.headers.get('x-raksa-omitted-rows')).toBe('1');
    const records = await recordsOf();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      userId: user.id,
      organisationId: ngo.organisation.id,
      requestId: response.headers.get('x-request-id'),
      filters: { open: true, provinceCode: null },
      rowCount: 1,
      omittedCount: 1,
      overriddenCount: 0,
      consentOverrideReason: null,
    });
  });

  it('records an override with its reason, and how many victims it disclosed without consent', async () => {
    const { exportCases, recordsOf, ngo } = await setUp();
    const response = await exportCases({ consentOverride: { reason: `  ${REASON}  ` } });
    expect(response.status).toBe(200);
    expect(parse((await response.text()).slice(1))).toHaveLength(3);
    const [record] = await recordsOf();
    expect(record).toMatchObject({
      filters: { open: null, provinceCode: null },
      rowCount: 2,
      omittedCount: 0,
      overriddenCount: 1,
      consentOverrideReason: REASON,
    });
    const audit = await getStore().audit.list({ actorOrganisationId: ngo.organisation.id, action: 'export.csv' });
    expect(audit[0]).toMatchObject({ requestId: record?.requestId, details: { code: 'consent_override' } });
  });

  it('keeps no reason when every victim in the file had consented', async () => {
    const { exportCases, recordsOf } = await setUp();
    const response = await exportCases({ province: '99', consentOverride: { reason: REASON } });
    expect(response.status).toBe(200);
    const [record] = await recordsOf();
    expect(record).toMatchObject({
      filters: { open: null, provinceCode: '99' },
      rowCount: 0,
      overriddenCount: 0,
      consentOverrideReason: null,
    });
  });

  it('keeps a hostile reason verbatim', async () => {
    const { exportCases, recordsOf } = await setUp();
    const hostile = `Fictional order '); DROP TABLE case_exports;-- =HYPERLINK("http://evil.example") <script>x</script>`;
    expect((await exportCases({ consentOverride: { reason: hostile } })).status).toBe(200);
    expect((await recordsOf())[0]?.consentOverrideReason).toBe(hostile);
  });

  it('refuses a reason too short or too long, and records nothing', async () => {
    const { exportCases, recordsOf } = await setUp();
    for (const reason of ['too short', 'x'.repeat(2001)]) {
      const response = await exportCases({ consentOverride: { reason } });
      expect(response.status).toBe(400);
    }
    expect(await recordsOf()).toEqual([]);
  });

  it('shows the records with their reasons to auditors: an organisation administrator sees only its own', async () => {
    const first = await setUp();
    const second = await setUp();
    expect((await first.exportCases({ consentOverride: { reason: REASON } })).status).toBe(200);
    expect((await second.exportCases({})).status).toBe(200);
    const where = { organisationId: first.ngo.organisation.id, teamId: null };
    const orgAdmin = await signIn(first.app, (await createStaff(getStore(), where, ['org_admin'])).login);
    const systemAdmin = await signIn(first.app, (await createStaff(getStore(), where, ['system_admin'])).login);
    const supervisor = first.supervisor;
    const listed = async (who: typeof orgAdmin) => {
      const response = await first.app.request('/api/case-exports?limit=200', { headers: who.headers() });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: { organisationId: string; consentOverrideReason: string | null }[] })
        .items;
    };
    const ofOrganisation = await listed(orgAdmin);
    expect(ofOrganisation).toHaveLength(1);
    expect(ofOrganisation[0]).toMatchObject({
      organisationId: first.ngo.organisation.id,
      consentOverrideReason: REASON,
    });
    const ofAll = await listed(systemAdmin);
    expect(ofAll.map((r) => r.organisationId)).toEqual(
      expect.arrayContaining([first.ngo.organisation.id, second.ngo.organisation.id]),
    );
    const refused = await first.app.request('/api/case-exports', { headers: supervisor.headers() });
    expect(refused.status).toBe(403);
  });

  it('sends no CSV when the export cannot be recorded', async () => {
    const store = getStore();
    const failing: Store = {
      ...store,
      caseExports: {
        ...store.caseExports,
        record: () => Promise.reject(new Error('fictional failure of the database')),
      },
    };
    const { exportCases, recordsOf } = await setUp(failing);
    const response = await exportCases({ consentOverride: { reason: REASON } });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text).not.toContain('Fictional Consenting');
    expect(text).not.toContain('Fictional Unconsenting');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error' } });
    expect(await recordsOf()).toEqual([]);
  });
});
