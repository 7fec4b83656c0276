import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.ts';
import { argon2id } from '../auth/password-hashing.ts';
import { totpCodeAt } from '../auth/totp.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { cookiesOf, createOrganisation, createStaff, signIn, TEST_PASSWORD } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

describeEachDatabase('authentication', (getStore) => {
  const appWith = (options: { now?: () => Date; https?: boolean; config?: Record<string, unknown> } = {}) =>
    createApp({ store: getStore(), logger: captureLogger().logger, ...options }).app;

  async function staff(roles: Parameters<typeof createStaff>[2] = ['case_worker']) {
    const { organisation, team } = await createOrganisation(getStore());
    return createStaff(getStore(), { organisationId: organisation.id, teamId: team.id }, roles);
  }

  it('signs in with login and password and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const user = await staff();
    const response = await appWith({ https: true }).request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD }),
    );
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('raksa_session='));
    expect(session).toMatch(/HttpOnly/u);
    expect(session).toMatch(/SameSite=Strict/u);
    expect(session).toMatch(/Secure/u);
    expect(session).toMatch(/^raksa_session=[\w-]{43};/u);
    const csrf = cookies.find((cookie) => cookie.startsWith('raksa_csrf='));
    expect(csrf).not.toMatch(/HttpOnly/u);
    const body = (await response.json()) as {
      user: { id: string; roles: string[] };
      permissions: Record<string, string>;
    };
    expect(body.user).toMatchObject({ id: user.id, roles: ['case_worker'] });
    expect(body.permissions['case.read']).toBe('own');
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('stores only the SHA-256 of the session token', async () => {
    const user = await staff();
    const { cookie } = await signIn(appWith(), user.login);
    const token = /raksa_session=([\w-]+)/u.exec(cookie)?.[1] ?? '';
    const rows = await getStore()
      .db.selectFrom('sessions' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('omits Secure on plain HTTP (local use)', async () => {
    const user = await staff();
    const response = await appWith().request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD }),
    );
    expect(response.headers.getSetCookie().join('\n')).not.toMatch(/Secure/u);
  });

  it('answers the same generic 401 for a wrong password and an unknown login, at the same cost', async () => {
    const user = await staff();
    const app = appWith();
    // The real argon2id, watched: a login's cost is the verifications it runs, counted, not timed.
    const verify = vi.spyOn(argon2id, 'verify');
    const costOf = async (login: string, password: string) => {
      verify.mockClear();
      const response = await app.request(jsonRequest('/api/auth/login', { login, password }));
      // Each argon2id verification: the hash's parameters (memory, passes, lanes) set its time.
      const parameters = verify.mock.calls.map(([hash]) => String(hash).split('$').slice(1, 4).join('$'));
      return { response, parameters };
    };
    const wrong = await costOf(user.login, 'not the password');
    const unknown = await costOf('nobody.here', 'whatever it is');
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(await errorOf(wrong.response)).toEqual(await errorOf(unknown.response));
    // One verification each, with the same cost: an unknown login cannot be told apart by time.
    expect(wrong.parameters).toEqual(['argon2id$v=19$m=19456,t=2,p=1']);
    expect(unknown.parameters).toEqual(wrong.parameters);
    verify.mockRestore();
  });

  it('locks the account after repeated failures, without saying so, and counts no more while locked', async () => {
    const user = await staff();
    const app = appWith({ config: { lockoutThreshold: 3, lockoutMinutes: 15 } });
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await app.request(
        jsonRequest('/api/auth/login', { login: user.login, password: 'wrong guess!' }),
      );
      expect(response.status).toBe(401);
    }
    const locked = await app.request(jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD }));
    expect(locked.status).toBe(401);
    expect((await errorOf(locked)).code).toBe('invalid_credentials');
    const stored = await getStore().users.get(user.id);
    expect(stored.lockedUntil).not.toBeNull();
    const entries = await getStore().audit.list({ entity: 'user', entityId: user.id });
    expect(entries.map((entry) => entry.details.code)).toEqual([
      'locked',
      'wrong_password',
      'wrong_password',
      'wrong_password',
    ]);
  });

  it('resets the failure count on a successful login', async () => {
    const user = await staff();
    const app = appWith({ config: { lockoutThreshold: 3 } });
    await app.request(jsonRequest('/api/auth/login', { login: user.login, password: 'wrong guess!' }));
    await app.request(jsonRequest('/api/auth/login', { login: user.login, password: 'wrong guess!' }));
    await signIn(app, user.login);
    expect((await getStore().users.get(user.id)).failedLoginCount).toBe(0);
  });

  it('refuses a disabled user', async () => {
    const user = await staff();
    await getStore().users.update(user.id, user.version, { disabled: true }, { userId: null });
    const response = await appWith().request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD }),
    );
    expect(response.status).toBe(401);
  });

  it('answers /api/auth/me for a session and 401 without one or with a forged token', async () => {
    const user = await staff(['supervisor']);
    const app = appWith();
    const session = await signIn(app, user.login);
    const me = await app.request('/api/auth/me', { headers: session.headers() });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { login: string } }).user.login).toBe(user.login);
    expect((await app.request('/api/auth/me')).status).toBe(401);
    for (const forged of ['x', 'A'.repeat(43), "' OR 1=1 --", '../../etc/passwd']) {
      const response = await app.request('/api/auth/me', {
        headers: { cookie: `raksa_session=${encodeURIComponent(forged)}` },
      });
      expect(response.status).toBe(401);
    }
  });

  it('requires the CSRF token on unsafe methods with a session cookie', async () => {
    const user = await staff();
    const app = appWith();
    const session = await signIn(app, user.login);
    const noToken = await app.request(jsonRequest('/api/auth/logout', {}, { headers: session.headers() }));
    expect(noToken.status).toBe(403);
    expect((await errorOf(noToken)).code).toBe('csrf_rejected');
    const wrongToken = await app.request(
      jsonRequest('/api/auth/logout', {}, { headers: { ...session.headers(), 'x-csrf-token': 'A'.repeat(43) } }),
    );
    expect(wrongToken.status).toBe(403);
    // A token from another session (the attacker's own) does not work either.
    const other = await signIn(app, user.login);
    const crossed = await app.request(
      jsonRequest('/api/auth/logout', {}, { headers: { ...session.headers(), 'x-csrf-token': other.csrf } }),
    );
    expect(crossed.status).toBe(403);
    const ok = await app.request(jsonRequest('/api/auth/logout', {}, { headers: session.headers(true) }));
    expect(ok.status).toBe(200);
  });

  it('ends the session on logout: the cookie no longer works', async () => {
    const user = await staff();
    const app = appWith();
    const session = await signIn(app, user.login);
    await app.request(jsonRequest('/api/auth/logout', {}, { headers: session.headers(true) }));
    expect((await app.request('/api/auth/me', { headers: session.headers() })).status).toBe(401);
  });

  it('expires a session after the idle time and after the absolute lifetime', async () => {
    const user = await staff();
    let time = Date.now();
    const app = appWith({ now: () => new Date(time), config: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2 } });
    const session = await signIn(app, user.login);
    time += 29 * 60_000;
    expect((await app.request('/api/auth/me', { headers: session.headers() })).status).toBe(200);
    time += 31 * 60_000;
    expect((await app.request('/api/auth/me', { headers: session.headers() })).status).toBe(401);

    let time2 = Date.now();
    const app2 = appWith({ now: () => new Date(time2), config: { sessionIdleMinutes: 30, sessionAbsoluteHours: 1 } });
    const busy = await signIn(app2, user.login);
    // Used every 20 minutes, it stays alive until the absolute hour is over.
    for (let step = 0; step < 3; step++) {
      time2 += (step < 2 ? 20 : 25) * 60_000;
      const status = (await app2.request('/api/auth/me', { headers: busy.headers() })).status;
      expect(status).toBe(step < 2 ? 200 : 401);
    }
  });

  it('enrols TOTP, then requires the code at login', async () => {
    const user = await staff();
    const app = appWith();
    const session = await signIn(app, user.login);
    const enrol = await app.request(jsonRequest('/api/auth/totp/enrol', {}, { headers: session.headers(true) }));
    const { secret, uri } = (await enrol.json()) as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Raksa:/u);
    const wrong = await app.request(
      jsonRequest(
        '/api/auth/totp/confirm',
        { secret, code: '000000', password: TEST_PASSWORD },
        { headers: session.headers(true) },
      ),
    );
    expect([400, 401]).toContain(wrong.status);
    // One clock reading for the whole test: the steps below must not cross a 30 s boundary apart.
    const confirmedAt = new Date();
    const confirmCode = totpCodeAt(secret, confirmedAt);
    const confirm = await app.request(
      jsonRequest(
        '/api/auth/totp/confirm',
        { secret, code: confirmCode, password: TEST_PASSWORD },
        { headers: session.headers(true) },
      ),
    );
    expect(confirm.status).toBe(200);
    expect(((await confirm.json()) as { user: { hasTotp: boolean } }).user.hasTotp).toBe(true);

    const withoutCode = await app.request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD }),
    );
    expect(withoutCode.status).toBe(401);
    expect((await errorOf(withoutCode)).code).toBe('totp_required');
    expect(withoutCode.headers.getSetCookie()).toEqual([]);
    const badCode = await app.request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD, totpCode: '123456' }),
    );
    expect((await errorOf(badCode)).code).toBe('invalid_credentials');
    // The code used to confirm the enrolment is spent: replaying it (within its 30 s step) is refused.
    const replayed = await app.request(
      jsonRequest('/api/auth/login', {
        login: user.login,
        password: TEST_PASSWORD,
        totpCode: confirmCode,
      }),
    );
    expect(replayed.status).toBe(401);
    expect((await errorOf(replayed)).code).toBe('invalid_credentials');
    // The next step's code (accepted: one step of clock drift) signs in, once.
    const nextCode = totpCodeAt(secret, new Date(confirmedAt.getTime() + 30_000));
    await signIn(app, user.login, TEST_PASSWORD, nextCode);
    const again = await app.request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD, totpCode: nextCode }),
    );
    expect(again.status).toBe(401);
    // Remembered in the database: a restarted server (a new app on the same store) refuses it too.
    const restarted = appWith();
    const afterRestart = await restarted.request(
      jsonRequest('/api/auth/login', { login: user.login, password: TEST_PASSWORD, totpCode: nextCode }),
    );
    expect(afterRestart.status).toBe(401);
    // The secret is stored encrypted.
    const raw = await getStore()
      .db.selectFrom('users' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(raw)).not.toContain(secret);
  });

  it('changes the password, ending every other session', async () => {
    const user = await staff();
    const app = appWith();
    const first = await signIn(app, user.login);
    const second = await signIn(app, user.login);
    const weak = await app.request(
      jsonRequest(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'short' },
        { headers: second.headers(true) },
      ),
    );
    expect(weak.status).toBe(400);
    const wrongCurrent = await app.request(
      jsonRequest(
        '/api/auth/password',
        { currentPassword: 'not it at all', newPassword: 'a much longer new passphrase' },
        { headers: second.headers(true) },
      ),
    );
    expect(wrongCurrent.status).toBe(401);
    const changed = await app.request(
      jsonRequest(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new passphrase' },
        { headers: second.headers(true) },
      ),
    );
    expect(changed.status).toBe(200);
    const renewed = cookiesOf(changed);
    expect((await app.request('/api/auth/me', { headers: first.headers() })).status).toBe(401);
    expect((await app.request('/api/auth/me', { headers: second.headers() })).status).toBe(401);
    expect((await app.request('/api/auth/me', { headers: { cookie: renewed } })).status).toBe(200);
    await signIn(app, user.login, 'a much longer new passphrase');
  });

  it('refuses hostile login input with 401 or 400, never 500', async () => {
    const app = appWith();
    for (const login of ["admin' --", '<script>', '__proto__', 'a'.repeat(100), '../../etc/passwd', '\u0000']) {
      const response = await app.request(jsonRequest('/api/auth/login', { login, password: "' OR '1'='1" }));
      expect([400, 401]).toContain(response.status);
    }
  });
});

describe('authentication without a store', () => {
  it('is not offered', async () => {
    const { app } = createApp({ logger: captureLogger().logger });
    expect((await app.request(jsonRequest('/api/auth/login', { login: 'a', password: 'b' }))).status).toBe(404);
  });
});
