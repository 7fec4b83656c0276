import { describe, expect, it } from 'vitest';
import { submitTip, TipSubmitError, type FetchLike } from './submit-tip.ts';
import type { TipRequest } from './tip-contract.ts';

const request: TipRequest = { text: 'help', language: 'en', country: null, attachAnalysis: false, contact: null };

function answering(status: number, body: string, calls: { url: string; init: RequestInit }[] = []): FetchLike {
  return async (url, init) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
}

async function failure(fetchImpl: FetchLike): Promise<TipSubmitError> {
  try {
    await submitTip(request, fetchImpl);
  } catch (error) {
    if (error instanceof TipSubmitError) return error;
    throw error;
  }
  throw new Error('submitTip did not fail');
}

describe('submitTip', () => {
  it('POSTs JSON to /api/tips and returns the follow-up code', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const created = await submitTip(
      request,
      answering(201, JSON.stringify({ code: 'RK-7F3K-9Q2M', risk: 'high' }), calls),
    );
    expect(created).toEqual({ code: 'RK-7F3K-9Q2M', risk: 'high' });
    expect(calls[0]?.url).toBe('/api/tips');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(request);
  });

  it('maps each error status to a typed code, with the server message when there is one', async () => {
    const body = (code: string) => JSON.stringify({ error: { code, message: `server says ${code}` } });
    expect(await failure(answering(400, body('invalid_tip')))).toMatchObject({
      code: 'invalid',
      serverMessage: 'server says invalid_tip',
    });
    expect(await failure(answering(413, body('too_large')))).toMatchObject({ code: 'too_large' });
    expect(await failure(answering(429, body('rate_limited')))).toMatchObject({ code: 'rate_limited' });
    expect(await failure(answering(503, 'Service Unavailable'))).toMatchObject({
      code: 'server',
      serverMessage: undefined,
    });
    expect(await failure(answering(404, ''))).toMatchObject({ code: 'unexpected' });
  });

  it('calls a network failure "offline"', async () => {
    const error = await failure(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(error.code).toBe('offline');
    expect(error.message).toContain('Failed to fetch');
  });

  it('does not trust a 201 without a well-formed code', async () => {
    expect(await failure(answering(201, '{"code":"<img src=x>","risk":"high"}'))).toMatchObject({ code: 'unexpected' });
    expect(await failure(answering(201, 'not json'))).toMatchObject({ code: 'unexpected' });
    expect(await failure(answering(201, '{"code":"RK-7F3K-9Q2M","risk":"apocalyptic"}'))).toMatchObject({
      code: 'unexpected',
    });
  });

  it('cuts a huge server message to 300 characters', async () => {
    const error = await failure(answering(400, JSON.stringify({ error: { code: 'x', message: 'm'.repeat(100_000) } })));
    expect(error.serverMessage).toHaveLength(300);
  });
});
