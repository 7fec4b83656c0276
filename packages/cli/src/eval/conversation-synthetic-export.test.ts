import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWhatsAppExport } from './conversation-synthetic-export.ts';

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
});
