import { codeLists } from '@raksa/store';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

const TODAY = new Date().toISOString().slice(0, 10);

describeEachDatabase('cases, referrals and exports over HTTP', (getStore) => {
  async function setUp() {
    const store = getStore();
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(store, 'Fictional Case NGO');
    const shelter = await createOrganisation(store, 'Fictional Shelter');
    const where = { organisationId: ngo.organisation.id, teamId: ngo.team.id };
    const worker = await createStaff(store, where, ['case_worker']);
    const supervisor = await createStaff(store, where, ['supervisor']);
    const recipient = await createStaff(store, { organisationId: shelter.organisation.id, teamId: shelter.team.id }, [
      'referral_recipient',
    ]);
    return {
      app,
      store,
      ngo,
      shelter,
      worker: await signIn(app, worker.login),
      supervisor: await signIn(app, supervisor.login),
      recipient: await signIn(app, recipient.login),
    };
  }

  async function openCaseFor(
    app: ReturnType<typeof createApp>['app'],
    session: Awaited<ReturnType<typeof signIn>>,
    victim: Record<string, unknown>,
  ) {
    const person = await app.request(
      jsonRequest('/api/persons', { personKind: 'victim', ...victim }, { headers: session.headers(true) }),
    );
    expect(person.status).toBe(201);
    const { id: personId } = (await person.json()) as { id: string };
    const opened = await app.request(
      jsonRequest('/api/cases', { victimPersonId: personId }, { headers: session.headers(true) }),
    );
    expect(opened.status).toBe(201);
    return { personId, caseId: ((await opened.json()) as { id: string }).id };
  }

  it('hides a child victim’s names in the case list and shows them on the case page', async () => {
    const { app, worker } = await setUp();
    const { caseId } = await openCaseFor(app, worker, {
      givenNameLatin: 'Sreyneang',
      familyNameLatin: 'Fictional',
      birthDate: '2013-02-01',
    });
    const list = await app.request('/api/cases', { headers: worker.headers() });
    const listed = (await list.json()) as { items: { id: string; victim: Record<string, unknown> }[] };
    const row = listed.items.find((item) => item.id === caseId);
    expect(row?.victim).toMatchObject({ hiddenName: true, givenNameLatin: null });
    expect(JSON.stringify(listed)).not.toContain('Sreyneang');
    const page = await app.request(`/api/cases/${caseId}`, { headers: worker.headers() });
    expect(((await page.json()) as { victim: Record<string, unknown> }).victim).toMatchObject({
      givenNameLatin: 'Sreyneang',
      hiddenName: false,
    });
  });

  it('closes and reopens a case, answering 409 with the current version on a stale change', async () => {
    const { app, worker } = await setUp();
    const { caseId } = await openCaseFor(app, worker, { estimatedAge: 30 });
    const closed = await app.request(
      jsonRequest(
        `/api/cases/${caseId}/close`,
        { version: 1, reason: 'reintegrated' },
        { headers: worker.headers(true) },
      ),
    );
    expect(closed.status).toBe(200);
    const stale = await app.request(
      jsonRequest(
        `/api/cases/${caseId}`,
        { version: 1, riskLevel: 'high' },
        { method: 'PATCH', headers: worker.headers(true) },
      ),
    );
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const reopened = await app.request(
      jsonRequest(`/api/cases/${caseId}/reopen`, { version: 2 }, { headers: worker.headers(true) }),
    );
    expect(reopened.status).toBe(200);
    expect(((await reopened.json()) as { workflowStage: string }).workflowStage).toBe('reopened');
  });

  it('refuses a referral without consent, lets only a supervisor override it with a reason, and audits it', async () => {
    const { app, store, worker, supervisor, shelter, recipient } = await setUp();
    const { caseId } = await openCaseFor(app, worker, {
      givenNameLatin: 'Dara',
      familyNameLatin: 'Fictional',
      estimatedAge: 22,
      phones: ['+855 12 000 111'],
    });
    const referral = { toOrganisationId: shelter.organisation.id, serviceType: codeLists.serviceTypes[0] };
    const refused = await app.request(
      jsonRequest(`/api/cases/${caseId}/referrals`, referral, { headers: worker.headers(true) }),
    );
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('consent_required');
    const override = { reason: 'Fictional: the victim is unconscious and needs a shelter bed tonight.' };
    const workerOverride = await app.request(
      jsonRequest(
        `/api/cases/${caseId}/referrals`,
        { ...referral, consentOverride: override },
        { headers: worker.headers(true) },
      ),
    );
    expect((await errorOf(workerOverride)).code).toBe('consent_required');
    // The supervisor reaches the case through the team.
    const made = await app.request(
      jsonRequest(
        `/api/cases/${caseId}/referrals`,
        { ...referral, consentOverride: override },
        { headers: supervisor.headers(true) },
      ),
    );
    expect(made.status).toBe(201);
    const { id: referralId } = (await made.json()) as { id: string };
    const audit = await store.audit.list({ entityId: caseId });
    expect(audit.some((entry) => entry.action === 'referral.create' && entry.details.code === 'consent_override')).toBe(
      true,
    );
    // The refusals are audited as what the client was told, not as server failures.
    const refusals = audit.filter((entry) => entry.action === 'referral.create' && entry.outcome === 'denied');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((entry) => entry.details.code === 'consent_required')).toBe(true);
    expect(audit.some((entry) => entry.details.code === 'internal_error')).toBe(false);

    // The shelter sees the referral and the person's basic identity only.
    const received = await app.request(`/api/referrals/${referralId}`, { headers: recipient.headers() });
    expect(received.status).toBe(200);
    const seen = (await received.json()) as { person: Record<string, unknown>; consentOverrideReason?: string };
    expect(seen.person).toMatchObject({ givenNameLatin: 'Dara', age: 22 });
    expect(JSON.stringify(seen)).not.toContain('+855');
    expect(seen.consentOverrideReason).toBeUndefined();
    const accepted = await app.request(
      jsonRequest(`/api/referrals/${referralId}/accept`, { version: 1 }, { headers: recipient.headers(true) }),
    );
    expect(accepted.status).toBe(200);
    const again = await app.request(
      jsonRequest(
        `/api/referrals/${referralId}/reject`,
        { version: 2, reason: 'changed mind' },
        { headers: recipient.headers(true) },
      ),
    );
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('invalid_transition');
  });

  it('exports cases as formula-safe CSV, leaving out victims without consent unless overridden', async () => {
    const { app, store, supervisor, worker } = await setUp();
    const { personId } = await openCaseFor(app, worker, {
      givenNameLatin: '=HYPERLINK("http://evil.example","x")',
      familyNameLatin: '+1+cmd|/C calc',
      estimatedAge: 40,
    });
    await openCaseFor(app, worker, { givenNameLatin: 'No', familyNameLatin: 'Consent', estimatedAge: 35 });
    await store.consents.record(
      { personId, purpose: 'non_identifying_reporting', legalBasis: 'consent', givenBy: 'subject', givenOn: TODAY },
      { userId: null },
    );
    const response = await app.request(
      jsonRequest('/api/exports/cases.csv', {}, { headers: supervisor.headers(true) }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('x-raksa-omitted-rows')).toBe('1');
    const rows = parse((await response.text()).slice(1)) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[7]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(rows[1]?.[8]).toBe("'+1+cmd|/C calc");
    const overridden = await app.request(
      jsonRequest(
        '/api/exports/cases.csv',
        { consentOverride: { reason: 'Fictional court order for the case files.' } },
        { headers: supervisor.headers(true) },
      ),
    );
    expect(overridden.headers.get('x-raksa-omitted-rows')).toBe('0');
    const workerExport = await app.request(
      jsonRequest('/api/exports/cases.csv', {}, { headers: worker.headers(true) }),
    );
    expect(workerExport.status).toBe(403);
  });

  it('answers the statistics for a period, and refuses a period that ends before it starts', async () => {
    const { app, supervisor } = await setUp();
    const figures = await app.request('/api/statistics?from=2024-01-01&to=2024-12-31', {
      headers: supervisor.headers(),
    });
    expect(figures.status).toBe(200);
    expect(await figures.json()).toMatchObject({ casesProsecuted: expect.any(Number), victims: expect.any(Object) });
    const backwards = await app.request('/api/statistics?from=2024-12-31&to=2024-01-01', {
      headers: supervisor.headers(),
    });
    expect(backwards.status).toBe(400);
    const malformed = await app.request("/api/statistics?from=2024-01-01'--&to=x", { headers: supervisor.headers() });
    expect(malformed.status).toBe(400);
  });

  it('stores injection attempts in person fields verbatim', async () => {
    const { app, worker } = await setUp();
    const hostile = "Robert'); DROP TABLE persons;-- <script>alert(1)</script> ../../etc/passwd";
    const { personId } = await openCaseFor(app, worker, {
      givenNameLatin: hostile,
      estimatedAge: 30,
      description: hostile,
    });
    const person = await app.request(`/api/persons/${personId}`, { headers: worker.headers() });
    expect(((await person.json()) as { givenNameLatin: string }).givenNameLatin).toBe(hostile);
    const polluted = await app.request(
      jsonRequest('/api/persons', '{"personKind":"victim","__proto__":{"isAdmin":true}}', {
        headers: worker.headers(true),
      }),
    );
    expect(polluted.status).toBe(400);
  });
});
