import { closureReasons, codeLists, type Store } from '@raksa/store';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { hashPassword } from '../auth/password-hashing.ts';
import type { Action } from '../policy/actions.ts';
import type { Actor, ResourceOwnership } from '../policy/actor.ts';
import { can } from '../policy/can.ts';
import { ROLES, type Role } from '../policy/roles.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { createOrganisation, createStaff, signIn, TEST_PASSWORD, type SignedIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

/**
 * The role × endpoint matrix: every role signs in and calls every registered endpoint on records
 * of its own organisation (owned by a colleague in its team) and on records it may only reach
 * through a referral. Denied means 403 `forbidden`; allowed means anything else but 401/403
 * forbidden (a stale version, a missing consent or an invalid transition are business answers).
 */
type RecordName =
  'case' | 'person' | 'tip' | 'consent' | 'incomingReferral' | 'criminalCase' | 'user' | 'organisation' | 'offence';
/** Ids of records nested under a case or criminal case, for paths such as `/api/cases/{id}/tasks/{taskId}`. */
type NestedName = 'taskId' | 'eventId' | 'attachmentId' | 'outcomeId' | 'serviceId';

interface MatrixEntry {
  body?: unknown;
  /** A raw file upload instead of a JSON body. */
  upload?: { mediaType: string; bytes: Uint8Array };
  query?: string;
  record?: RecordName;
  /** Whether the role may, given the records' ownership. */
  expected: (actor: Actor, owners: Record<RecordName, ResourceOwnership>) => boolean;
  /**
   * The business answers (error codes) an allowed call may get instead of a 2xx, because the
   * matrix replays the same request for every role (a version already used, a transition already
   * made). Anything else from an allowed role fails the test.
   */
  mayAnswer?: readonly string[];
}

const onRecord =
  (action: Action, record: RecordName): MatrixEntry['expected'] =>
  (actor, owners) =>
    can(actor, action, owners[record]);
const atAll =
  (action: Action): MatrixEntry['expected'] =>
  (actor) =>
    can(actor, action);
const TODAY = new Date().toISOString().slice(0, 10);
const anyone: MatrixEntry['expected'] = () => true;

