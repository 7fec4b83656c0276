import { PassThrough } from 'node:stream';
import { backup } from '../backup/backup.ts';
import type { Store } from '../open-store.ts';

/** The store's whole backup as text, for tests that read or restore it. */
export async function backupToText(store: Store): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await backup(store, sink);
  sink.end();
  return Buffer.concat(chunks).toString('utf8');
}
