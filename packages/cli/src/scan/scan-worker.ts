import { parentPort, workerData } from 'node:worker_threads';
import { scanLine, type ScanOptions } from './scan-line.ts';
import type { Batch, BatchResult } from './batch.ts';

const options = workerData as ScanOptions;

parentPort?.on('message', (batch: Batch) => {
  const data = Buffer.from(batch.data.buffer, batch.data.byteOffset, batch.data.byteLength);
  const outputs: string[] = [];
  let failed = 0;
  for (let i = 0; i < batch.numbers.length; i++) {
    const start = batch.offsets[i] ?? 0;
    const end = batch.offsets[i + 1] ?? start;
    const bytes = batch.overLong[i] === 1 ? undefined : data.subarray(start, end);
    const result = scanLine(bytes, batch.numbers[i] ?? 0, batch.sizes[i] ?? 0, options);
    outputs.push(result.output);
    if (result.failed) failed++;
  }
  const reply: BatchResult = { seq: batch.seq, output: `${outputs.join('\n')}\n`, failed, count: batch.numbers.length };
  parentPort?.postMessage(reply);
});
