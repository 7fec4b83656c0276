import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { main } from '../main.ts';
import { run } from './analyze.ts';

/** An Android WhatsApp export (d/m/y, 24 h) of an invented grooming conversation. */
const WHATSAPP = [
  '02/03/2024, 16:05 - Kevin Lim: hey Sophea, saw ur dance video, ur really good 😊',
  '02/03/2024, 16:20 - Sophea: thank you!! who are you?',
  '02/03/2024, 16:21 - Kevin Lim: Kevin, 19, i dance too. how old r u?',
  "02/03/2024, 16:25 - Sophea: I'm 13, grade 7",
  '05/03/2024, 22:40 - Kevin Lim: do ur parents check ur phone at night?',
  '05/03/2024, 22:45 - Sophea: no they sleep early',
  "05/03/2024, 22:47 - Kevin Lim: this is our secret ok, don't tell anyone. add me on telegram @kevin_dance99 or call +855 12 345 678",
  '06/03/2024, 07:10 - Sophea: ok Kevin',
  '09/03/2024, 23:15 - Kevin Lim: send me a pic of u in bed, just for me',
  '09/03/2024, 23:16 - Kevin Lim: i can buy u a new phone if u meet me saturday, dont tell ur mum',
  '',
].join('\n');

const EVERYDAY = [
  '12/01/2024, 18:00 - Mum: dinner at 7, bring rice on the way home',
  '12/01/2024, 18:02 - Dara: ok mum, see you soon',
  '',
].join('\n');

/**
 * A zip holding one WhatsApp `_chat.txt` that inflates to `inflatedBytes` (a chat line, then zeros):
 * built from one compressed 1 MiB block repeated, so the bomb is never held inflated.
 */
function zipBomb(inflatedBytes: number): Buffer {
  const head = Buffer.from('02/03/2024, 16:05 - Kevin Lim: hi\n');
  const block = Buffer.alloc(1 << 20);
  const blocks = Math.ceil((inflatedBytes - head.length) / block.length);
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  const size = head.length + blocks * block.length;
  // One deflate stream: the head and every block as stored-free compressed data, joined by sync flushes.
  const parts = [deflateRawSync(head, { finishFlush: 2 })];
  const compressedBlock = deflateRawSync(block, { finishFlush: 2 });
  for (let i = 0; i < blocks; i++) parts.push(compressedBlock);
  parts.push(Buffer.from([0x03, 0x00]));
  const data = Buffer.concat(parts);
  const name = Buffer.from('_chat.txt');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function tempFile(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'raksa-analyze-')), name);
  writeFileSync(file, content);
  return file;
}

