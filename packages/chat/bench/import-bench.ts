// Benchmark of the chat importers: generates a synthetic WhatsApp export (Android, en-US, with
// multi-line messages, media placeholders and Khmer text) and reports messages/s and MB/s for
// importChat (in memory) and streamChat (1 MiB chunks). Run: npx tsx packages/chat/bench/import-bench.ts [messages]
import { importChat, streamChat } from '../src/index.ts';

const AUTHORS = ['Dara', 'Sokha', '+855 12 345 678', 'Vanna Chan'];
const TEXTS = [
  'hi, are you free tonight?',
  'ok see you at 7',
  'សួស្តី តើអ្នកសុខសប្បាយទេ?',
  'I found a job for you in Sihanoukville, $1500/month, free visa',
  '<Media omitted>',
  'first line of a long message\nsecond line\nthird line with a link https://example.org/x',
  'This message was deleted',
  'haha 😂😂',
];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function generateWhatsApp(messages: number, from = 0): string {
  const lines: string[] =
    from === 0 ? ['12/31/23, 9:41 PM - Messages and calls are end-to-end encrypted. Tap to learn more.'] : [];
  const start = Date.UTC(2023, 0, 1);
  for (let index = from; index < from + messages; index++) {
    const date = new Date(start + index * 37_000);
    const hour = date.getUTCHours();
    const stamp =
      `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${String(date.getUTCFullYear()).slice(2)}, ` +
      `${hour % 12 === 0 ? 12 : hour % 12}:${pad(date.getUTCMinutes())}\u202f${hour < 12 ? 'AM' : 'PM'}`;
    lines.push(`${stamp} - ${AUTHORS[index % AUTHORS.length]}: ${TEXTS[(index * 7) % TEXTS.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const bytes = new TextEncoder().encode(generateWhatsApp(count));
  const megabytes = bytes.length / 1024 / 1024;
  console.log(`synthetic WhatsApp export: ${count} messages, ${megabytes.toFixed(1)} MB`);

  importChat({ name: 'warm-up.txt', bytes: bytes.subarray(0, 200_000) });
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  let imported = 0;
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    imported = importChat({ name: 'WhatsApp Chat with Dara.txt', bytes }).messages.length;
    const used = process.cpuUsage(cpu);
    cpuRuns.push((used.user + used.system) / 1000);
    runs.push(performance.now() - started);
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const wall = median(runs);
  console.log(
    `importChat: ${imported} messages, median ${wall.toFixed(0)} ms wall, ${median(cpuRuns).toFixed(0)} ms CPU ` +
      `(best ${Math.min(...runs).toFixed(0)} ms wall): ${Math.round(imported / (wall / 1000)).toLocaleString('en')} messages/s, ` +
      `${(megabytes / (wall / 1000)).toFixed(1)} MB/s (wall)`,
  );

  const chunks = function* (): Generator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  let streamed = 0;
  for await (const message of streamChat('chat.txt', chunks())) if (message) streamed++;
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    `streamChat: ${streamed} messages in ${elapsed.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU: ` +
      `${Math.round(streamed / (elapsed / 1000)).toLocaleString('en')} messages/s, ${(megabytes / (elapsed / 1000)).toFixed(1)} MB/s`,
  );

  // Memory for a 1,000,000-message export, generated chunk by chunk and streamed (never held whole).
  const total = 1_000_000;
  const perChunk = 10_000;
  const encoder = new TextEncoder();
  let generatedBytes = 0;
  let peakHeap = 0;
  const baseline = process.memoryUsage().heapUsed;
  const lazily = function* (): Generator<Uint8Array> {
    for (let from = 0; from < total; from += perChunk) {
      const chunk = encoder.encode(generateWhatsApp(perChunk, from));
      generatedBytes += chunk.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      yield chunk;
    }
  };
  const millionStarted = performance.now();
  let million = 0;
  for await (const message of streamChat('chat.txt', lazily())) if (message) million++;
  console.log(
    `streamChat, ${million.toLocaleString('en')} messages (${(generatedBytes / 1024 / 1024).toFixed(0)} MB generated on the fly): ` +
      `${((performance.now() - millionStarted) / 1000).toFixed(1)} s wall (including generation), ` +
      `peak heap ${((peakHeap - baseline) / 1024 / 1024).toFixed(0)} MB above the start`,
  );
}

await main();
