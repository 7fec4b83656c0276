import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../api/schemas/analysis.ts';
import { conversationAnalysisSchema } from '../api/schemas/conversation.ts';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';

const SCAM_AD = 'Urgent! Customer service in Sihanoukville, $1,500/month, no experience, free visa and flight';

describe('POST /api/check', () => {
  const { app } = createApp({ logger: captureLogger().logger, config: { maxCheckChars: 5000 } });

  it("answers the engine's analysis, in the documented shape", async () => {
    const response = await app.request(jsonRequest('/api/check', { text: SCAM_AD }));
    expect(response.status).toBe(200);
    const analysis = analysisSchema.parse(await response.json());
    expect(['high', 'critical']).toContain(analysis.risk);
    expect(analysis.harms[0]?.type).toBe('recruitment_fraud');
  });

  it('passes the advice language, language hint and country to the engine', async () => {
    const response = await app.request(
      jsonRequest('/api/check', { text: SCAM_AD, adviceLanguage: 'km', lang: 'en', country: 'kh' }),
    );
    const analysis = analysisSchema.parse(await response.json());
    expect(analysis.advice[0]?.steps[0]).toMatch(/[\u1780-\u17FF]/u);
    expect(analysis.hotlines.every((hotline) => hotline.country === 'KH' || hotline.country === 'INT')).toBe(true);
  });

  it('refuses an empty text and a text over the limit', async () => {
    expect((await app.request(jsonRequest('/api/check', { text: '' }))).status).toBe(400);
    const huge = await app.request(jsonRequest('/api/check', { text: 'a'.repeat(5001) }));
    expect(huge.status).toBe(400);
    expect((await errorOf(huge)).issues).toEqual([expect.objectContaining({ path: 'body.text' })]);
  });

  it('analyses hostile text as text: SQL, HTML, CSV formulas, traversal, lone surrogates', async () => {
    const hostile = [
      "'; DROP TABLE tips; --",
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil.example","click")',
      '../../../../etc/passwd',
      '\uD800 broken \uDFFF',
      '{"__proto__":{"admin":true}}',
    ];
    for (const text of hostile) {
      const response = await app.request(jsonRequest('/api/check', { text }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      analysisSchema.parse(await response.json());
    }
  });

  it('refuses an unknown advice language and a malformed country or language hint', async () => {
    for (const extra of [{ adviceLanguage: 'xx' }, { country: 'KHM' }, { lang: '<b>' }, { lang: 'x'.repeat(40) }]) {
      const response = await app.request(jsonRequest('/api/check', { text: SCAM_AD, ...extra }));
      expect(response.status).toBe(400);
    }
  });
});

/** A fictional grooming conversation. */
const GROOMING = [
  { author: 'Bora', time: '2026-03-01T21:40:00', text: 'hey cutie, how old are you?' },
  { author: 'Nita', time: '2026-03-01T21:41:00', text: "I'm 13" },
  {
    author: 'Bora',
    time: '2026-03-01T21:42:00',
    text: "you're so mature for your age. don't tell your parents about us, ok?",
  },
  { author: 'Bora', time: '2026-03-01T23:10:00', text: 'send me a photo of you, just for me. our secret' },
  { author: 'Bora', time: '2026-03-02T23:15:00', text: "let's meet after school, I'll buy you a new phone" },
];

describe('POST /api/analyze', () => {
  const { app } = createApp({
    logger: captureLogger().logger,
    config: { maxConversationMessages: 50, maxConversationChars: 2000 },
  });

  it('answers the conversation analysis in the documented shape', async () => {
    const response = await app.request(jsonRequest('/api/analyze', { messages: GROOMING }));
    expect(response.status).toBe(200);
    const analysis = conversationAnalysisSchema.parse(await response.json());
    expect(analysis.messages).toBe(5);
    expect(analysis.authors.map((author) => author.author).sort()).toEqual(['Bora', 'Nita']);
    expect(['high', 'critical']).toContain(analysis.risk);
  });

  it('refuses too many messages, too much text in all and malformed messages', async () => {
    const many = Array.from({ length: 51 }, () => ({ author: 'a', time: null, text: 'hi' }));
    expect((await app.request(jsonRequest('/api/analyze', { messages: many }))).status).toBe(400);
    const long = Array.from({ length: 3 }, () => ({ author: 'a', time: null, text: 'x'.repeat(900) }));
    const tooLong = await app.request(jsonRequest('/api/analyze', { messages: long }));
    expect(tooLong.status).toBe(400);
    expect((await errorOf(tooLong)).issues).toEqual([expect.objectContaining({ path: 'body.messages' })]);
    for (const messages of [[], [{ author: 1, time: null, text: 'x' }], [{ text: 'no author' }], 'not a list']) {
      expect((await app.request(jsonRequest('/api/analyze', { messages }))).status).toBe(400);
    }
  });

  it('analyses hostile authors and texts as data', async () => {
    const messages = [
      { author: '<script>alert(1)</script>', time: "'; DROP TABLE x; --", text: '=cmd|"/C calc"!A0' },
      { author: '__proto__', time: null, text: '../../etc/passwd' },
    ];
    const response = await app.request(jsonRequest('/api/analyze', { messages }));
    expect(response.status).toBe(200);
    conversationAnalysisSchema.parse(await response.json());
  });
});

describe('rate limiting of the public detection endpoints', () => {
  it('answers 429 with Retry-After once a client has used its burst, per client IP', async () => {
    const { app } = createApp({
      logger: captureLogger().logger,
      config: { trustProxy: true, rateLimit: { capacity: 3, refillPerSecond: 0.1 } },
    });
    const from = (ip: string) => jsonRequest('/api/check', { text: 'hello' }, { headers: { 'x-forwarded-for': ip } });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) statuses.push((await app.request(from('203.0.113.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.request(from('203.0.113.7'));
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(await errorOf(limited)).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 10 });
    expect((await app.request(from('198.51.100.2'))).status).toBe(200);
  });

  it('counts requests that fail validation too (they cost a token)', async () => {
    const { app } = createApp({
      logger: captureLogger().logger,
      config: { trustProxy: true, rateLimit: { capacity: 1, refillPerSecond: 0.1 } },
    });
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    expect((await app.request(jsonRequest('/api/check', '{bad', { headers }))).status).toBe(400);
    expect((await app.request(jsonRequest('/api/check', { text: 'hi' }, { headers }))).status).toBe(429);
  });

  it('does not rate-limit the health check', async () => {
    const { app } = createApp({ logger: captureLogger().logger, config: { rateLimit: { capacity: 1 } } });
    for (let index = 0; index < 5; index++) expect((await app.request('/api/health')).status).toBe(200);
  });
});
