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
type RecordName = 'case' | 'person' | 'tip' | 'consent' | 'incomingReferral' | 'criminalCase';

interface MatrixEntry {
  body?: unknown;
  query?: string;
  record?: RecordName;
  /** Whether the role may, given the records' ownership. */
  expected: (actor: Actor, owners: Record<RecordName, ResourceOwnership>) => boolean;
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
  'post /api/cases/{id}/referrals': {
    record: 'case',
    body: 'referral',
    expected: onRecord('referral.create', 'case'),
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
    body: { offenceCode: 'fictional-unknown-code' },
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'post /api/criminal-cases/{id}/stages': {
    record: 'criminalCase',
    body: { version: 1, stage: 'complaint', occurredOn: TODAY },
    expected: onRecord('prosecution.write', 'criminalCase'),
  },
  'get /api/offences': { expected: atAll('prosecution.read') },
  'get /api/statistics': { query: '?from=2020-01-01&to=2026-12-31', expected: atAll('statistics.read') },
  'get /api/deidentified/cases': { expected: atAll('deidentified.read') },
  'post /api/exports/cases.csv': { body: {}, expected: atAll('export.csv') },
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
  const owners = {} as Record<RecordName, ResourceOwnership>;
  let otherOrganisationId = '';

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
    Object.assign(ids, {
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
      const path = route.path.replace('{id}', ids.case).replace('{code}', 'RK-AAAA-AAAA-AAAA');
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
    for (const [key, entry] of Object.entries(MATRIX)) {
      const [method, pattern] = key.split(' ') as [string, string];
      if (entry.record !== undefined) expect(ids[entry.record], `${key}: record`).toMatch(/^[\da-f-]{36}$/u);
      const path = entry.record === undefined ? pattern : pattern.replace('{id}', ids[entry.record]);
      let body = entry.body;
      if (body === 'victimPersonId') body = { victimPersonId: ids.person };
      if (body === 'party') body = { personId: ids.person, role: 'victim' };
      if (body === 'referral') body = { toOrganisationId: otherOrganisationId, serviceType: codeLists.serviceTypes[0] };
      const init: RequestInit = { method: method.toUpperCase(), headers: session.headers(method !== 'get') };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      const response = await app.app.request(path + (entry.query ?? ''), init);
      const text = await response.text();
      const forbidden = response.status === 403 && text.includes('"forbidden"');
      const allowed = entry.expected(actor, owners);
      expect(response.status, `${key}: ${text.slice(0, 200)}`).not.toBe(401);
      expect(response.status, `${key}: ${text.slice(0, 200)}`).toBeLessThan(500);
      outcomes.push(`${key} → ${allowed ? 'allowed' : 'denied'}`);
      expect(forbidden ? 'denied' : 'allowed', `${role} ${key} (${response.status} ${text.slice(0, 200)})`).toBe(
        allowed ? 'allowed' : 'denied',
      );
    }
    expect(outcomes).toHaveLength(Object.keys(MATRIX).length);
  });

  it('audits every refused attempt on victim data', async () => {
    const { session, actor } = sessions.get('analyst')!;
    await app.app.request(`/api/cases/${ids.case}`, { headers: session.headers() });
    const entries = await store.audit.list({ actorUserId: actor.userId });
    expect(entries.some((entry) => entry.action === 'case.read' && entry.outcome === 'denied')).toBe(true);
  });
});
