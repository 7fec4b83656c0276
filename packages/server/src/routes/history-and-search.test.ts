import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn, type SignedIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

describeEachDatabase('record history, the case audit trail, person search and links', (getStore) => {
  async function setUp() {
    const store = getStore();
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(store, 'Fictional History NGO');
    const rival = await createOrganisation(store, 'Fictional Rival NGO');
    const where = { organisationId: ngo.organisation.id, teamId: ngo.team.id };
    const workerUser = await createStaff(store, where, ['case_worker']);
    const supervisorUser = await createStaff(store, where, ['supervisor']);
    const adminUser = await createStaff(store, where, ['org_admin']);
    const rivalUser = await createStaff(store, { organisationId: rival.organisation.id, teamId: rival.team.id }, [
      'case_worker',
    ]);
    return {
      app,
      store,
      ngo,
      workerUser,
      worker: await signIn(app, workerUser.login),
      supervisor: await signIn(app, supervisorUser.login),
      admin: await signIn(app, adminUser.login),
      rival: await signIn(app, rivalUser.login),
    };
  }

  const get = async (app: ReturnType<typeof createApp>['app'], who: SignedIn, path: string) => {
    const response = await app.request(path, { headers: who.headers() });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const post = async (
    app: ReturnType<typeof createApp>['app'],
    who: SignedIn,
    path: string,
    body: unknown,
    method = 'POST',
  ) => {
    const response = await app.request(jsonRequest(path, body, { method, headers: who.headers(true) }));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  async function openCase(app: ReturnType<typeof createApp>['app'], who: SignedIn, victim: Record<string, unknown>) {
    const person = await post(app, who, '/api/persons', { personKind: 'victim', ...victim });
    expect(person.status).toBe(201);
    const opened = await post(app, who, '/api/cases', {
      victimPersonId: person.body.id,
      summary: 'Fictional summary one.',
    });
    expect(opened.status).toBe(201);
    return { personId: String(person.body.id), caseId: String(opened.body.id), version: Number(opened.body.version) };
  }

  it('gives the field-level history of a case and what it holds, with who and when, decrypted', async () => {
    const { app, worker, workerUser, rival } = await setUp();
    const { caseId, version } = await openCase(app, worker, { givenNameLatin: 'Dara', estimatedAge: 30 });
    expect(
      (await post(app, worker, `/api/cases/${caseId}`, { version, summary: 'Fictional summary two.' }, 'PATCH')).status,
    ).toBe(200);
    expect((await post(app, worker, `/api/cases/${caseId}/notes`, { body: 'A fictional note.' })).status).toBe(201);
    const history = await get(app, worker, `/api/cases/${caseId}/history`);
    expect(history.status).toBe(200);
    const items = history.body.items as {
      table: string;
      field: string;
      oldValue: unknown;
      newValue: unknown;
      actorUserId: string;
      redacted: boolean;
    }[];
    expect(items).toContainEqual(
      expect.objectContaining({
        table: 'cases',
        field: 'summary',
        oldValue: 'Fictional summary one.',
        newValue: 'Fictional summary two.',
        actorUserId: workerUser.id,
        redacted: false,
      }),
    );
    expect(items.some((entry) => entry.table === 'notes' && entry.newValue === 'A fictional note.')).toBe(true);
    expect((await get(app, rival, `/api/cases/${caseId}/history`)).status).toBe(403);
  });

  it('never shows password hashes or TOTP secrets in a user’s history', async () => {
    const { app, admin, workerUser } = await setUp();
    const history = await get(app, admin, `/api/users/${workerUser.id}/history`);
    expect(history.status).toBe(200);
    const items = history.body.items as { field: string; newValue: unknown; redacted: boolean }[];
    const hash = items.find((entry) => entry.field === 'passwordHash');
    expect(hash).toMatchObject({ redacted: true, newValue: null });
    expect(JSON.stringify(items)).not.toContain('$argon2id$');
    expect(items.find((entry) => entry.field === 'login')).toMatchObject({
      redacted: false,
      newValue: workerUser.login,
    });
  });

  it('shows supervisors and organisation administrators who saw the case, when and from where', async () => {
    const { app, worker, supervisor, admin, workerUser } = await setUp();
    const { caseId, personId } = await openCase(app, worker, { givenNameLatin: 'Vanna', estimatedAge: 40 });
    await get(app, worker, `/api/cases/${caseId}`);
    await get(app, worker, `/api/persons/${personId}`);
    const trail = await get(app, supervisor, `/api/cases/${caseId}/audit-trail?limit=50`);
    expect(trail.status).toBe(200);
    const items = trail.body.items as {
      actorUserId: string;
      action: string;
      subject: string;
      ip: string;
      route: string;
      occurredAt: string;
    }[];
    expect(items).toContainEqual(
      expect.objectContaining({
        actorUserId: workerUser.id,
        action: 'case.read',
        subject: 'case',
        route: '/api/cases/{id}',
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({ actorUserId: workerUser.id, action: 'person.read', subject: 'victim' }),
    );
    expect(items.every((entry) => typeof entry.ip === 'string' && entry.occurredAt !== '')).toBe(true);
    expect((await get(app, admin, `/api/cases/${caseId}/audit-trail`)).status).toBe(200);
    expect((await get(app, worker, `/api/cases/${caseId}/audit-trail`)).status).toBe(403);
    expect((await get(app, supervisor, `/api/cases/${caseId}/audit-trail?offset=450&limit=100`)).status).toBe(400);
  });

  it('finds victims by name within the caller’s cases, hiding children’s names, and nothing elsewhere', async () => {
    const { app, worker, rival, supervisor } = await setUp();
    await openCase(app, worker, { givenNameLatin: 'Sokunthea', familyNameLatin: 'Fictionalson', estimatedAge: 33 });
    await openCase(app, worker, { givenNameLatin: 'Sokha', nameLocal: 'សុខា', birthDate: '2014-05-01' });
    const adult = await get(app, worker, '/api/persons?name=SOKUNTHEA%20fictional');
    expect(adult.status).toBe(200);
    const found = adult.body.items as { person: Record<string, unknown>; caseId: string }[];
    expect(found).toHaveLength(1);
    expect(found[0]?.person).toMatchObject({ givenNameLatin: 'Sokunthea', hiddenName: false });
    const child = (await get(app, worker, '/api/persons?name=sokha')).body.items as {
      person: Record<string, unknown>;
    }[];
    expect(child).toHaveLength(1);
    expect(child[0]?.person).toMatchObject({ hiddenName: true, givenNameLatin: null });
    expect(JSON.stringify(child)).not.toContain('Sokha');
    expect(((await get(app, rival, '/api/persons?name=sokunthea')).body.items as unknown[]).length).toBe(0);
    expect(((await get(app, supervisor, '/api/persons?name=sokunthea')).body.items as unknown[]).length).toBe(1);
  });

  it('records steps taken in the past (data moved from a spreadsheet) with both times in the history', async () => {
    const { app, worker } = await setUp();
    const person = await post(app, worker, '/api/persons', { personKind: 'victim', estimatedAge: 25 });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await post(app, worker, '/api/cases', { victimPersonId: person.body.id, openedAt: future })).status).toBe(
      400,
    );
    const opened = await post(app, worker, '/api/cases', {
      victimPersonId: person.body.id,
      openedAt: '2024-03-05T09:00:00+07:00',
    });
    expect(opened.status).toBe(201);
    expect(opened.body.openedAt).toBe('2024-03-05T02:00:00.000Z');
    const caseId = String(opened.body.id);
    // Closed before it was opened: refused in words; then closed on a later past date.
    const early = await post(app, worker, `/api/cases/${caseId}/close`, {
      version: opened.body.version,
      reason: 'reintegrated',
      at: '2024-01-01T00:00:00Z',
    });
    expect(early.status).toBe(400);
    const closed = await post(app, worker, `/api/cases/${caseId}/close`, {
      version: opened.body.version,
      reason: 'reintegrated',
      at: '2025-06-30T10:00:00Z',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).toBe('2025-06-30T10:00:00.000Z');
    const history = await get(app, worker, `/api/cases/${caseId}/history`);
    const closedAt = (history.body.items as { field: string; effectiveAt: string | null; changedAt: string }[]).find(
      (entry) => entry.field === 'closedAt',
    );
    expect(closedAt?.effectiveAt).toBe('2025-06-30T10:00:00.000Z');
    expect(Date.parse(closedAt?.changedAt ?? '')).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('gives organisation administrators their own users’ audit log, filtered, and nobody else’s', async () => {
    const { app, worker, workerUser, admin, rival } = await setUp();
    const opened = await openCase(app, worker, {
      givenNameLatin: 'Fictional',
      familyNameLatin: 'Audited',
      estimatedAge: 30,
    });
    await get(app, worker, `/api/cases/${opened.caseId}`);
    const log = await get(app, admin, `/api/audit-log?actorUserId=${workerUser.id}&action=case.read`);
    expect(log.status).toBe(200);
    const items = log.body.items as { actorUserId: string; action: string; recordId: string | null; outcome: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.actorUserId === workerUser.id && item.action === 'case.read')).toBe(true);
    expect(items.some((item) => item.recordId === opened.caseId && item.outcome === 'success')).toBe(true);
    // Refusals are in the log too.
    await get(app, rival, `/api/cases/${opened.caseId}`);
    const denied = await get(app, admin, '/api/audit-log?outcome=denied');
    expect((denied.body.items as unknown[]).length).toBe(0); // the rival is another organisation's user
    // A case worker may not read the log; malformed filters are refused.
    expect((await get(app, worker, '/api/audit-log')).status).toBe(403);
    for (const query of [
      '?action=drop_tables',
      '?outcome=maybe',
      '?limit=10000',
      '?from=yesterday',
      '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    ]) {
      expect((await get(app, admin, `/api/audit-log${query}`)).status, query).toBe(400);
    }
  });

  it('finds and lists suspects, callers and witnesses within the person.read scope', async () => {
    const { app, supervisor, admin, rival, worker } = await setUp();
    for (const person of [
      { personKind: 'suspect', givenNameLatin: 'Fictional', familyNameLatin: 'Broker Vannak', birthDate: '1980-03-01' },
      { personKind: 'suspect', givenNameLatin: 'Fictional', familyNameLatin: 'Recruiter Dara', estimatedAge: 40 },
      // Age unknown: in lists the name is hidden, as for everyone who may be a child.
      { personKind: 'suspect', givenNameLatin: 'Fictional', familyNameLatin: 'Unknown Age' },
      { personKind: 'caller', givenNameLatin: 'Fictional', familyNameLatin: 'Caller Srey' },
    ]) {
      expect((await post(app, supervisor, '/api/persons', person)).status).toBe(201);
    }
    const suspects = await get(app, admin, '/api/persons?kind=suspect');
    expect(suspects.status).toBe(200);
    const names = (suspects.body.items as { person: { familyNameLatin: string; personKind: string } }[]).map(
      (item) => item.person.familyNameLatin,
    );
    expect(names.sort()).toEqual(['Broker Vannak', 'Recruiter Dara', null]);
    const byName = await get(app, admin, '/api/persons?kind=suspect&name=vannak');
    expect((byName.body.items as unknown[]).length).toBe(1);
    expect(((await get(app, admin, '/api/persons?kind=caller&name=srey')).body.items as unknown[]).length).toBe(1);
    // The supervisor's person.read scope is the team (the persons its members recorded); a case
    // worker's is what they recorded themselves; another organisation sees none of them.
    expect(((await get(app, supervisor, '/api/persons?kind=suspect')).body.items as unknown[]).length).toBe(3);
    expect(((await get(app, worker, '/api/persons?kind=suspect')).body.items as unknown[]).length).toBe(0);
    expect(((await get(app, rival, '/api/persons?kind=suspect')).body.items as unknown[]).length).toBe(0);
    expect((await get(app, admin, '/api/persons?kind=villain')).status).toBe(400);
  });

  it('refuses malformed, huge and hostile searches without failing', async () => {
    const { app, worker } = await setUp();
    for (const query of ["?name='%20OR%20'1'='1", '?name=%3Cscript%3E', `?name=${'%E1%9E%80'.repeat(50)}`]) {
      const response = await get(app, worker, `/api/persons${query}`);
      expect(response.status, query).toBe(200);
      expect(response.body.items).toEqual([]);
    }
    for (const query of [
      '',
      `?name=${'a'.repeat(201)}`,
      '?name=a',
      '?name=%25%25%25',
      '?name=x&identifierType=phone&identifierValue=1',
      '?identifierType=phone',
      '?identifierType=ssn&identifierValue=1',
      '?name=ab&limit=1000',
      '?name=ab&__proto__=1',
    ]) {
      expect((await get(app, worker, `/api/persons${query}`)).status, query).toBe(400);
    }
  });

  it('finds persons by phone and links tips and persons that share one, counting what lies outside the scope', async () => {
    const { app, store, ngo, worker, admin, rival, workerUser } = await setUp();
    const { personId } = await openCase(app, worker, {
      givenNameLatin: 'Bopha',
      estimatedAge: 28,
      phones: ['+855 12 345 678'],
    });
    await post(app, rival, '/api/persons', { personKind: 'victim', phones: ['012 345 678'] });
    const byPhone = await get(app, worker, '/api/persons?identifierType=phone&identifierValue=%2B85512345678');
    expect((byPhone.body.items as { person: { id: string } }[]).map((hit) => hit.person.id)).toEqual([personId]);
    const { report } = await store.reports.create(
      {
        kind: 'tip',
        channel: 'web',
        body: 'A fictional tip naming +855 12 345 678.',
        identifiers: [{ type: 'phone', value: '+85512345678' }],
        organisationId: ngo.organisation.id,
        assignedUserId: workerUser.id,
      },
      { userId: null },
    );
    // The case worker reads the person but not the triage queue: the tip is counted, not shown.
    const fromWorker = await get(app, worker, `/api/persons/${personId}/links`);
    expect(fromWorker.body).toEqual({ items: [], outsideScope: 2 });
    const links = await get(app, admin, `/api/persons/${personId}/links`);
    expect(links.status).toBe(200);
    expect(links.body.items).toEqual([
      expect.objectContaining({ kind: 'tip', id: report.id, sharedIdentifierTypes: ['phone'] }),
    ]);
    expect(links.body.outsideScope).toBe(1);
    // The shared number itself is not disclosed, in any of its forms (ids are random UUIDs, so look for the number, not digits).
    expect(JSON.stringify(links.body)).not.toMatch(/12\s?345\s?678|85512345678/u);
    const fromTip = await get(app, admin, `/api/tips/${report.id}/links`);
    expect(fromTip.body.items).toEqual([expect.objectContaining({ kind: 'person', id: personId })]);
    expect((await get(app, rival, `/api/persons/${personId}/links`)).status).toBe(403);
    const error = await app.request(`/api/persons/not-a-uuid/links`, { headers: worker.headers() });
    expect((await errorOf(error)).code).toBe('validation_failed');
  });
});
