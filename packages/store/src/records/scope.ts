import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AnyDatabase } from '../db/database.ts';
import { id } from '../validation/fields.ts';

/** Which victim data a list or search may return; the server picks the scope from the user's role. */
export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('own'), userId: id }),
  z.object({ kind: z.literal('team'), teamIds: z.array(id).max(100) }),
  z.object({ kind: z.literal('organisation'), organisationId: id }),
  z.object({ kind: z.literal('all') }),
]);
export type Scope = z.infer<typeof scopeSchema>;

export interface ScopeColumns {
  readonly owner: string;
  readonly team: string;
  readonly organisation: string;
}

/** The WHERE condition of a scope over a table with owner, team and organisation columns. */
export function scopeFilter(scope: Scope, columns: ScopeColumns) {
  return (eb: ExpressionBuilder<AnyDatabase, AnyDatabase>): Expression<SqlBool> => {
    switch (scope.kind) {
      case 'own':
        return eb(columns.owner, '=', scope.userId);
      case 'team':
        return scope.teamIds.length === 0 ? sql<boolean>`false` : eb(columns.team, 'in', scope.teamIds);
      case 'organisation':
        return eb(columns.organisation, '=', scope.organisationId);
      case 'all':
        return sql<boolean>`true`;
    }
  };
}
