import { createHash } from 'node:crypto';
import { codeLists } from '@raksa/store';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn, type SignedIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

const TODAY = new Date().toISOString().slice(0, 10);

describeEachDatabase('case details over HTTP: profile, events, notes, tasks, attachments, outcomes', (getStore) => {
  async function setUp() {
    const store = getStore();
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(store, 'Fictional Detail NGO');
    const elsewhere = await createOrganisation(store, 'Fictional Other NGO');
    const where = { organisationId: ngo.organisation.id, teamId: ngo.team.id };
    const workerUser = await createStaff(store, where, ['case_worker']);
    const outsider = await createStaff(store, { organisationId: elsewhere.organisation.id, teamId: null }, [
      'case_worker',
    ]);
    const investigator = await createStaff(store, where, ['investigator']);
    const worker = await signIn(app, workerUser.login);
    const person = await store.persons.create(
      { personKind: 'victim', organisationId: ngo.organisation.id, estimatedAge: 30 },
      { userId: workerUser.id },
    );
    const theCase = await store.cases.create(
      {
        victimPersonId: person.id,
        organisationId: ngo.organisation.id,
        teamId: ngo.team.id,
        ownerUserId: workerUser.id,
      },
      { userId: workerUser.id },
    );
    const otherPerson = await store.persons.create(
      { personKind: 'victim', organisationId: ngo.organisation.id, estimatedAge: 31 },
      { userId: workerUser.id },
    );
    const other = await store.cases.create(
      {
        victimPersonId: otherPerson.id,
        organisationId: ngo.organisation.id,
        teamId: ngo.team.id,
        ownerUserId: workerUser.id,
      },
      { userId: workerUser.id },
    );
    return {
      app,
      store,
      worker,
      workerUser,
      outsider,
      investigator: await signIn(app, investigator.login),
      caseId: theCase.id,
      otherCaseId: other.id,
    };
  }

  const send = (
    app: ReturnType<typeof createApp>['app'],
    who: SignedIn,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    app.request(
      body === undefined
        ? new Request(`http://raksa.test${path}`, { method, headers: who.headers(method !== 'GET') })
        : jsonRequest(path, body, { method, headers: who.headers(true) }),
    );

  it('creates the exploitation profile once, then changes it only with the current version', async () => {
    const { app, worker, caseId } = await setUp();
    const path = `/api/cases/${caseId}/exploitation-profile`;
    expect(await (await send(app, worker, 'GET', path)).json()).toEqual({ profile: null });
    const created = await send(app, worker, 'PUT', path, {
      version: null,
      exploitationTypes: [codeLists.exploitationTypes[0]],
      forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
      countryOfExploitation: 'MM',
      durationMonths: 7,
    });
    expect(created.status).toBe(200);
    const profile = (await created.json()) as { version: number; forcedLabourSectors: string[] };
    expect(profile.forcedLabourSectors).toEqual(['X_ForcedCriminalityScamCompound']);
    const again = await send(app, worker, 'PUT', path, { version: null, durationMonths: 8 });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({ code: 'version_conflict', currentVersion: profile.version });
    expect((await send(app, worker, 'PUT', path, { version: profile.version, durationMonths: 8 })).status).toBe(200);
    const stale = await send(app, worker, 'PUT', path, { version: profile.version, durationMonths: 9 });
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict', currentVersion: profile.version + 1 });
  });

  it('refuses codes outside the HTCDS lists, repeated codes and unknown keys', async () => {
    const { app, worker, caseId } = await setUp();
    const path = `/api/cases/${caseId}/exploitation-profile`;
    for (const body of [
      { version: null, exploitationTypes: ["'; DROP TABLE cases;--"] },
      { version: null, exploitationTypes: [codeLists.exploitationTypes[0], codeLists.exploitationTypes[0]] },
      { version: null, durationMonths: -1 },
      JSON.parse('{"version":null,"__proto__":{"admin":true}}') as unknown,
    ]) {
      const response = await send(app, worker, 'PUT', path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('records and corrects trafficking events, keeping hostile text verbatim', async () => {
    const { app, worker, caseId, otherCaseId } = await setUp();
    const hostile = "Robert'); DROP TABLE trafficking_events;-- <script>alert(1)</script>";
    const added = await send(app, worker, 'POST', `/api/cases/${caseId}/trafficking-events`, {
      eventType: 'Recruitment',
      place: hostile,
      startedOn: '2025-01-10',
    });
    expect(added.status).toBe(201);
    const event = (await added.json()) as { id: string; version: number };
    const inOrder = await send(app, worker, 'POST', `/api/cases/${caseId}/trafficking-events`, {
      eventType: 'Transit',
      startedOn: '2025-03-01',
      endedOn: '2025-02-01',
    });
    expect(inOrder.status).toBe(400);
    const changed = await send(app, worker, 'PATCH', `/api/cases/${caseId}/trafficking-events/${event.id}`, {
      version: event.version,
      eventType: 'Exploitation',
    });
    expect(changed.status).toBe(200);
    const wrongCase = await send(app, worker, 'PATCH', `/api/cases/${otherCaseId}/trafficking-events/${event.id}`, {
      version: 2,
      place: 'x',
    });
    expect(wrongCase.status).toBe(404);
    const listed = (await (await send(app, worker, 'GET', `/api/cases/${caseId}/trafficking-events`)).json()) as {
      items: { place: string; eventType: string }[];
    };
    expect(listed.items).toEqual([expect.objectContaining({ place: hostile, eventType: 'Exploitation' })]);
  });

  it('adds notes and lets an investigator read but not write them', async () => {
    const { app, worker, investigator, caseId } = await setUp();
    expect(
      (await send(app, worker, 'POST', `/api/cases/${caseId}/notes`, { body: 'A fictional home visit.' })).status,
    ).toBe(201);
    expect((await send(app, worker, 'POST', `/api/cases/${caseId}/notes`, { body: '   ' })).status).toBe(400);
    expect((await send(app, worker, 'POST', `/api/cases/${caseId}/notes`, { body: 'x'.repeat(100_001) })).status).toBe(
      413,
    );
    const notes = (await (await send(app, investigator, 'GET', `/api/cases/${caseId}/notes`)).json()) as {
      items: { body: string }[];
    };
    expect(notes.items.map((note) => note.body)).toEqual(['A fictional home visit.']);
    expect((await send(app, investigator, 'POST', `/api/cases/${caseId}/notes`, { body: 'No.' })).status).toBe(403);
  });

  it('tracks tasks with a due date, an assignee of the organisation, and completion', async () => {
    const { app, worker, workerUser, outsider, caseId } = await setUp();
    const created = await send(app, worker, 'POST', `/api/cases/${caseId}/tasks`, {
      title: 'Accompany to the fictional clinic',
      dueOn: TODAY,
      assignedUserId: workerUser.id,
    });
    expect(created.status).toBe(201);
    const task = (await created.json()) as { id: string; version: number; status: string };
    expect(task.status).toBe('open');
    const foreign = await send(app, worker, 'POST', `/api/cases/${caseId}/tasks`, {
      title: 'Assigned outside',
      assignedUserId: outsider.id,
    });
    expect(foreign.status).toBe(400);
    expect((await errorOf(foreign)).issues).toEqual([expect.objectContaining({ path: 'body.assignedUserId' })]);
    const done = await send(app, worker, 'PATCH', `/api/cases/${caseId}/tasks/${task.id}`, {
      version: task.version,
      status: 'done',
    });
    expect(done.status).toBe(200);
    expect(((await done.json()) as { completedAt: string | null }).completedAt).not.toBeNull();
    const stale = await send(app, worker, 'PATCH', `/api/cases/${caseId}/tasks/${task.id}`, {
      version: task.version,
      status: 'open',
    });
    expect(stale.status).toBe(409);
    expect(
      (await send(app, worker, 'POST', `/api/cases/${caseId}/tasks`, { title: 'Bad date', dueOn: '2025-02-30' }))
        .status,
    ).toBe(400);
  });

  const upload = (
    app: ReturnType<typeof createApp>['app'],
    who: SignedIn,
    caseId: string,
    name: string,
    type: string,
    bytes: Uint8Array,
  ) =>
    app.request(
      new Request(`http://raksa.test/api/cases/${caseId}/attachments?fileName=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { ...who.headers(true), 'content-type': type },
        body: bytes,
      }),
    );

  it('stores an attachment encrypted with its SHA-256 and gives the same bytes back', async () => {
    const { app, store, worker, caseId, otherCaseId } = await setUp();
    const bytes = new Uint8Array(300_000).map((_, index) => (index * 7) % 256);
    bytes.set(new TextEncoder().encode('%PDF-1.7'), 0);
    const response = await upload(app, worker, caseId, 'ស្ថានភាព statement.pdf', 'application/pdf', bytes);
    expect(response.status).toBe(201);
    const stored = (await response.json()) as {
      id: string;
      sizeBytes: number;
      contentSha256: string;
      fileName: string;
    };
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(stored).toMatchObject({
      sizeBytes: bytes.byteLength,
      contentSha256: sha,
      fileName: 'ស្ថានភាព statement.pdf',
    });
    const download = await send(app, worker, 'GET', `/api/cases/${caseId}/attachments/${stored.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-sha256')).toBe(sha);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"; filename\*=UTF-8''/u);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    expect((await send(app, worker, 'GET', `/api/cases/${otherCaseId}/attachments/${stored.id}`)).status).toBe(404);
    // The bytes are not in the database in clear.
    const attachments = await store.attachments.listForCase(caseId);
    expect(attachments).toHaveLength(1);
  });

  it('refuses oversized, empty, mistyped and path-named uploads', async () => {
    const { app, worker, caseId } = await setUp();
    const small = new TextEncoder().encode('fictional');
    expect(
      (await upload(app, worker, caseId, 'big.pdf', 'application/pdf', new Uint8Array(10 * 1024 * 1024 + 1))).status,
    ).toBe(413);
    expect((await upload(app, worker, caseId, 'empty.txt', 'text/plain', new Uint8Array(0))).status).toBe(400);
    expect((await upload(app, worker, caseId, 'page.html', 'text/html', small)).status).toBe(415);
    expect((await upload(app, worker, caseId, 'run.exe', 'application/octet-stream', small)).status).toBe(415);
    expect((await upload(app, worker, caseId, '../../etc/passwd', 'text/plain', small)).status).toBe(400);
    expect((await upload(app, worker, caseId, 'a\u0000b.txt', 'text/plain', small)).status).toBe(400);
    expect((await upload(app, worker, caseId, 'x'.repeat(256), 'text/plain', small)).status).toBe(400);
    const noName = await app.request(
      new Request(`http://raksa.test/api/cases/${caseId}/attachments`, {
        method: 'POST',
        headers: { ...worker.headers(true), 'content-type': 'text/plain' },
        body: small,
      }),
    );
    expect(noName.status).toBe(400);
    const noCsrf = await app.request(
      new Request(`http://raksa.test/api/cases/${caseId}/attachments?fileName=a.txt`, {
        method: 'POST',
        headers: { cookie: worker.cookie, 'content-type': 'text/plain' },
        body: small,
      }),
    );
    expect(noCsrf.status).toBe(403);
  });

  it('withdraws a trafficking event recorded in error: off the timeline, its history and reason kept', async () => {
    const { app, store, worker, caseId, otherCaseId } = await setUp();
    const path = `/api/cases/${caseId}/trafficking-events`;
    const added = (await (
      await send(app, worker, 'POST', path, { eventType: 'Transit', place: 'A fictional river crossing' })
    ).json()) as {
      id: string;
      version: number;
    };
    const wrongCase = await send(
      app,
      worker,
      'POST',
      `/api/cases/${otherCaseId}/trafficking-events/${added.id}/withdraw`,
      {
        version: added.version,
        reason: 'Fictional mistake',
      },
    );
    expect(wrongCase.status).toBe(404);
    expect((await send(app, worker, 'POST', `${path}/${added.id}/withdraw`, { version: added.version })).status).toBe(
      400,
    );
    const stale = await send(app, worker, 'POST', `${path}/${added.id}/withdraw`, {
      version: 99,
      reason: 'Entered twice',
    });
    expect(stale.status).toBe(409);
    const withdrawn = await send(app, worker, 'POST', `${path}/${added.id}/withdraw`, {
      version: added.version,
      reason: 'Entered twice (fictional)',
    });
    expect(withdrawn.status).toBe(200);
    expect(((await (await send(app, worker, 'GET', path)).json()) as { items: unknown[] }).items).toEqual([]);
    // Gone from the timeline: neither changed nor withdrawn again.
    expect((await send(app, worker, 'PATCH', `${path}/${added.id}`, { version: 2, place: 'x' })).status).toBe(404);
    expect(
      (await send(app, worker, 'POST', `${path}/${added.id}/withdraw`, { version: 2, reason: 'again' })).status,
    ).toBe(404);
    const history = await store.history.forRecord('trafficking_events', added.id);
    const withdrawal = history.filter((entry) => entry.recordVersion === 2).map((entry) => entry.field);
    expect(withdrawal.sort()).toEqual(['removalReason', 'removedAt']);
    expect(history.find((entry) => entry.field === 'place')?.newValue).toBe('A fictional river crossing');
    // …and the case's history still shows it, and its withdrawal.
    const caseHistory = (await (await send(app, worker, 'GET', `/api/cases/${caseId}/history`)).json()) as {
      items: { recordId: string; field: string; newValue: unknown }[];
    };
    const ofEvent = caseHistory.items.filter((entry) => entry.recordId === added.id);
    expect(
      ofEvent.some((entry) => entry.field === 'removalReason' && entry.newValue === 'Entered twice (fictional)'),
    ).toBe(true);
  });

  it('plans services and records them delivered (with the date) or not (with the reason)', async () => {
    const { app, worker, caseId, otherCaseId } = await setUp();
    const me = (await (await send(app, worker, 'GET', '/api/auth/me')).json()) as { user: { organisationId: string } };
    const path = `/api/cases/${caseId}/services`;
    const planned = await send(app, worker, 'POST', path, {
      serviceType: 'psychosocial',
      providerOrganisationId: me.user.organisationId,
      plannedOn: '2026-11-01',
      note: 'Weekly counselling (fictional).',
    });
    expect(planned.status).toBe(201);
    const service = (await planned.json()) as { id: string; version: number; status: string };
    expect(service.status).toBe('planned');
    const noDate = await send(app, worker, 'PATCH', `${path}/${service.id}`, {
      version: service.version,
      status: 'delivered',
    });
    expect(noDate.status).toBe(400);
    const early = await send(app, worker, 'PATCH', `${path}/${service.id}`, {
      version: service.version,
      status: 'delivered',
      deliveredOn: '2026-10-01',
    });
    expect(early.status).toBe(400);
    const delivered = await send(app, worker, 'PATCH', `${path}/${service.id}`, {
      version: service.version,
      status: 'delivered',
      deliveredOn: '2026-11-08',
    });
    expect(delivered.status).toBe(200);
    const declined = await send(app, worker, 'POST', path, {
      serviceType: 'livelihoods',
      status: 'not_delivered',
      notDeliveredReason: 'declined_by_person',
    });
    expect(declined.status).toBe(201);
    expect((await send(app, worker, 'POST', path, { serviceType: 'food', status: 'not_delivered' })).status).toBe(400);
    expect((await send(app, worker, 'POST', path, { serviceType: 'teleportation' })).status).toBe(400);
    expect((await send(app, worker, 'POST', path, { serviceType: 'food', note: 'x'.repeat(2001) })).status).toBe(400);
    expect((await send(app, worker, 'POST', path, { serviceType: 'food', plannedOn: '2026-02-30' })).status).toBe(400);
    const polluted = JSON.parse('{"serviceType":"food","__proto__":{"status":"delivered"}}') as unknown;
    expect((await send(app, worker, 'POST', path, polluted)).status).toBe(400);
    const hostile = "Robert'); DROP TABLE case_services;-- <script>alert(1)</script>";
    const stored = (await (await send(app, worker, 'POST', path, { serviceType: 'food', note: hostile })).json()) as {
      note: string;
      status: string;
    };
    expect(stored).toMatchObject({ note: hostile, status: 'planned' });
    expect(
      (await send(app, worker, 'POST', path, { serviceType: 'food', providerOrganisationId: crypto.randomUUID() }))
        .status,
    ).toBe(400);
    expect(
      (await send(app, worker, 'PATCH', `/api/cases/${otherCaseId}/services/${service.id}`, { version: 2, note: 'x' }))
        .status,
    ).toBe(404);
    const listed = (await (await send(app, worker, 'GET', path)).json()) as {
      items: { serviceType: string; status: string; note: string | null }[];
    };
    expect(listed.items.map((item) => [item.serviceType, item.status])).toEqual([
      ['psychosocial', 'delivered'],
      ['livelihoods', 'not_delivered'],
      ['food', 'planned'],
    ]);
    expect(listed.items[0]?.note).toBe('Weekly counselling (fictional).');
  });

  it('lists the criminal cases in which a person is a party', async () => {
    const { app, store, investigator } = await setUp();
    const me = (await (await send(app, investigator, 'GET', '/api/auth/me')).json()) as {
      user: { organisationId: string };
    };
    const open = async (unit: string) =>
      (await (await send(app, investigator, 'POST', '/api/criminal-cases', { unit })).json()) as { id: string };
    const first = await open('Fictional unit A');
    const second = await open('Fictional unit B');
    await open('Fictional unit C');
    const suspect = await store.persons.create(
      { personKind: 'suspect', organisationId: me.user.organisationId },
      { userId: null },
    );
    for (const criminalCase of [first, second]) {
      const linked = await send(app, investigator, 'POST', `/api/criminal-cases/${criminalCase.id}/parties`, {
        personId: suspect.id,
        role: 'suspect',
      });
      expect(linked.status).toBeLessThan(300);
    }
    const listed = (await (
      await send(app, investigator, 'GET', `/api/criminal-cases?personId=${suspect.id}`)
    ).json()) as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id).sort()).toEqual([first.id, second.id].sort());
    const nobody = (await (
      await send(app, investigator, 'GET', `/api/criminal-cases?personId=${crypto.randomUUID()}`)
    ).json()) as { items: unknown[] };
    expect(nobody.items).toEqual([]);
    expect((await send(app, investigator, 'GET', '/api/criminal-cases?personId=1%27%20OR%201%3D1')).status).toBe(400);
  });

  it('records suspect outcomes: dismissal at any time, conviction only after a verdict, sentence only with a conviction', async () => {
    const { app, store, investigator } = await setUp();
    const created = await send(app, investigator, 'POST', '/api/criminal-cases', { unit: 'Fictional unit' });
    const criminalCase = (await created.json()) as { id: string; version: number };
    const me = (await (await send(app, investigator, 'GET', '/api/auth/me')).json()) as {
      user: { organisationId: string };
    };
    const suspect = await store.persons.create(
      { personKind: 'suspect', organisationId: me.user.organisationId },
      { userId: null },
    );
    await send(app, investigator, 'POST', `/api/criminal-cases/${criminalCase.id}/parties`, {
      personId: suspect.id,
      role: 'suspect',
    });
    const outcomes = `/api/criminal-cases/${criminalCase.id}/outcomes`;
    const early = await send(app, investigator, 'POST', outcomes, {
      personId: suspect.id,
      outcome: 'convicted',
      decidedOn: TODAY,
      sentenceMonths: 60,
    });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe('invalid_transition');
    let version = criminalCase.version;
    for (const stage of ['charge', 'verdict']) {
      const advanced = await send(app, investigator, 'POST', `/api/criminal-cases/${criminalCase.id}/stages`, {
        version,
        stage,
        occurredOn: TODAY,
      });
      expect(advanced.status).toBe(201);
      version = ((await advanced.json()) as { criminalCase: { version: number } }).criminalCase.version;
    }
    const convicted = await send(app, investigator, 'POST', outcomes, {
      personId: suspect.id,
      outcome: 'convicted',
      decidedOn: TODAY,
      sentenceMonths: 60,
      fineAmount: 4_000_000,
      compensationAmount: 10_000_000,
    });
    expect(convicted.status).toBe(201);
    const outcome = (await convicted.json()) as { id: string; version: number; currency: string };
    expect(outcome.currency).toBe('KHR');
    expect(
      (
        await send(app, investigator, 'POST', outcomes, {
          personId: suspect.id,
          outcome: 'dismissed',
          decidedOn: TODAY,
        })
      ).status,
    ).toBe(409);
    const acquittalWithSentence = await send(app, investigator, 'PATCH', `${outcomes}/${outcome.id}`, {
      version: outcome.version,
      outcome: 'acquitted',
    });
    expect(acquittalWithSentence.status).toBe(400);
    const acquitted = await send(app, investigator, 'PATCH', `${outcomes}/${outcome.id}`, {
      version: outcome.version,
      outcome: 'acquitted',
      sentenceMonths: null,
    });
    expect(acquitted.status).toBe(200);
    expect(
      (
        await send(app, investigator, 'POST', outcomes, {
          personId: suspect.id,
          outcome: 'convicted',
          decidedOn: TODAY,
          fineAmount: -5,
        })
      ).status,
    ).toBe(400);
    const page = (await (await send(app, investigator, 'GET', `/api/criminal-cases/${criminalCase.id}`)).json()) as {
      outcomes: { outcome: string }[];
    };
    expect(page.outcomes.map((o) => o.outcome)).toEqual(['acquitted']);
  });
});
