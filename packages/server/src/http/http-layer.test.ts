import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest, streamingRequest } from '../testing/requests.ts';

const SCAM_AD = 'Easy job in Sihanoukville, $1500/month, no experience, free visa and flight, contact Telegram';

describe('the HTTP layer', () => {
  const { app } = createApp({ logger: captureLogger().logger });

  it('answers an unknown route with 404 and the JSON error shape', async () => {
    const response = await app.request('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await errorOf(response)).toEqual({ code: 'not_found', message: 'No such endpoint.' });
  });

  it('answers a wrong method on a known path with 404 too (no route exists for it)', async () => {
    const response = await app.request('/api/check', { method: 'GET' });
    expect(response.status).toBe(404);
  });

  it('sets the security headers on every response', async () => {
    const response = await app.request('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS only when served over HTTPS', async () => {
    const secure = createApp({ logger: captureLogger().logger, https: true }).app;
    const response = await secure.request('/api/health');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('gives every response a fresh request id', async () => {
    const first = (await app.request('/api/health')).headers.get('x-request-id');
    const second = (await app.request('/api/nothing')).headers.get('x-request-id');
    expect(first).toMatch(/^[\da-f-]{36}$/u);
    expect(second).toMatch(/^[\da-f-]{36}$/u);
    expect(first).not.toBe(second);
  });

  it('refuses malformed JSON with 400 malformed_json and does not echo it', async () => {
    for (const body of ['{"text": "abc"', '{text: 1}', 'undefined', '[1,2,', '\u0000', '{"a":"\\u00"}']) {
      const response = await app.request(jsonRequest('/api/check', body));
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('malformed_json');
      expect(JSON.stringify(error)).not.toContain(body.slice(0, 8) === '' ? '\u0000' : body);
    }
  });

  it('refuses an empty body and bytes that are not UTF-8', async () => {
    expect((await errorOf(await app.request(jsonRequest('/api/check', '')))).code).toBe('malformed_json');
    const invalidUtf8 = new Request('http://raksa.test/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    const response = await app.request(invalidUtf8);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('malformed_json');
  });

  it('refuses bodies that are not JSON with 415', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await app.request('/api/check', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: 'text=hello',
      });
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported_media_type');
    }
    const missing = await app.request('/api/check', { method: 'POST', body: '{"text":"hi"}' });
    expect([400, 415]).toContain(missing.status);
    expect((await errorOf(missing)).code).toBe('unsupported_media_type');
  });

  it('accepts application/json with a charset parameter', async () => {
    const response = await app.request('/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(response.status).toBe(200);
  });

  it('refuses a body over the limit declared by Content-Length without reading it', async () => {
    const small = createApp({ logger: captureLogger().logger, config: { maxBodyBytes: 1024 } }).app;
    const response = await small.request(jsonRequest('/api/check', { text: 'x'.repeat(5000) }));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: 'body_too_large', limitBytes: 1024 });
  });

  it('stops reading a streamed body as soon as it crosses the limit', async () => {
    const small = createApp({ logger: captureLogger().logger, config: { maxBodyBytes: 1024 } }).app;
    const chunk = new TextEncoder().encode('x'.repeat(512));
    const chunks = [new TextEncoder().encode('{"text":"'), ...Array.from({ length: 1000 }, () => chunk)];
    const { request, pulled } = streamingRequest('/api/check', chunks);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await small.request(request);
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThan(10);
  });

  it('lists every invalid field with its path', async () => {
    const response = await app.request(
      jsonRequest('/api/check', { text: 42, country: 'Cambodia', adviceLanguage: 'fr' }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    const paths = (error.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['body.adviceLanguage', 'body.country', 'body.text']);
  });

  it('refuses unknown and prototype-polluting keys without polluting anything', async () => {
    for (const body of [
      '{"text":"hi","__proto__":{"polluted":true}}',
      '{"text":"hi","constructor":{"prototype":{"polluted":true}}}',
      '{"text":"hi","isAdmin":true}',
    ]) {
      const response = await app.request(jsonRequest('/api/check', body));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an unexpected failure with 500, a request id and nothing of the input or the stack', async () => {
    const capture = captureLogger();
    const failing = createApp({
      logger: capture.logger,
      detector: {
        catalog: undefined as never,
        learned: undefined,
        learnedLayerWanted: () => false,
        withLearned: () => {
          throw new Error('not used');
        },
        analyzeText: (text: string) => {
          throw new Error(`exploded while reading ${text}`);
        },
      },
    }).app;
    const response = await failing.request(jsonRequest('/api/check', { text: 'Sokha Chan, +855 12 345 678' }));
    expect(response.status).toBe(500);
    const text = await response.text();
    const body = JSON.parse(text) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(text).not.toContain('Sokha');
    expect(text).not.toContain('exploded');
    expect(text).not.toContain('at ');
    expect(capture.text()).not.toContain('Sokha');
    expect(capture.text()).not.toContain('exploded');
    expect(capture.text()).toContain(body.error.requestId);
  });
});

describe('request logs', () => {
  it('carry ids, method, route pattern, status, code and duration, never the text of a request', async () => {
    const capture = captureLogger();
    const { app } = createApp({ logger: capture.logger });
    const secret = 'Sreymom Keo, 15, +855 97 765 4321, sokha.fake@example.org';
    await app.request(jsonRequest('/api/check', { text: `${SCAM_AD} ${secret}` }));
    await app.request(jsonRequest('/api/check', `{"text": "${secret}`));
    await app.request(jsonRequest('/api/check', { text: secret, country: secret }));
    await app.request(`/api/nothing/${encodeURIComponent(secret)}?q=${encodeURIComponent(secret)}`);
    const lines = capture.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        ['actorId', 'code', 'durationMs', 'level', 'method', 'msg', 'requestId', 'route', 'status', 'time'].sort(),
      );
    }
    expect(lines.map((line) => line.code)).toEqual([null, 'malformed_json', 'validation_failed', 'not_found']);
    expect(lines[0]?.route).toBe('/api/check');
    const everything = capture.text();
    for (const fragment of ['Sreymom', '765 4321', 'example.org', 'Sihanoukville', 'Telegram']) {
      expect(everything).not.toContain(fragment);
    }
  });
});
