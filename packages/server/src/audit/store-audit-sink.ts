import type { Store } from '@raksa/store';
import type { AuditEntry, AuditSink } from './audit-sink.ts';

const OUTCOME = { allowed: 'success', denied: 'denied', failed: 'failed' } as const;

/** Writes the API's audit entries into the store's append-only audit log. */
export function storeAuditSink(store: Pick<Store, 'audit'>): AuditSink {
  return async (entry: AuditEntry) => {
    await store.audit.record({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entity: entry.recordType ?? 'api',
      entityId: entry.recordId,
      outcome: OUTCOME[entry.outcome],
      origin: 'api',
      ip: entry.ip,
      requestId: entry.requestId,
      details: {
        route: entry.route,
        roles: entry.actorRoles.join(','),
        code: entry.code,
      },
    });
  };
}
