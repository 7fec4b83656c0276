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

  it('asks for statistics with the period and province as query parameters, and refuses negative or odd counts', async () => {
    const figures = {
      period: { from: '2025-01-01', to: '2025-12-31' },
      provinceCode: '12',
      casesProsecuted: 1,
      suspects: { total: 1, nationals: 1, foreigners: 0, citizenshipUnknown: 0, female: 0 },
      victims: {
        total: 2,
        female: 2,
        male: 0,
        sexUnknown: 0,
        minorsUnder15: 1,
        aged15To17: 1,
        adults: 0,
        ageUnknown: 0,
      },
      offences: { rape: 1, other: 0 },
    };
    const { fetchImpl, calls } = fakeFetch(() => json(200, figures));
    const api = createStaffApi(fetchImpl);
    expect((await api.statistics({ from: '2025-01-01', to: '2025-12-31', province: '12&x=1' })).casesProsecuted).toBe(
      1,
    );
    expect(calls[0]?.path).toBe('/api/statistics?from=2025-01-01&to=2025-12-31&province=12%26x%3D1');
    await api.statistics({ from: '2025-01-01', to: '2025-12-31', province: '' });
    expect(calls[1]?.path).toBe('/api/statistics?from=2025-01-01&to=2025-12-31');
    for (const broken of [
      { ...figures, casesProsecuted: -1 },
      { ...figures, casesProsecuted: 1.5 },
      { ...figures, offences: { rape: '1' } },
      { ...figures, victims: 'x'.repeat(100_000) },
    ]) {
      const bad = createStaffApi(fakeFetch(() => json(200, broken)).fetchImpl);
      await expect(bad.statistics({ from: '2025-01-01', to: '2025-12-31' })).rejects.toMatchObject({
        code: 'unexpected_response',
      });
    }
  });

  it('answers a referral with its version, the CSRF token and a reason only when there is one', async () => {
    const referral = {
      id: 'r/1',
      version: 2,
      caseId: 'c1',
      serviceType: 'safehouse',
      status: 'accepted',
      statusReason: null,
      referredAt: '2026-12-01T10:00:00Z',
    };
    const { fetchImpl, calls } = fakeFetch(() => json(200, referral));
    const api = createStaffApi(fetchImpl);
    expect((await api.respondToReferral('r/1', 'accept', { version: 1, reason: null }, 'csrf-1')).status).toBe(
      'accepted',
    );
    expect(calls[0]?.path).toBe('/api/referrals/r%2F1/accept');
    expect((calls[0]?.init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ version: 1 });
    await api.respondToReferral('r/1', 'reject', { version: 2, reason: '  No bed free  ' }, 'csrf-1');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ version: 2, reason: 'No bed free' });

    const conflict = createStaffApi(
      fakeFetch(() => json(409, { error: { code: 'version_conflict', message: 'changed' } })).fetchImpl,
    );
    await expect(
      conflict.respondToReferral('r1', 'complete', { version: 1, reason: null }, 'csrf-1'),
    ).rejects.toMatchObject({ code: 'version_conflict', status: 409 });
    const hostile = createStaffApi(
      fakeFetch(() => json(200, { items: [{ ...referral, status: 'teleported' }] })).fetchImpl,
    );
    await expect(hostile.incomingReferrals()).rejects.toMatchObject({ code: 'unexpected_response' });
  });
});
