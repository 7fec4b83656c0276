import { ACTIONS, type Action } from './actions.ts';
import type { Actor, ResourceOwnership } from './actor.ts';
import { POLICY } from './policy-table.ts';
import { PERSON_VIEWS, SCOPES, type PersonView, type Scope } from './roles.ts';

/** The widest scope the actor's roles grant for an action, or undefined when none grants it. */
export function scopeOf(actor: Actor, action: Action): Scope | undefined {
  let widest: Scope | undefined;
  for (const role of actor.roles) {
    const scope = POLICY[role].actions[action];
    if (scope !== undefined && (widest === undefined || SCOPES.indexOf(scope) > SCOPES.indexOf(widest))) widest = scope;
  }
  return widest;
}

/** The most a user's roles let them see of a person (PERSON_VIEWS is ordered from most to least). */
export function personViewOf(actor: Actor): PersonView {
  let best: PersonView = 'none';
  for (const role of actor.roles) {
    const view = POLICY[role].personView;
    if (PERSON_VIEWS.indexOf(view) < PERSON_VIEWS.indexOf(best)) best = view;
  }
  return best;
}

/**
 * May `actor` do `action` on a record owned as `resource` says? Without a resource, answers whether
 * the actor may do the action at all (on some record: list endpoints then filter by `scopeOf`).
 * A record that names no organisation is only reachable with scope `all`.
 */
export function can(actor: Actor, action: Action, resource?: ResourceOwnership): boolean {
  const scope = scopeOf(actor, action);
  if (scope === undefined) return false;
  if (resource === undefined || scope === 'all') return true;
  const organisationId =
    ACTIONS[action].subject === 'recipient' ? resource.recipientOrganisationId : resource.organisationId;
  if (organisationId == null || organisationId !== actor.organisationId) return false;
  switch (scope) {
    case 'organisation':
      return true;
    case 'team':
      return (
        (resource.teamId != null && actor.teamIds.includes(resource.teamId)) ||
        (resource.ownerUserId != null && resource.ownerUserId === actor.userId)
      );
    case 'own':
      return resource.ownerUserId != null && resource.ownerUserId === actor.userId;
  }
}
