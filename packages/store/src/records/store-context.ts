import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { DatabaseKind, Executor } from '../db/database.ts';
import { flushHistory, type PendingHistory } from './record-history.ts';

/** What every repository function runs with: the executor (database or transaction) and the cipher. */
export interface StoreContext {
  readonly db: Executor;
  readonly cipher: FieldCipher;
  readonly kind: DatabaseKind;
  readonly inTransaction: boolean;
  /** In a transaction: the history rows written at the latest when it commits (record-history.ts). */
  readonly pendingHistory?: PendingHistory;
}

/**
 * Runs `work` in a new transaction and writes its pending history rows before it commits: the
 * changes and their history are committed together, or neither is.
 */
export async function inNewTransaction<T>(ctx: StoreContext, work: (tx: StoreContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const tx: StoreContext = { ...ctx, db: trx, inTransaction: true, pendingHistory: { rows: [] } };
    const result = await work(tx);
    await flushHistory(tx);
    return result;
  });
}

/** Runs `work` in a transaction, joining the caller's if there is one. */
export async function withTransaction<T>(ctx: StoreContext, work: (tx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  return inNewTransaction(ctx, work);
}
