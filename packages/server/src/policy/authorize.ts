import type { Scope as StoreScope } from '@raksa/store';
import { ApiError } from '../errors.ts';
import type { Action } from './actions.ts';
import type { Actor, ResourceOwnership } from './actor.ts';
import { can, scopeOf } from './can.ts';

/** Refuses (403 `forbidden`, audited by the route) unless the actor may do `action` on this record. */
export function authorizeRecord(actor: Actor, action: Action, record: ResourceOwnership): void {
  if (!can(actor, action, record)) throw new ApiError('forbidden', 'This record is outside what your role may reach.');
}

/** The store's list filter for the actor's scope of `action` (the route has already checked the action). */
export function storeScopeFor(actor: Actor, action: Action): StoreScope {
  const scope = scopeOf(actor, action);
  switch (scope) {
    case 'own':
      return { kind: 'own', userId: actor.userId };
    case 'team':
      return { kind: 'team', teamIds: actor.teamIds };
    case 'organisation':
      return { kind: 'organisation', organisationId: actor.organisationId };
    case 'all':
      return { kind: 'all' };
    case undefined:
      throw new ApiError('forbidden', 'Your role may not do this.');
  }
}

/** The store's actor (for history and audit columns). */
export function storeActor(actor: Actor | undefined): { userId: string | null } {
  return { userId: actor?.userId ?? null };
}