describe('raksa analyze EXPORT', () => {
  it('prints a plain-words summary of a WhatsApp export', async () => {
    const io = fakeIo();
    expect(await run([tempFile('WhatsApp Chat with Kevin Lim.txt', WHATSAPP), '--country', 'KH'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Grooming of a child');
    expect(out).toContain('The person who is most likely doing harm is Kevin Lim');
    expect(out).toContain('Who is who');
    expect(out).toContain('How it unfolded');
    expect(out).toMatch(/\[\w/u);
    expect(out).toContain('Child Helpline Cambodia');
  });

  it('reads the export from standard input with -', async () => {
    const io = fakeIo(WHATSAPP);
    expect(await run(['-', '--json'], io)).toBe(0);
    const analysis = JSON.parse(io.out()) as { messages: number; offender: string; harms: { type: string }[] };
    expect(analysis.messages).toBe(10);
    expect(analysis.offender).toBe('Kevin Lim');
    expect(analysis.harms.map((h) => h.type)).toContain('grooming');
  });

  it('writes a self-contained HTML report with --report, in Khmer with --lang km', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-report-'));
    const report = join(dir, 'report.html');
    const io = fakeIo();
    expect(await run([tempFile('chat.txt', WHATSAPP), '--report', report, '--lang', 'km'], io)).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="km">');
    expect(html).toContain('<svg');
    expect(html).toContain('<mark>');
    expect(io.err()).toContain(`report written to ${report}`);
    expect(io.out()).toContain('អ្វីដែលត្រូវធ្វើឥឡូវនេះ');
  });

  it('hides names, numbers and handles everywhere with --redact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-redact-'));
    const report = join(dir, 'report.html');
    const file = tempFile('chat.txt', WHATSAPP);
    const summary = fakeIo();
    const json = fakeIo();
    await run([file, '--redact', '--report', report], summary);
    await run([file, '--redact', '--json'], json);
    for (const output of [summary.out(), json.out(), readFileSync(report, 'utf8')]) {
      for (const secret of ['Kevin', 'Sophea', 'kevin_dance99', '345 678', '+85512345678']) {
        expect(output).not.toContain(secret);
      }
      expect(output).toContain('Person A');
    }
  });

  it('detects and reads a Telegram Desktop result.json and a CSV export', async () => {
    const telegram = {
      name: 'Anna HR',
      type: 'personal_chat',
      id: 4242,
      messages: [
        {
          id: 1,
          type: 'message',
          date: '2024-05-01T10:00:00',
          date_unixtime: '1714557600',
          from: 'Anna HR',
          from_id: 'user1',
          text: 'Hello! Easy job in Sihanoukville, $1500/month, free visa and flight.',
        },
        {
          id: 2,
          type: 'message',
          date: '2024-05-01T10:05:00',
          date_unixtime: '1714557900',
          from: 'Vichea',
          from_id: 'user2',
          text: [{ type: 'plain', text: 'really? what do I need' }],
        },
        {
          id: 3,
          type: 'message',
          date: '2024-05-01T10:06:00',
          date_unixtime: '1714557960',
          from: 'Anna HR',
          from_id: 'user1',
          text: 'just send a photo of your passport, no experience needed, contact us on Telegram',
        },
      ],
    };
    const json = fakeIo();
    expect(await run([tempFile('result.json', JSON.stringify(telegram)), '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({
      messages: 3,
      authors: expect.arrayContaining([expect.objectContaining({ author: 'Anna HR' })]),
    });
    const csv = fakeIo();
    const rows = [
      'author,time,text',
      'Mum,2024-01-12T18:00:00,"dinner at 7, bring rice"',
      'Dara,2024-01-12T18:02:00,ok mum',
    ];
    expect(await run([tempFile('chat.csv', `${rows.join('\n')}\n`), '--json'], csv)).toBe(0);
    expect(JSON.parse(csv.out())).toMatchObject({ messages: 2, risk: 'none' });
  });

  it('says an everyday chat shows no known danger', async () => {
    const io = fakeIo();
    expect(await run([tempFile('family.txt', EVERYDAY)], io)).toBe(0);
    expect(io.out()).toContain('Risk: NONE');
  });

  it('answers an unknown file with the importer error naming the expected formats, exit 1', async () => {
    const io = fakeIo();
    expect(await main(['analyze', tempFile('notes.txt', 'just some notes\nwithout any dates\n')], io)).toBe(1);
    expect(io.err()).toMatch(/raksa analyze: unknown_format: .*WhatsApp .*Telegram/u);
  });

  it('answers a broken zip, an empty file, a directory and a missing file without crashing', async () => {
    const zip = fakeIo();
    expect(await main(['analyze', tempFile('chat.zip', Buffer.from('PK\u0003\u0004garbage'))], zip)).toBe(1);
    expect(zip.err()).toMatch(/raksa analyze: \w+: /u);
    const empty = fakeIo();
    expect(await main(['analyze', tempFile('empty.txt', '')], empty)).toBe(1);
    expect(empty.err()).toContain('raksa analyze: empty:');
    const directory = fakeIo();
    expect(await main(['analyze', tmpdir()], directory)).toBe(2);
    expect(directory.err()).toContain('is not a file');
    const missing = fakeIo();
    expect(await main(['analyze', '/nonexistent/chat.txt'], missing)).toBe(2);
    expect(missing.err()).toContain('cannot read');
  });

  it('refuses a zip bomb (a 512 MB chat in a 0.5 MB zip) without inflating it', async () => {
    const bomb = zipBomb(512 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const io = fakeIo();
    const before = process.memoryUsage().rss;
    expect(await main(['analyze', tempFile('WhatsApp Chat.zip', bomb)], io)).toBe(1);
    expect(io.err()).toMatch(/raksa analyze: (zip_bomb|too_large): /u);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('streams a large export without holding it: 200 MB in one line never piles up in memory', async () => {
    await run([tempFile('warm-up.txt', EVERYDAY), '--json'], fakeIo());
    const chunk = Buffer.alloc(1 << 20, 'a');
    let sent = 0;
    const stdin = Readable.from(
      (function* () {
        yield Buffer.from('02/03/2024, 16:05 - Kevin Lim: ');
        for (; sent < 200; sent++) yield chunk;
        yield Buffer.from('\n02/03/2024, 16:06 - Sophea: hi\n');
      })(),
    );
    const io = { ...fakeIo(), stdin };
    const before = process.memoryUsage().rss;
    expect(await run(['-', '--json'], io)).toBe(0);
    const growth = process.memoryUsage().rss - before;
    expect(sent).toBe(200);
    expect(JSON.parse(io.out())).toMatchObject({ messages: 2 });
    expect(io.err()).toMatch(/warning: (line|message)_truncated/u);
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  });

  it('rejects bad options with usage errors', async () => {
    await expect(run([], fakeIo())).rejects.toThrow(/one chat export/u);
    await expect(run(['x.txt', '--lang', 'fr'], fakeIo())).rejects.toThrow(/--lang/u);
    await expect(run(['x.txt', '--country', 'Cambodia'], fakeIo())).rejects.toThrow(/--country/u);
    await expect(run(['x.txt', '--format', 'fax'], fakeIo())).rejects.toThrow(/--format/u);
    await expect(run(['--jsonl', 'x.jsonl', '--report', 'r.html'], fakeIo())).rejects.toThrow(/--report/u);
  });
});

describe('raksa analyze --jsonl', () => {
  const conversation = (id: string, lines: string) =>
    JSON.stringify({
      id,
      messages: lines
        .trim()
        .split('\n')
        .map((line) => {
          const [, time, author, text] = /^(\S+, \S+) - ([^:]+): (.*)$/u.exec(line) ?? [];
          const [day, month, rest] = (time ?? '').split('/');
          const [year, clock] = (rest ?? '').split(', ');
          return { author, time: `${year}-${month}-${day}T${clock}:00`, text };
        }),
    });

  it('writes one line per conversation in the documented shape, and error lines for malformed input', async () => {
    const input = [
      conversation('c1', WHATSAPP),
      '{not json',
      JSON.stringify({ id: 'c2', messages: [{ author: 'A', text: 5 }] }),
      conversation('c3', EVERYDAY),
      '',
    ].join('\n');
    const io = fakeIo(input);
    expect(await run(['--jsonl', '-'], io)).toBe(1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'risk', 'harms', 'offender', 'alert', 'stages', 'authors']);
    expect(lines[0]).toMatchObject({ id: 'c1', offender: 'Kevin Lim' });
    expect((lines[0]?.['harms'] as { type: string }[]).map((h) => h.type)).toContain('grooming');
    expect(lines[0]?.['alert']).toMatchObject({ messageIndex: expect.any(Number), time: expect.any(String) });
    expect(lines[0]?.['stages']).toContainEqual({ harm: 'grooming', stage: 'contact', messageIndex: 0 });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'invalid_json' } });
    expect(lines[2]).toMatchObject({ id: 'c2', line: 3, error: { code: 'invalid_line' } });
    expect(lines[3]).toMatchObject({ id: 'c3', risk: 'none', offender: null, alert: null, stages: [] });
    expect(io.err()).toContain('2 line(s) could not be analysed');
  });

  it('masks authors and evidence with --redact', async () => {
    const io = fakeIo(conversation('c1', WHATSAPP));
    expect(await run(['--jsonl', '-', '--redact'], io)).toBe(0);
    expect(io.out()).not.toContain('Kevin');
    expect(io.out()).not.toContain('Sophea');
    expect(JSON.parse(io.out())).toMatchObject({ offender: 'Person A' });
  });

  it('rejects an over-long line without buffering it and goes on', async () => {
    const big = JSON.stringify({ id: 'big', messages: [{ author: 'A', time: null, text: 'a'.repeat(5000) }] });
    const io = fakeIo(`${big}\n${conversation('ok', EVERYDAY)}\n`);
    expect(await run(['--jsonl', '-', '--max-line-bytes', '1024'], io)).toBe(1);
    const [first, second] = io.out().trim().split('\n');
    expect(JSON.parse(first ?? '')).toMatchObject({ error: { code: 'line_too_long' } });
    expect(JSON.parse(second ?? '')).toMatchObject({ id: 'ok' });
  });
});
