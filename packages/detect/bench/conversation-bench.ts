/**
 * Benchmark of conversation analysis: synthetic multilingual chats of 100,000 and 1,000,000 short
 * messages through `createConversationAnalyzer`, one core. Prints messages per second and the
 * peak resident set size (sampled after every 10,000 messages). Message generation is not timed.
 *
 *   npx tsx packages/detect/bench/conversation-bench.ts [--distinct] [--engine DIR] [messages…]
 *
 * `--distinct`: every message gets an invisible suffix (zero-width spaces and non-joiners, which
 * the normaliser removes), so the analyzer's cache of repeated short lines never answers and every
 * message pays the per-message engine cost, as in a chat whose lines are all different.
 * `--engine DIR`: the engine's `src` directory to measure (default: this package's).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../src/index.ts';

type ConversationMessage = Engine.ConversationMessage;

const args = process.argv.slice(2);
const distinct = args.includes('--distinct');
const engineAt = args.indexOf('--engine');
const engineDir = resolve(engineAt < 0 ? resolve(import.meta.dirname, '../src') : (args[engineAt + 1] ?? '.'));
const { createConversationAnalyzer } = (await import(
  pathToFileURL(resolve(engineDir, 'index.ts')).href
)) as typeof Engine;

/** Everyday chat lines in the nine languages, with a few risky ones mixed in (1 in 50). */
const EVERYDAY = [
  'hey how was school today',
  'lol ok',
  'what are you doing',
  'haha that is so funny',
  'see you tomorrow',
  'good night',
  'did you eat yet?',
  'ok see u at 5pm',
  'where are you now',
  'i am on the bus',
  'ញ៉ាំបាយហើយឬនៅ',
  'ថ្ងៃនេះធ្វើអីខ្លះ',
  'អូខេ ជួបគ្នាថ្ងៃស្អែក',
  '你在干嘛',
  '今天好累啊',
  '明天见',
  'กินข้าวยัง',
  'ฝันดีนะ',
  'วันนี้เหนื่อยมาก',
  'em đi học về chưa',
  'hôm nay trời mưa quá',
  'aku lagi makan',
  'besok ketemu ya',
  'ထမင်းစားပြီးပြီလား',
  'ກິນເຂົ້າແລ້ວບໍ',
  'kumain ka na ba',
  'sige ingat ka',
];
const RISKY = [
  'how old are you?',
  'are your parents home?',
  'send me a pic',
  "don't tell anyone ok",
  'add me on telegram',
  'i will pay your ticket',
  'you have 24 hours',
];
const AUTHORS = ['Dara', 'Sophea', 'Vanna'];

/** A deterministic pseudo-random generator (the bench must be reproducible). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** `i` in binary as zero-width spaces (0) and non-joiners (1), after one zero-width space. */
function invisibleSuffix(i: number): string {
  let suffix = '\u200b';
  for (let rest = i; rest > 0; rest >>>= 1) suffix += rest & 1 ? '\u200c' : '\u200b';
  return suffix;
}

const CHUNK = 10_000;
const START = Date.UTC(2024, 0, 1);

/** Messages `from`…`from + CHUNK` of the synthetic chat (generated outside the timed part). */
function chunk(random: () => number, from: number, count: number): ConversationMessage[] {
  const out: ConversationMessage[] = [];
  for (let i = from; i < Math.min(from + CHUNK, count); i++) {
    const pool = random() < 0.02 ? RISKY : EVERYDAY;
    const line = pool[Math.floor(random() * pool.length)] ?? '';
    // Vary the lines a little, as people do (numbers, names, repeats).
    const variant = random() < 0.3 ? `${line} ${Math.floor(random() * 100)}` : random() < 0.5 ? `${line}!` : line;
    const time = new Date(START + i * 37_000).toISOString().slice(0, 19);
    const text = distinct ? variant + invisibleSuffix(i) : variant;
    out.push({ author: AUTHORS[i % AUTHORS.length] ?? 'Dara', time, text });
  }
  return out;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const sizes = args.filter((arg, at) => /^\d+$/u.test(arg) && args[at - 1] !== '--engine').map(Number);
for (const count of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
  const created = performance.now();
  const analyzer = createConversationAnalyzer();
  const ready = performance.now();
  let peak = process.memoryUsage().rss;
  const random = lcg(42);
  let busy = 0;
  let cpu = 0;
  for (let from = 0; from < count; from += CHUNK) {
    const batch = chunk(random, from, count);
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const message of batch) analyzer.push(message);
    const used = process.cpuUsage(cpuBefore);
    cpu += (used.user + used.system) / 1e6;
    busy += performance.now() - began;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const analysed = performance.now();
  const result = analyzer.result();
  const done = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = busy / 1000;
  console.log(
    [
      `${count.toLocaleString('en')} messages`,
      `setup ${((ready - created) / 1000).toFixed(2)} s`,
      `analysis ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (${Math.round(count / seconds).toLocaleString('en')} messages/s)`,
      `result ${(done - analysed).toFixed(0)} ms`,
      `peak RSS ${megabytes(peak)}`,
      `risk ${result.risk}, ${result.keyMessages.length} key messages, ${result.timeline.length} timeline points`,
    ].join(' | '),
  );
}
