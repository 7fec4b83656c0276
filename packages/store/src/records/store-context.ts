import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { DatabaseKind, Executor } from '../db/database.ts';

/** What every repository function runs with: the executor (database or transaction) and the cipher. */
export interface StoreContext {
  readonly db: Executor;
  readonly cipher: FieldCipher;
  readonly kind: DatabaseKind;
  readonly inTransaction: boolean;
}

/** Runs `work` in a transaction, joining the caller's if there is one. */
export async function withTransaction<T>(ctx: StoreContext, work: (tx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  return ctx.db.transaction().execute(async (trx) => work({ ...ctx, db: trx, inTransaction: true }));
}
