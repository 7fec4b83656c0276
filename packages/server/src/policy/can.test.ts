import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, type Action } from './actions.ts';
import type { Actor, ResourceOwnership } from './actor.ts';
import { can, personViewOf, scopeOf } from './can.ts';
import { ROLES, type Role, type Scope } from './roles.ts';

/**
 * The policy, written out a second time as the specification the table in policy-table.ts must
 * match: for each action, the scope each role holds (`-` = denied).
 * Columns: system_admin, org_admin, supervisor, case_worker, hotline_operator, investigator,
 * referral_recipient, analyst.
 */
const SPECIFICATION = `
tip.read                 -    org   org   -     org   -     -     -
tip.create               -    -     org   -     org   -     -     -
tip.update               -    -     org   -     org   -     -     -
tip.triage               -    -     org   -     org   -     -     -
person.read              -    org   team  own   own   org   -     -
person.write             -    -     team  own   own   own   -     -
case.read                -    org   team  own   -     org   -     -
case.create              -    -     team  own   own   -     -     -
case.update              -    -     team  own   -     -     -     -
case.assign              -    org   team  -     -     -     -     -
case.close               -    org   team  own   -     -     -     -
consent.read             -    org   team  own   -     -     -     -
consent.record           -    -     team  own   -     -     -     -
consent.override         -    org   team  -     -     -     -     -
screening.read           -    org   team  own   -     org   -     -
screening.submit         -    -     team  own   -     -     -     -
referral.read            -    org   team  own   -     -     -     -
referral.create          -    -     team  own   -     -     -     -
referral.read_received   -    org   org   org   -     -     org   -
referral.respond         -    -     org   org   -     -     org   -
prosecution.read         -    org   team  own   -     org   -     -
prosecution.write        -    -     -     -     -     org   -     -
case.audit_trail         -    org   team  -     -     -     -     -
export.csv               -    org   team  -     -     -     -     -
statistics.read          all  org   org   -     -     org   -     all
deidentified.read        -    org   org   -     -     -     -     all
audit.read               all  org   -     -     -     -     -     -
user.manage              all  org   -     -     -     -     -     -
organisation.manage      all  -     -     -     -     -     -     -
team.manage              all  org   -     -     -     -     -     -
reference.manage         all  -     -     -     -     -     -     -
`;

const SCOPE_WORDS: Record<string, Scope | undefined> = {
  '-': undefined,
  own: 'own',
  team: 'team',
  org: 'organisation',
  all: 'all',
};

function specification(): Map<Action, Map<Role, Scope | undefined>> {
  const table = new Map<Action, Map<Role, Scope | undefined>>();
  for (const line of SPECIFICATION.trim().split('\n')) {
    const [action, ...cells] = line.trim().split(/\s+/u);
    expect(cells).toHaveLength(ROLES.length);
    table.set(action as Action, new Map(ROLES.map((role, index) => [role, SCOPE_WORDS[cells[index] ?? '-']])));
  }
  return table;
}

/** How a record relates to the actor, narrowest first. */
const RELATIONS = ['own', 'team', 'organisation', 'other_organisation'] as const;
type Relation = (typeof RELATIONS)[number];
const REACH: Record<Scope, readonly Relation[]> = {
  own: ['own'],
  team: ['own', 'team'],
  organisation: ['own', 'team', 'organisation'],
  all: RELATIONS,
};

function actorWith(role: Role): Actor {
  return { userId: 'user-1', roles: [role], organisationId: 'org-1', teamIds: ['team-1'] };
}

function recordAt(relation: Relation, action: Action): ResourceOwnership {
  const organisationId = relation === 'other_organisation' ? 'org-2' : 'org-1';
  const base = {
    ownerUserId: relation === 'own' ? 'user-1' : 'user-2',
    teamId: relation === 'own' || relation === 'team' ? 'team-1' : 'team-9',
  };
  // Received referrals are owned by the referring organisation and addressed to the actor's (or not).
  return action.startsWith('referral.re') && action !== 'referral.read'
    ? { ...base, organisationId: 'org-3', recipientOrganisationId: organisationId }
    : { ...base, organisationId };
}

describe('the authorisation policy', () => {
  const spec = specification();

  it('covers every action, and the specification names no action that does not exist', () => {
    expect([...spec.keys()].sort()).toEqual([...ACTION_NAMES].sort());
  });

  describe.each(ROLES)('%s', (role) => {
    it.each(ACTION_NAMES)('%s: allowed exactly within the specified scope', (action) => {
      const expected = spec.get(action)?.get(role);
      const actor = actorWith(role);
      expect(scopeOf(actor, action)).toBe(expected);
      expect(can(actor, action)).toBe(expected !== undefined);
      for (const relation of RELATIONS) {
        const allowed = expected !== undefined && REACH[expected].includes(relation);
        expect(can(actor, action, recordAt(relation, action)), `${relation} record`).toBe(allowed);
      }
    });
  });

  it('gives the system administrator and the analyst no access to identifiable victim data', () => {
    for (const role of ['system_admin', 'analyst'] as const) {
      for (const action of ['tip.read', 'person.read', 'case.read', 'referral.read', 'export.csv'] as const) {
        expect(can(actorWith(role), action)).toBe(false);
      }
    }
  });

  it('lets a referral recipient act only on referrals addressed to its own organisation', () => {
    const recipient = actorWith('referral_recipient');
    const addressedHere = { organisationId: 'org-3', recipientOrganisationId: 'org-1' };
    const addressedElsewhere = { organisationId: 'org-1', recipientOrganisationId: 'org-2' };
    expect(can(recipient, 'referral.read_received', addressedHere)).toBe(true);
    expect(can(recipient, 'referral.respond', addressedHere)).toBe(true);
    expect(can(recipient, 'referral.read_received', addressedElsewhere)).toBe(false);
    expect(can(recipient, 'referral.read', addressedElsewhere)).toBe(false);
    expect(can(recipient, 'case.read', addressedHere)).toBe(false);
  });

  it('grants a user with several roles the widest scope any of them holds', () => {
    const both: Actor = { ...actorWith('case_worker'), roles: ['case_worker', 'supervisor'] };
    expect(scopeOf(both, 'case.read')).toBe('team');
    expect(scopeOf(both, 'consent.override')).toBe('team');
    expect(personViewOf({ ...actorWith('analyst'), roles: ['analyst', 'referral_recipient'] })).toBe('basic_identity');
    expect(personViewOf(actorWith('system_admin'))).toBe('none');
  });

  it('refuses records that name no organisation unless the scope is all', () => {
    expect(can(actorWith('supervisor'), 'case.read', { ownerUserId: 'user-1' })).toBe(false);
    expect(can(actorWith('analyst'), 'statistics.read', {})).toBe(true);
  });

  it('does not treat a missing owner or team as a match', () => {
    const worker = actorWith('case_worker');
    expect(can(worker, 'case.read', { organisationId: 'org-1', ownerUserId: null })).toBe(false);
    const supervisor = { ...actorWith('supervisor'), teamIds: [] };
    expect(can(supervisor, 'case.read', { organisationId: 'org-1', teamId: null, ownerUserId: 'user-2' })).toBe(false);
  });
});
