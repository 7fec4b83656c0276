/**
 * The detection worker the browser downloads gives the same analyses as the engine in Node.
 *
 * The worker's build differs from the Node engine on purpose (build/*.ts: no catalogue examples,
 * the ICANN part of the suffix list only, phone metadata without display formats, constants not
 * inlined). This test runs the real built worker file in Node, behind a stand-in for the worker's
 * `self`, and the same requests through the Node engine (src/engine/handle-request.ts with the
 * @raksa/detect sources), for every text of the engine's message corpora (dev and test), advice in
 * English and Khmer in turn, and every conversation of its conversation corpora, sent as a Telegram export.
 *
 * Only timings are left out of the comparison. The catalogue version is compared too: it is a
 * hash of the indicators without their examples, so the stripped browser catalogue reports the
 * Node engine's version.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../src/engine/handle-request.ts';
import { createWholeCatalogProvider } from '../src/engine/whole-catalog-provider.ts';
import type { WorkerRequest, WorkerResponse } from '../src/engine/protocol.ts';
import { buildApp } from './support/build-app.ts';

const CORPUS = new URL('../../detect/corpus/', import.meta.url);

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
}

type Ask = (request: WorkerRequest) => Promise<WorkerResponse>;

/** Loads a built worker file in Node: it finds a stand-in `self` while its module initialises. */
async function loadBuiltWorker(file: string): Promise<Ask> {
  const listeners: ((event: { data: WorkerRequest }) => void)[] = [];
  const waiting = new Map<number, (response: WorkerResponse) => void>();
  const scope: WorkerScope = {
    postMessage(message) {
      if (message.ok && message.kind === 'chat-progress') return;
      waiting.get(message.id)?.(structuredClone(message));
      waiting.delete(message.id);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
  const global = globalThis as { self?: unknown };
  const previous = global.self;
  global.self = scope;
  try {
    await import(pathToFileURL(file).href);
  } finally {
    if (previous === undefined) delete global.self;
    else global.self = previous;
  }
  expect(listeners).toHaveLength(1);
  return (request) =>
    new Promise((resolve) => {
      waiting.set(request.id, resolve);
      for (const listener of listeners) listener({ data: structuredClone(request) });
    });
}

/** A response without what legitimately varies: timings. */
function comparable(response: WorkerResponse): unknown {
  return JSON.parse(
    JSON.stringify(response, (key, value: unknown) =>
      ['analyzeMs', 'importMs', 'compileMs'].includes(key) ? undefined : value,
    ),
  );
}

function versionsIn(response: WorkerResponse): string[] {
  const versions: string[] = [];
  JSON.stringify(response, (key, value: unknown) => {
    if (key === 'catalogVersion' && typeof value === 'string') versions.push(value);
    return value;
  });
  return versions;
}

async function jsonLines(dir: URL): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.jsonl')).sort()) {
    const text = await readFile(new URL(name, dir), 'utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') rows.push(JSON.parse(line) as Record<string, unknown>);
  }
  return rows;
}

interface CorpusMessage {
  author: string;
  time: string;
  text: string;
}

/** A corpus conversation as Telegram Desktop exports one (result.json). */
function telegramExport(id: string, messages: readonly CorpusMessage[]): Uint8Array {
  const authors = [...new Set(messages.map((message) => message.author))];
  const json = JSON.stringify({
    name: id,
    type: 'personal_chat',
    id: 4_000_000_001,
    messages: messages.map((message, index) => ({
      id: index + 1,
      type: 'message',
      date: message.time,
      date_unixtime: String(Math.floor(Date.parse(`${message.time}Z`) / 1000)),
      from: message.author,
      from_id: `user${100 + authors.indexOf(message.author)}`,
      text: message.text,
      text_entities: [{ type: 'plain', text: message.text }],
    })),
  });
  return new TextEncoder().encode(json);
}

describe('the built detection worker against the Node engine', () => {
  let browser: Ask;
  const node = createRequestHandler({ engine: createWholeCatalogProvider() });
  const nodeAsk: Ask = async (request) => structuredClone(await node.handle(structuredClone(request)));
  let nextId = 1;

  beforeAll(async () => {
    const outDir = await buildApp();
    const assets = await readdir(join(outDir, 'assets'));
    const worker = assets.find((name) => /^detector\.worker-.*\.js$/u.test(name));
    expect(worker).toBeDefined();
    browser = await loadBuiltWorker(join(outDir, 'assets', worker ?? ''));
  }, 180_000);

  it('analyses every corpus text identically, with English and Khmer advice in turn', async () => {
    const rows = [...(await jsonLines(new URL('dev/', CORPUS))), ...(await jsonLines(new URL('test/', CORPUS)))];
    expect(rows.length).toBeGreaterThan(1500);
    const differences: string[] = [];
    const browserVersions = new Set<string>();
    const nodeVersions = new Set<string>();
    let findings = 0;
    for (const [index, row] of rows.entries()) {
      const adviceLanguage = index % 2 === 0 ? 'en' : 'km';
      const request: WorkerRequest = {
        id: nextId++,
        kind: 'analyze',
        text: String(row.text),
        options: { adviceLanguage },
      };
      const [fromBrowser, fromNode] = await Promise.all([browser(request), nodeAsk(request)]);
      expect(fromNode.ok, String(row.id)).toBe(true);
      if (fromNode.ok && fromNode.kind === 'analysis') findings += fromNode.analysis.harms.length;
      versionsIn(fromBrowser).forEach((version) => browserVersions.add(version));
      versionsIn(fromNode).forEach((version) => nodeVersions.add(version));
      const a = JSON.stringify(comparable(fromBrowser));
      if (a !== JSON.stringify(comparable(fromNode))) differences.push(`${String(row.id)} (${adviceLanguage})`);
    }
    expect(differences).toEqual([]);
    // The comparison is not of empty results: hundreds of the texts show harms.
    expect(findings).toBeGreaterThan(rows.length / 3);
    expect(browserVersions.size).toBe(1);
    expect(nodeVersions.size).toBe(1);
    expect([...browserVersions]).toEqual([...nodeVersions]);
  }, 180_000);

  it('analyses every corpus conversation identically, through the chat import', async () => {
    const rows = [
      ...(await jsonLines(new URL('conversations/dev/', CORPUS))),
      ...(await jsonLines(new URL('conversations/test/', CORPUS))),
    ];
    expect(rows.length).toBeGreaterThan(200);
    const differences: string[] = [];
    let harms = 0;
    let reports = 0;
    for (const [index, row] of rows.entries()) {
      const request: WorkerRequest = {
        id: nextId++,
        kind: 'analyze-chat',
        file: { name: 'result.json', bytes: telegramExport(String(row.id), row.messages as CorpusMessage[]) },
        options: { adviceLanguage: index % 2 === 0 ? 'en' : 'km', country: 'KH' },
      };
      const [fromBrowser, fromNode] = await Promise.all([browser(request), nodeAsk(request)]);
      // Failures must be the same failures too (both sides run the same import and redaction).
      if (fromNode.ok && fromNode.kind === 'chat-report') {
        reports++;
        harms += fromNode.report.analysis.harms.length;
      }
      if (JSON.stringify(comparable(fromBrowser)) !== JSON.stringify(comparable(fromNode)))
        differences.push(String(row.id));
    }
    expect(differences).toEqual([]);
    expect(reports).toBeGreaterThan(rows.length * 0.9);
    expect(harms).toBeGreaterThan(reports / 2);
  }, 180_000);
});
