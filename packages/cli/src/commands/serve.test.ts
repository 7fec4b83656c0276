import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeIo } from '../../test/fake-io.ts';
import { run, startRaksa } from './serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'raksa-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('raksa serve', () => {
  it('opens embedded storage, applies the migrations and answers health, OpenAPI and a check', async () => {
    const handle = await startRaksa(
      {
        port: 0,
        host: '127.0.0.1',
        dataDir: join(dir, 'data'),
        keyFile: join(dir, 'raksa-data.key'),
        demo: false,
        https: false,
        webRoot: undefined,
        databaseUrl: undefined,
        intakeOrganisationId: undefined,
      },
      fakeIo(),
    );
    try {
      const health = (await (await fetch(`${handle.url}/api/health`)).json()) as {
        status: string;
        schemaVersion: number;
      };
      expect(health.status).toBe('ok');
      expect(health.schemaVersion).toBe(handle.store.schemaVersion);
      const openapi = (await (await fetch(`${handle.url}/api/openapi.json`)).json()) as { paths: object };
      expect(Object.keys(openapi.paths)).toContain('/api/tips');
      const check = await fetch(`${handle.url}/api/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: 'Typing job in Poipet, $1,500/month, free visa, send passport photo on Telegram',
        }),
      });
      expect(check.status).toBe(200);
      expect(((await check.json()) as { risk: string }).risk).toMatch(/high|critical/u);
    } finally {
      await handle.stop();
    }
  });

  it('refuses a bad port before opening anything', async () => {
    await expect(run(['--port', '70000'], fakeIo())).rejects.toThrow(/--port/u);
    await expect(run(['--port', '12.5'], fakeIo())).rejects.toThrow(/whole number/u);
    await expect(run(['--no-such-flag'], fakeIo())).rejects.toThrow(/Unknown option/u);
  });
});
