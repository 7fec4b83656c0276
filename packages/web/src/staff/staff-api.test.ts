import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../report/submit-tip.ts';
import { createStaffApi, StaffApiError } from './staff-api.ts';

const ME = {
  user: {
    id: 'u1',
    login: 'sokha.operator',
    displayName: 'Sokha',
    organisationId: 'o1',
    teamId: null,
    roles: ['hotline_operator'],
    hasTotp: false,
  },
  permissions: { 'tip.read': 'organisation' },
  csrfToken: 'csrf-1',
};

function fakeFetch(answer: (path: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (path, init) => {
    calls.push({ path, init });
    return answer(path, init);
  };
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe(createStaffApi.name, () => {
  it('signs in with the TOTP code only when one is given, and reads the user', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, ME));
    const api = createStaffApi(fetchImpl);
    expect((await api.login({ login: 'a', password: 'b', totpCode: '' })).user.login).toBe('sokha.operator');
    await api.login({ login: 'a', password: 'b', totpCode: '123456' });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ login: 'a', password: 'b' });
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ login: 'a', password: 'b', totpCode: '123456' });
  });

  it('answers "no session" on 401 from me, and echoes the CSRF token on sign-out', async () => {
    const { fetchImpl, calls } = fakeFetch((path) =>
      path === '/api/auth/me'
        ? json(401, { error: { code: 'authentication_required', message: 'Sign in first' } })
        : json(200, { signedOut: true }),
    );
    const api = createStaffApi(fetchImpl);
    expect(await api.me()).toBeNull();
    await api.logout('csrf-1');
    expect((calls[1]?.init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
  });

  it('turns server errors, malformed and hostile answers, and a lost connection into typed errors', async () => {
    const cases: [() => Response | Promise<Response>, string][] = [
      [() => json(401, { error: { code: 'invalid_credentials', message: 'Wrong' } }), 'invalid_credentials'],
      [() => json(500, '<html>proxy error</html>'), 'unexpected'],
      [() => json(200, '{"user": '), 'unexpected_response'],
      [() => json(200, { ...ME, permissions: 'all' }), 'unexpected_response'],
      [() => json(200, { ...ME, user: { ...ME.user, roles: 'x'.repeat(100_000) } }), 'unexpected_response'],
      [() => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ];
    for (const [answer, code] of cases) {
      const api = createStaffApi(fakeFetch(answer).fetchImpl);
      const error = await api.login({ login: 'a', password: 'b' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StaffApiError);
      expect((error as StaffApiError).code).toBe(code);
    }
  });

  it('reads the triage queue and refuses items of the wrong shape', async () => {
    const tip = {
      id: 't1',
      version: 1,
      kind: 'tip',
      channel: 'web',
      receivedAt: '2026-12-01T10:00:00Z',
      anonymous: true,
      language: 'en',
      body: 'hello',
      risk: 'high',
      harmTypes: ['recruitment_fraud'],
      triageStatus: 'new',
    };
    const ok = createStaffApi(fakeFetch(() => json(200, { items: [tip], limit: 50, offset: 0 })).fetchImpl);
    expect((await ok.triageQueue())[0]?.risk).toBe('high');
    const bad = createStaffApi(
      fakeFetch(() => json(200, { items: [{ ...tip, risk: 'apocalyptic' }], limit: 50, offset: 0 })).fetchImpl,
    );
    await expect(bad.triageQueue()).rejects.toMatchObject({ code: 'unexpected_response' });
  });
});
