import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../report/submit-tip.ts';
import { StaffApiError } from '../staff-api.ts';
import { createAdminApi } from './admin-api.ts';

const USER = {
  id: 'u-1',
  version: 1,
  login: 'fictional.dara',
  displayName: 'Dara Fictional',
  organisationId: 'org-1',
  teamId: null,
  roles: ['case_worker'],
  failedLoginCount: 0,
  lockedUntil: null,
  hasTotp: false,
  disabled: false,
  lastLoginAt: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

function fakeFetch(answer: (path: string) => { status: number; body: unknown }) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (path, init) => {
    calls.push({ path, init });
    const { status, body } = answer(path);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl, calls };
}

const headers = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

describe(createAdminApi.name, () => {
  it('reads users with the API’s filters and no CSRF token on a GET', async () => {
    const { fetchImpl, calls } = fakeFetch(() => ({ status: 200, body: { items: [USER] } }));
    const users = await createAdminApi(fetchImpl, 'csrf-1').users({ organisationId: 'org-1', teamId: 'team-1' });
    expect(users.map((user) => user.login)).toEqual(['fictional.dara']);
    expect(calls[0]?.path).toBe('/api/users?organisationId=org-1&teamId=team-1');
    expect(headers(calls[0]?.init)['x-csrf-token']).toBeUndefined();
  });

  it('sends changes with the version and the CSRF token', async () => {
    const { fetchImpl, calls } = fakeFetch(() => ({ status: 200, body: { ...USER, version: 2, disabled: true } }));
    const api = createAdminApi(fetchImpl, 'csrf-1');
    expect((await api.updateUser('u-1', 1, { disabled: true })).disabled).toBe(true);
    expect(calls[0]?.path).toBe('/api/users/u-1');
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(headers(calls[0]?.init)['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ version: 1, disabled: true });
  });

  it('asks to remove the TOTP on a password reset only when told', async () => {
    const { fetchImpl, calls } = fakeFetch(() => ({ status: 200, body: { user: USER, temporaryPassword: 'tmp' } }));
    const api = createAdminApi(fetchImpl, 'csrf-1');
    await api.resetPassword('u-1', 1, false);
    await api.resetPassword('u-1', 1, true);
    expect(calls.map((call) => JSON.parse(String(call.init.body)))).toEqual([
      { version: 1 },
      { version: 1, removeTotp: true },
    ]);
    expect(calls[0]?.path).toBe('/api/users/u-1/password-reset');
  });

  it('unlocks an account at the version read, and says a stale version as a conflict', async () => {
    const { fetchImpl, calls } = fakeFetch(() => ({ status: 200, body: { ...USER, version: 4 } }));
    expect((await createAdminApi(fetchImpl, 'csrf-1').unlockUser('u-1', 3)).lockedUntil).toBeNull();
    expect(calls[0]?.path).toBe('/api/users/u-1/unlock');
    expect(calls[0]?.init.method).toBe('POST');
    expect(headers(calls[0]?.init)['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ version: 3 });

    const stale = fakeFetch(() => ({
      status: 409,
      body: { error: { code: 'version_conflict', message: 'The user changed meanwhile.' } },
    }));
    await expect(createAdminApi(stale.fetchImpl, 'csrf-1').unlockUser('u-1', 3)).rejects.toMatchObject({
      code: 'version_conflict',
      status: 409,
    });
  });

  it('asks for retired offences and inactive organisations only when told', async () => {
    const { fetchImpl, calls } = fakeFetch(() => ({ status: 200, body: { items: [] } }));
    const api = createAdminApi(fetchImpl, 'csrf-1');
    await api.offences();
    await api.offences({ includeInactive: true });
    await api.organisations({ includeInactive: true, kind: 'ngo' });
    await api.locations({ country: 'KH' });
    await api.locations({ parentId: 'loc-1' });
    expect(calls.map((call) => call.path)).toEqual([
      '/api/offences',
      '/api/offences?includeInactive=true',
      '/api/organisations?includeInactive=true&kind=ngo',
      '/api/locations?country=KH',
      '/api/locations?parentId=loc-1',
    ]);
  });

  it('turns a refusal into a typed error and an answer of the wrong shape into unexpected_response', async () => {
    const refused = fakeFetch(() => ({ status: 403, body: { error: { code: 'forbidden', message: 'No.' } } }));
    await expect(createAdminApi(refused.fetchImpl, 'c').users()).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
    });
    const odd = fakeFetch(() => ({ status: 200, body: { items: [{ id: 1 }] } }));
    const failure = await createAdminApi(odd.fetchImpl, 'c')
      .hotlines('KH')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StaffApiError);
    expect((failure as StaffApiError).code).toBe('unexpected_response');
  });
});
