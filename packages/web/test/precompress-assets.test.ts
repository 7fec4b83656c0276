/** The build's precompressed copies (build/precompress-assets.ts): exact, and only where they pay. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../build/precompress-assets.ts';

describe('precompressDirectory', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies that decompress to the very file, for text files worth it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'raksa-precompress-'));
    await mkdir(join(dir, 'assets'));
    const script = `export const words = ${JSON.stringify('ជ្រើសរើសបុគ្គលិក free visa '.repeat(200))};\n`;
    await writeFile(join(dir, 'assets', 'worker-abc.js'), script);
    await writeFile(join(dir, 'index.html'), `<!doctype html><title>Raksa</title>${' '.repeat(2000)}`);
    await writeFile(join(dir, 'tiny.js'), 'export {};\n');
    await writeFile(join(dir, 'assets', 'font.woff2'), Buffer.alloc(4096, 7));

    expect(await precompressDirectory(dir)).toEqual(['assets/worker-abc.js', 'index.html']);

    const original = await readFile(join(dir, 'assets', 'worker-abc.js'));
    const br = await readFile(join(dir, 'assets', 'worker-abc.js.br'));
    const gz = await readFile(join(dir, 'assets', 'worker-abc.js.gz'));
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gunzipSync(gz).equals(original)).toBe(true);
    expect(br.length).toBeLessThan(original.length / 10);
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'assets', 'font.woff2.br'))).toBe(false);
  });
});
