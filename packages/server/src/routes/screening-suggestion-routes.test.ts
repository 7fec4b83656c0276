import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn, type SignedIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

describeEachDatabase('GET /api/cases/{id}/screening-suggestions', (getStore) => {
  async function setUp() {
    const store = getStore();
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(store, 'Fictional Screening NGO');
    const elsewhere = await createOrganisation(store, 'Fictional Elsewhere NGO');
    const where = { organisationId: ngo.organisation.id, teamId: ngo.team.id };
    const workerUser = await createStaff(store, where, ['case_worker']);
    const supervisorUser = await createStaff(store, where, ['supervisor']);
    const operatorUser = await createStaff(store, where, ['hotline_operator']);
    const outsiderUser = await createStaff(store, { organisationId: elsewhere.organisation.id, teamId: null }, [
      'org_admin',
    ]);
    const victim = await store.persons.create(
      { personKind: 'victim', organisationId: ngo.organisation.id, estimatedAge: 24 },
      { userId: workerUser.id },
    );
    const theCase = await store.cases.create(
      {
        victimPersonId: victim.id,
        organisationId: ngo.organisation.id,
        teamId: ngo.team.id,
        ownerUserId: workerUser.id,
      },
      { userId: workerUser.id },
    );
    return {
      app,
      store,
      caseId: theCase.id,
      worker: await signIn(app, workerUser.login),
      supervisor: await signIn(app, supervisorUser.login),
      operator: await signIn(app, operatorUser.login),
      outsider: await signIn(app, outsiderUser.login),
    };
  }

  const get = (app: ReturnType<typeof createApp>['app'], who: SignedIn, path: string) =>
    app.request(new Request(`http://raksa.test${path}`, { headers: who.headers() }));
  const post = (app: ReturnType<typeof createApp>['app'], who: SignedIn, path: string, body: unknown) =>
    app.request(jsonRequest(path, body, { headers: who.headers(true) }));

  it('suggests indicators from the case’s notes and linked tips, to those who may read them', async () => {
    const { app, caseId, worker, supervisor, operator } = await setUp();
    const path = `/api/cases/${caseId}/screening-suggestions`;
    expect(await (await get(app, worker, path)).json()).toEqual({ items: [], textsRead: 0 });

    const noted = await post(app, worker, `/api/cases/${caseId}/notes`, {
      body: 'In her words: "They took my passport when we arrived, and we worked 16 hours a day."',
    });
    expect(noted.status).toBe(201);
    const call = await post(app, operator, '/api/calls', {
      transcript: 'My sister cannot leave the compound, they lock the doors and beat her when she misses the target.',
    });
    expect(call.status).toBe(201);
    const tip = (await call.json()) as { id: string; version: number };
    const linked = await post(app, supervisor, `/api/tips/${tip.id}/triage`, {
      version: tip.version,
      status: 'linked',
      linkedCaseId: caseId,
    });
    expect(linked.status).toBe(200);

    // The supervisor reads tips and the case: both texts count.
    const both = (await (await get(app, supervisor, path)).json()) as {
      items: { indicator: string; evidence: { source: string; sourceId: string; excerpt: string }[] }[];
      textsRead: number;
    };
    expect(both.textsRead).toBe(2);
    const indicators = both.items.map((item) => item.indicator);
    expect(indicators).toEqual(
      expect.arrayContaining(['retention_of_identity_documents', 'excessive_overtime', 'restriction_of_movement']),
    );
    const movement = both.items.find((item) => item.indicator === 'restriction_of_movement');
    expect(movement?.evidence.some((evidence) => evidence.source === 'tip' && evidence.sourceId === tip.id)).toBe(true);

    // The case worker may not read tips: only the note counts, and no tip text is shown.
    const notesOnly = (await (await get(app, worker, path)).json()) as typeof both;
    expect(notesOnly.textsRead).toBe(1);
    expect(notesOnly.items.flatMap((item) => item.evidence).every((evidence) => evidence.source === 'note')).toBe(true);
    expect(JSON.stringify(notesOnly)).not.toContain('compound');

    // Labels in Khmer on request.
    const km = (await (await get(app, supervisor, `${path}?lang=km`)).json()) as {
      items: { evidence: { label: string }[] }[];
    };
    expect(km.items.flatMap((item) => item.evidence).some((evidence) => /[\u1780-\u17ff]/u.test(evidence.label))).toBe(
      true,
    );
  });

  it('refuses another organisation, a role without screening.read, a malformed id and an unknown language', async () => {
    const { app, caseId, outsider, operator, worker } = await setUp();
    const path = `/api/cases/${caseId}/screening-suggestions`;
    expect([403, 404]).toContain((await get(app, outsider, path)).status);
    expect((await get(app, operator, path)).status).toBe(403);
    const malformed = await get(app, worker, '/api/cases/not-a-uuid/screening-suggestions');
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('validation_failed');
    expect((await get(app, worker, `${path}?lang=xx`)).status).toBe(400);
    expect((await get(app, worker, `${path}?lang=en&extra=1`)).status).toBe(400);
  });
});
