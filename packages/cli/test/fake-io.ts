import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../src/io.ts';

/** An Io with captured output and the given standard input. */
export function fakeIo(
  stdin: string | Buffer = '',
  env: NodeJS.ProcessEnv = {},
): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => outChunks.push(chunk));
  stderr.on('data', (chunk: Buffer) => errChunks.push(chunk));
  return {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    stdout,
    stderr,
    env,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8'),
  };
}