const MATRIX: Record<string, MatrixEntry> = {
  'get /api/tips': { expected: atAll('tip.read') },
  'get /api/tips/{id}': { record: 'tip', expected: onRecord('tip.read', 'tip') },
  'post /api/tips/{id}/triage': {
    record: 'tip',
    body: { version: 1, status: 'in_review' },
    expected: onRecord('tip.triage', 'tip'),
  },
  'post /api/tips/{id}/case': {
    record: 'tip',
    body: { version: 1, victim: {} },
    expected: onRecord('tip.triage', 'tip'),
  },
  'post /api/calls': {
    body: { transcript: 'A fictional caller asks about a job offer.' },
    expected: atAll('tip.create'),
  },
  'post /api/persons': { body: { personKind: 'witness' }, expected: atAll('person.write') },
  'get /api/persons/{id}': { record: 'person', expected: onRecord('person.read', 'person') },
  'patch /api/persons/{id}': {
    record: 'person',
    body: { version: 1, sex: 'female' },
    expected: onRecord('person.write', 'person'),
  },
  'get /api/cases': { expected: atAll('case.read') },
  'post /api/cases': {
    body: 'victimPersonId',
    expected: (actor, owners) => can(actor, 'case.create') && can(actor, 'person.read', owners.person),
  },
  'get /api/cases/{id}': { record: 'case', expected: onRecord('case.read', 'case') },
  'patch /api/cases/{id}': {
    record: 'case',
    body: { version: 1, riskLevel: 'high' },
    expected: onRecord('case.update', 'case'),
  },
  'post /api/cases/{id}/trafficking-status': {
    record: 'case',
    body: { version: 1, status: 'possible', decidedByKind: codeLists.statusDeciderKinds[0] },
    expected: onRecord('case.update', 'case'),
  },
  'post /api/cases/{id}/close': {
    record: 'case',
    body: { version: 1, reason: closureReasons[0] },
    expected: onRecord('case.close', 'case'),
  },
  'post /api/cases/{id}/reopen': { record: 'case', body: { version: 1 }, expected: onRecord('case.close', 'case') },
  'post /api/persons/{id}/consents': {
    record: 'person',
    body: { purpose: 'services', legalBasis: 'consent', givenBy: 'subject', givenOn: TODAY },
    expected: onRecord('consent.record', 'person'),
  },
  'get /api/persons/{id}/consents': { record: 'person', expected: onRecord('consent.read', 'person') },
  'post /api/consents/{id}/withdraw': {
    record: 'consent',
    body: { version: 1, withdrawnOn: TODAY },
    expected: onRecord('consent.record', 'person'),
  },
  'post /api/cases/{id}/screenings': {
    record: 'case',
    body: { screenedOn: TODAY, subjectIsChild: false, answers: {} },
    expected: onRecord('screening.submit', 'case'),
  },
  'get /api/cases/{id}/screenings': { record: 'case', expected: onRecord('screening.read', 'case') },
  'get /api/cases/{id}/screening-suggestions': { record: 'case', expected: onRecord('screening.read', 'case') },
  'post /api/cases/{id}/referrals': {
    record: 'case',
    body: 'referral',
    expected: onRecord('referral.create', 'case'),
    // An earlier role in the run may have closed the case: a closed case takes no referral.
    mayAnswer: ['invalid_transition'],
  },
  'get /api/cases/{id}/referrals': { record: 'case', expected: onRecord('referral.read', 'case') },
  'get /api/referrals/incoming': { expected: atAll('referral.read_received') },
  'get /api/referrals/{id}': {
    record: 'incomingReferral',
    expected: onRecord('referral.read_received', 'incomingReferral'),
  },
  'post /api/referrals/{id}/accept': {
    record: 'incomingReferral',
    body: { version: 1 },
    expected: onRecord('referral.respond', 'incomingReferral'),
  },
  'post /api/referrals/{id}/reject': {
    record: 'incomingReferral',
    body: { version: 1, reason: 'No shelter space this month.' },
    expected: onRecord('referral.respond', 'incomingReferral'),
  },
  'post /api/referrals/{id}/complete': {
    record: 'incomingReferral',
    body: { version: 1 },
    expected: onRecord('referral.respond', 'incomingReferral'),
  },
  // The incoming referral's case belongs to the other organisation: no one here may revoke it.
  'post /api/referrals/{id}/revoke': {
    record: 'incomingReferral',
    body: { version: 1, reason: 'Made in error.' },
    expected: () => false,
  },
  'get /api/criminal-cases': { expected: atAll('prosecution.read') },
  'post /api/criminal-cases': {
    body: { unit: 'Fictional anti-trafficking unit' },
    expected: atAll('prosecution.write'),
  },
  'get /api/criminal-cases/{id}': { record: 'criminalCase', expected: onRecord('prosecution.read', 'criminalCase') },
  'post /api/criminal-cases/{id}/parties': {
    record: 'criminalCase',
    body: 'party',
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'post /api/criminal-cases/{id}/offences': {
    record: 'criminalCase',
    body: { offenceCode: 'KH.LSHTSE2008.42' },
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'post /api/criminal-cases/{id}/stages': {
    record: 'criminalCase',
    body: { version: 1, stage: 'complaint', occurredOn: TODAY },
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'post /api/criminal-cases/{id}/outcomes': {
    record: 'criminalCase',
    body: 'outcome',
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'patch /api/criminal-cases/{id}/outcomes/{outcomeId}': {
    record: 'criminalCase',
    body: { version: 1, fineAmount: 0 },
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'get /api/offences': { expected: anyone },
  'get /api/cases/{id}/exploitation-profile': { record: 'case', expected: onRecord('case.read', 'case') },
  'put /api/cases/{id}/exploitation-profile': {
    record: 'case',
    body: { version: null, exploitationTypes: [codeLists.exploitationTypes[0]] },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/trafficking-events': { record: 'case', expected: onRecord('case.read', 'case') },
  'post /api/cases/{id}/trafficking-events': {
    record: 'case',
    body: { eventType: 'Recruitment', place: 'A fictional bus station' },
    expected: onRecord('case.update', 'case'),
  },
  'patch /api/cases/{id}/trafficking-events/{eventId}': {
    record: 'case',
    body: { version: 1, place: 'A fictional border crossing' },
    expected: onRecord('case.update', 'case'),
  },
  // After the change above: the first role allowed withdraws the event, the next ones find it gone (404).
  'post /api/cases/{id}/trafficking-events/{eventId}/withdraw': {
    record: 'case',
    body: { version: 2, reason: 'Recorded in error (fictional).' },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/services': { record: 'case', expected: onRecord('case.read', 'case') },
  'post /api/cases/{id}/services': {
    record: 'case',
    body: { serviceType: codeLists.serviceTypes[0], plannedOn: TODAY },
    expected: onRecord('case.update', 'case'),
  },
  'patch /api/cases/{id}/services/{serviceId}': {
    record: 'case',
    body: { version: 1, status: 'delivered', deliveredOn: TODAY },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/notes': { record: 'case', expected: onRecord('case.read', 'case') },
  'post /api/cases/{id}/notes': {
    record: 'case',
    body: { body: 'A fictional note.' },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/tasks': { record: 'case', expected: onRecord('case.read', 'case') },
  'post /api/cases/{id}/tasks': {
    record: 'case',
    body: { title: 'Call the fictional shelter', dueOn: TODAY },
    expected: onRecord('case.update', 'case'),
  },
  'patch /api/cases/{id}/tasks/{taskId}': {
    record: 'case',
    body: { version: 1, status: 'done' },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/attachments': { record: 'case', expected: onRecord('case.read', 'case') },
  'post /api/cases/{id}/attachments': {
    record: 'case',
    query: '?fileName=statement.txt',
    upload: { mediaType: 'text/plain', bytes: new TextEncoder().encode('A fictional statement.') },
    expected: onRecord('case.update', 'case'),
  },
  'get /api/cases/{id}/attachments/{attachmentId}': { record: 'case', expected: onRecord('case.read', 'case') },
  'get /api/cases/{id}/history': { record: 'case', expected: onRecord('case.read', 'case') },
  'get /api/persons/{id}/history': { record: 'person', expected: onRecord('person.read', 'person') },
  'get /api/referrals/{id}/history': {
    record: 'incomingReferral',
    expected: onRecord('referral.read_received', 'incomingReferral'),
  },
  'get /api/tips/{id}/history': { record: 'tip', expected: onRecord('tip.read', 'tip') },
  'get /api/criminal-cases/{id}/history': {
    record: 'criminalCase',
    expected: onRecord('prosecution.read', 'criminalCase'),
  },
  'get /api/users/{id}/history': { record: 'user', expected: onRecord('user.manage', 'user') },
  'get /api/cases/{id}/audit-trail': { record: 'case', expected: onRecord('case.audit_trail', 'case') },
  'get /api/persons': { query: '?name=Fictional', expected: atAll('person.read') },
  'get /api/tips/{id}/links': { record: 'tip', expected: onRecord('tip.read', 'tip') },
  'get /api/persons/{id}/links': { record: 'person', expected: onRecord('person.read', 'person') },
  'get /api/users': { expected: atAll('user.manage') },
  'post /api/users': { body: 'newUser', expected: onRecord('user.manage', 'user') },
  'patch /api/users/{id}': {
    record: 'user',
    body: { version: 1, displayName: 'Fictional Renamed Colleague' },
    expected: onRecord('user.manage', 'user'),
  },
  'post /api/users/{id}/password-reset': {
    record: 'user',
    body: { version: 1 },
    expected: onRecord('user.manage', 'user'),
  },
  'post /api/users/{id}/unlock': { record: 'user', body: { version: 1 }, expected: onRecord('user.manage', 'user') },
  'get /api/colleagues': { expected: anyone },
  'get /api/audit-log': { expected: atAll('audit.read') },
  'get /api/organisations': { expected: anyone },
  'get /api/organisations/{id}': { record: 'organisation', expected: anyone },
  'post /api/organisations': { body: 'newOrganisation', expected: atAll('organisation.manage') },
  'patch /api/organisations/{id}': {
    record: 'organisation',
    body: { version: 1, shortName: 'FMN' },
    expected: atAll('organisation.manage'),
  },
  'get /api/organisations/{id}/teams': { record: 'organisation', expected: anyone },
  'post /api/organisations/{id}/teams': {
    record: 'organisation',
    body: 'newTeam',
    expected: onRecord('team.manage', 'organisation'),
  },
  'get /api/locations': { expected: anyone },
  'post /api/locations': { body: 'location', expected: atAll('reference.manage') },
  'post /api/offences': {
    body: {
      code: 'fictional.matrix.offence',
      statute: 'Fictional Act',
      labelEn: 'A fictional offence',
      category: 'other',
    },
    expected: atAll('reference.manage'),
  },
  'patch /api/offences/{id}': {
    record: 'offence',
    body: { version: 1, labelKm: null },
    expected: atAll('reference.manage'),
  },
  'get /api/statistics': { query: '?from=2020-01-01&to=2026-12-31', expected: atAll('statistics.read') },
  'get /api/deidentified/cases': { expected: atAll('deidentified.read') },
  'post /api/exports/cases.csv': { body: {}, expected: atAll('export.csv') },
  'get /api/case-exports': { expected: atAll('audit.read') },
};

/** Routes open to any signed-in user; the matrix only checks they refuse anonymous callers. */
const SESSION_ROUTES = [
  'get /api/auth/me',
  'post /api/auth/logout',
  'post /api/auth/totp/enrol',
  'post /api/auth/totp/confirm',
  'post /api/auth/password',
];

describeEachDatabase('the role × endpoint matrix', (getStore) => {
  const SYSTEM = { userId: null };
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const sessions = new Map<Role, { actor: Actor; session: SignedIn }>();
  const ids = {} as Record<RecordName, string>;
  const nested = {} as Record<NestedName, string>;
  let suspectId = '';
  let provinceId = '';
  let provinceCode = '';
  const owners = {} as Record<RecordName, ResourceOwnership>;
  let otherOrganisationId = '';

  const withNested = (path: string) =>
    path.replace(
      /\{(taskId|eventId|attachmentId|outcomeId|serviceId)\}/gu,
      (_match, name: NestedName) => nested[name] ?? name,
    );

  beforeAll(async () => {
    store = getStore();
    app = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 10_000 } } });
    const here = await createOrganisation(store, 'Fictional Matrix NGO');
    const there = await createOrganisation(store, 'Fictional Matrix Shelter');
    otherOrganisationId = there.organisation.id;
    const where = { organisationId: here.organisation.id, teamId: here.team.id };
    const colleague = await createStaff(store, where, ['case_worker']);
    const colleagueActor = { userId: colleague.id };

    const person = await store.persons.create(
      { personKind: 'victim', organisationId: here.organisation.id, estimatedAge: 25 },
      colleagueActor,
    );
    const theCase = await store.cases.create(
      {
        victimPersonId: person.id,
        organisationId: here.organisation.id,
        teamId: here.team.id,
        ownerUserId: colleague.id,
      },
      colleagueActor,
    );
    const consent = await store.consents.record(
      {
        personId: person.id,
        purpose: 'non_identifying_reporting',
        legalBasis: 'consent',
        givenBy: 'subject',
        givenOn: TODAY,
      },
      colleagueActor,
    );
    const { report } = await store.reports.create(
      {
        kind: 'tip',
        channel: 'web',
        body: 'A fictional tip.',
        organisationId: here.organisation.id,
        teamId: here.team.id,
        assignedUserId: colleague.id,
      },
      SYSTEM,
    );
    const theirPerson = await store.persons.create(
      { personKind: 'victim', organisationId: there.organisation.id },
      SYSTEM,
    );
    const theirCase = await store.cases.create(
      { victimPersonId: theirPerson.id, organisationId: there.organisation.id },
      SYSTEM,
    );
    const incoming = await store.referrals.make(
      {
        caseId: theirCase.id,
        fromOrganisationId: there.organisation.id,
        toOrganisationId: here.organisation.id,
        serviceType: codeLists.serviceTypes[0],
        consentOverride: { reason: 'Fictional emergency placement for the matrix test.' },
      },
      SYSTEM,
    );
    const criminalCase = await store.criminalCases.create({ organisationId: here.organisation.id }, SYSTEM);
    const suspect = await store.persons.create({ personKind: 'suspect', organisationId: here.organisation.id }, SYSTEM);
    const decided = await store.persons.create({ personKind: 'suspect', organisationId: here.organisation.id }, SYSTEM);
    await store.criminalCases.addParty(criminalCase.id, suspect.id, 'suspect');
    await store.criminalCases.addParty(criminalCase.id, decided.id, 'suspect');
    const outcome = await store.criminalCases.recordOutcome(
      criminalCase.id,
      { personId: decided.id, outcome: 'dismissed', decidedOn: TODAY },
      SYSTEM,
    );
    suspectId = suspect.id;
    const task = await store.tasks.create({ caseId: theCase.id, title: 'A fictional task' }, colleagueActor);
    const event = await store.traffickingEvents.add({ caseId: theCase.id, eventType: 'Transit' }, colleagueActor);
    const service = await store.services.add({ caseId: theCase.id, serviceType: 'psychosocial' }, colleagueActor);
    const attachment = await store.attachments.add(
      {
        caseId: theCase.id,
        fileName: 'fictional.txt',
        mimeType: 'text/plain',
        content: new TextEncoder().encode('Fictional.'),
      },
      colleagueActor,
    );
    Object.assign(nested, {
      taskId: task.id,
      eventId: event.id,
      attachmentId: attachment.id,
      outcomeId: outcome.id,
      serviceId: service.id,
    });
    const [offence] = await store.offences.list();
    const [province] = await store.locations.provinces('KH');
    provinceId = province!.id;
    provinceCode = province!.code;
    Object.assign(ids, {
      user: colleague.id,
      organisation: here.organisation.id,
      offence: offence!.id,
      criminalCase: criminalCase.id,
      case: theCase.id,
      person: person.id,
      tip: report.id,
      consent: consent.id,
      incomingReferral: incoming.id,
    });
    const caseOwner = { organisationId: here.organisation.id, teamId: here.team.id, ownerUserId: colleague.id };
    Object.assign(owners, {
      case: caseOwner,
      tip: caseOwner,
      person: { organisationId: here.organisation.id, teamId: null, ownerUserId: colleague.id },
      consent: { organisationId: here.organisation.id, teamId: null, ownerUserId: colleague.id },
      incomingReferral: { organisationId: there.organisation.id, recipientOrganisationId: here.organisation.id },
      criminalCase: { organisationId: here.organisation.id },
      user: { organisationId: here.organisation.id },
      organisation: { organisationId: here.organisation.id },
      offence: {},
    });

    const passwordHash = await hashPassword(TEST_PASSWORD);
    for (const role of ROLES) {
      const user = await store.users.create(
        {
          login: `matrix.${role}.${Date.now().toString(36)}`,
          displayName: `Fictional ${role}`,
          roles: [role],
          passwordHash,
          ...where,
        },
        SYSTEM,
      );
      sessions.set(role, {
        actor: { userId: user.id, roles: [role], organisationId: where.organisationId, teamIds: [where.teamId] },
        session: await signIn(app.app, user.login),
      });
    }
  }, 120_000);

  it('has a matrix entry for every registered endpoint that needs a permission', () => {
    const guarded = app.routes
      .filter((route) => route.access !== 'public')
      .map((route) => `${route.method} ${route.path}`);
    const covered = new Set([...Object.keys(MATRIX), ...SESSION_ROUTES]);
    expect(guarded.filter((key) => !covered.has(key))).toEqual([]);
    expect([...covered].filter((key) => !guarded.includes(key))).toEqual([]);
  });

  it('refuses every guarded endpoint without a session, and serves public ones without', async () => {
    for (const route of app.routes) {
      const key = `${route.method} ${route.path}`;
      const path = withNested(route.path.replace('{id}', ids.case).replace('{code}', 'RK-AAAA-AAAA-AAAA'));
      const init: RequestInit = { method: route.method.toUpperCase() };
      if (route.method !== 'get') Object.assign(init, { headers: { 'content-type': 'application/json' }, body: '{}' });
      const response = await app.app.request(path + (MATRIX[key]?.query ?? ''), init);
      if (route.access === 'public') expect(response.status, key).not.toBe(401);
      else expect(response.status, key).toBe(401);
    }
  });

  it.each(ROLES)('allows and denies %s exactly as the policy says, on every endpoint', async (role) => {
    const { actor, session } = sessions.get(role)!;
    const outcomes: string[] = [];
    const unexpected: string[] = [];
    for (const [key, entry] of Object.entries(MATRIX)) {
      const [method, pattern] = key.split(' ') as [string, string];
      if (entry.record !== undefined) expect(ids[entry.record], `${key}: record`).toMatch(/^[\da-f-]{36}$/u);
      const path = withNested(entry.record === undefined ? pattern : pattern.replace('{id}', ids[entry.record]));
      let body = entry.body;
      const unique = `${role.replace('_', '-')}-${Date.now().toString(36)}`;
      if (body === 'outcome') body = { personId: suspectId, outcome: 'dismissed', decidedOn: TODAY };
      if (body === 'newUser') body = { login: `new.${unique}`, displayName: 'Fictional New User', roles: ['analyst'] };
      if (body === 'newOrganisation') body = { name: `Fictional Organisation ${unique}`, kind: 'ngo' };
      if (body === 'newTeam') body = { name: `Fictional Team ${unique}` };
      if (body === 'location')
        body = { parentId: provinceId, code: `${provinceCode}98`, nameLatin: 'Fictional District' };
      if (body === 'victimPersonId') body = { victimPersonId: ids.person };
      if (body === 'party') body = { personId: ids.person, role: 'victim' };
      if (body === 'referral') body = { toOrganisationId: otherOrganisationId, serviceType: codeLists.serviceTypes[0] };
      const init: RequestInit = { method: method.toUpperCase(), headers: session.headers(method !== 'get') };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      if (entry.upload !== undefined) {
        init.body = entry.upload.bytes;
        (init.headers as Record<string, string>)['content-type'] = entry.upload.mediaType;
      }
      const response = await app.app.request(path + (entry.query ?? ''), init);
      const text = await response.text();
      const forbidden = response.status === 403 && text.includes('"forbidden"');
      const allowed = entry.expected(actor, owners);
      if (allowed && response.status >= 300) {
        const code = /"code":"([a-z_]+)"/u.exec(text)?.[1] ?? `status ${response.status}`;
        // A request that sends a version is replayed by every role: after the first, it is stale.
        const replay = typeof body === 'object' && body !== null && 'version' in body;
        const expectedAnswers = [
          ...(entry.mayAnswer ?? []),
          ...(replay ? ['version_conflict', 'invalid_transition'] : []),
        ];
        if (!expectedAnswers.includes(code))
          unexpected.push(`${role} ${key}: ${response.status} ${text.slice(0, 160)}`);
      }
      expect(response.status, `${key}: ${text.slice(0, 200)}`).not.toBe(401);
      expect(response.status, `${key}: ${text.slice(0, 200)}`).toBeLessThan(500);
      outcomes.push(`${key} → ${allowed ? 'allowed' : 'denied'}`);
      expect(forbidden ? 'denied' : 'allowed', `${role} ${key} (${response.status} ${text.slice(0, 200)})`).toBe(
        allowed ? 'allowed' : 'denied',
      );
    }
    expect(outcomes).toHaveLength(Object.keys(MATRIX).length);
    expect(unexpected, 'allowed calls answered with something other than success or a listed business answer').toEqual(
      [],
    );
  });

  it('audits business refusals with their own code, never as internal errors', async () => {
    const entries = await store.audit.list({ page: { limit: 500 } });
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => entry.details.code === 'internal_error')).toEqual([]);
    expect(entries.some((entry) => entry.details.code === 'version_conflict' && entry.outcome === 'failed')).toBe(true);
  });

  it('audits every refused attempt on victim data', async () => {
    const { session, actor } = sessions.get('analyst')!;
    await app.app.request(`/api/cases/${ids.case}`, { headers: session.headers() });
    const entries = await store.audit.list({ actorUserId: actor.userId });
    expect(entries.some((entry) => entry.action === 'case.read' && entry.outcome === 'denied')).toBe(true);
  });
});
