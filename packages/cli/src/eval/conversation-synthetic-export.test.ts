import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWhatsAppExport, nicknameFor } from './conversation-synthetic-export.ts';

describe(generateWhatsAppExport.name, () => {
  it('writes the same Android-format WhatsApp export for the same seed, with some lures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-synthetic-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const bytes = await generateWhatsAppExport(a, 2000);
    await generateWhatsAppExport(b, 2000);
    const text = readFileSync(a, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(readFileSync(b, 'utf8')).toBe(text);
    const headers = text.match(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} - [^:\n]+: /gmu) ?? [];
    expect(headers).toHaveLength(2000);
    expect(text).toContain('Kevin Lim: ');
    expect(text).toContain('<Media omitted>');
  });

  it('with distinct, makes every message text different (so no cache can answer) and keeps the same structure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raksa-synthetic-'));
    const file = join(dir, 'distinct.txt');
    await generateWhatsAppExport(file, 3000, { distinct: true });
    const text = readFileSync(file, 'utf8');
    const messages = text.split(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} - [^:\n]+: /mu).slice(1);
    expect(messages).toHaveLength(3000);
    const withText = messages.filter((message) => !message.startsWith('<Media omitted>'));
    expect(new Set(withText).size).toBe(withText.length);
    expect(text).toContain('Kevin Lim: ');
  });
});

describe(nicknameFor.name, () => {
  it('gives every index its own word of Latin letters', () => {
    const names = Array.from({ length: 50_000 }, (_, i) => nicknameFor(i));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z]{4,}$/u.test(name))).toBe(true);
  });
});
