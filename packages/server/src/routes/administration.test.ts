import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn, type SignedIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

describeEachDatabase('administration: users, organisations, teams, reference data', (getStore) => {
  async function setUp() {
    const store = getStore();
    const { app } = createApp({ store, logger: captureLogger().logger, config: { rateLimit: { capacity: 1000 } } });
    const ngo = await createOrganisation(store, 'Fictional Admin NGO');
    const other = await createOrganisation(store, 'Fictional Elsewhere NGO');
    const where = { organisationId: ngo.organisation.id, teamId: ngo.team.id };
    const adminUser = await createStaff(store, where, ['org_admin']);
    const systemUser = await createStaff(store, where, ['system_admin']);
    const otherUser = await createStaff(store, { organisationId: other.organisation.id, teamId: null }, [
      'case_worker',
    ]);
    return {
      app,
      store,
      ngo,
      other,
      adminUser,
      otherUser,
      admin: await signIn(app, adminUser.login),
      system: await signIn(app, systemUser.login),
    };
  }
  const call = async (
    app: ReturnType<typeof createApp>['app'],
    who: SignedIn,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await app.request(
      body === undefined
        ? new Request(`http://raksa.test${path}`, { method, headers: who.headers(method !== 'GET') })
        : jsonRequest(path, body, { method, headers: who.headers(true) }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
  };

  it('creates a user with a temporary password that signs in, and audits it', async () => {
    const { app, store, admin, adminUser, ngo } = await setUp();
    const created = await call(app, admin, 'POST', '/api/users', {
      login: `fictional.new.${Date.now().toString(36)}`,
      displayName: 'Fictional New Worker',
      teamId: ngo.team.id,
      roles: ['case_worker'],
    });
    expect(created.status).toBe(201);
    const { user, temporaryPassword } = created.body as {
      user: { id: string; login: string; organisationId: string };
      temporaryPassword: string;
    };
    expect(user.organisationId).toBe(ngo.organisation.id);
    expect(temporaryPassword).toMatch(/^[\w-]{20}$/u);
    expect(JSON.stringify(created.body)).not.toContain('argon2');
    await signIn(app, user.login, temporaryPassword);
    const audit = await store.audit.list({ actorUserId: adminUser.id });
    expect(audit.some((entry) => entry.action === 'user.manage' && entry.entityId === user.id)).toBe(true);
    const duplicate = await call(app, admin, 'POST', '/api/users', {
      login: user.login.toUpperCase(),
      displayName: 'X',
      roles: ['analyst'],
    });
    expect(duplicate.status).toBe(409);
  });

  it('makes a temporary password good only for choosing a new one', async () => {
    const { app, admin, ngo } = await setUp();
    const created = await call(app, admin, 'POST', '/api/users', {
      login: `fictional.temp.${Date.now().toString(36)}`,
      displayName: 'Fictional Temporary',
      teamId: ngo.team.id,
      roles: ['case_worker'],
    });
    const { user, temporaryPassword } = created.body as {
      user: { login: string; mustChangePassword: boolean };
      temporaryPassword: string;
    };
    expect(user.mustChangePassword).toBe(true);
    const fresh = await signIn(app, user.login, temporaryPassword);
    const me = await call(app, fresh, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect((me.body.user as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const refused = await call(app, fresh, 'GET', '/api/cases');
    expect(refused.status).toBe(403);
    expect((refused.body.error as { code: string }).code).toBe('password_change_required');
    const changed = await call(app, fresh, 'POST', '/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'a fictional passphrase of my own 91',
    });
    expect(changed.status).toBe(200);
    expect((changed.body.user as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    const again = await signIn(app, user.login, 'a fictional passphrase of my own 91');
    expect((await call(app, again, 'GET', '/api/cases')).status).toBe(200);
  });

  it('unlocks an account locked by failed sign-ins, with the version read, and only within the organisation', async () => {
    const { app, store, admin, ngo, otherUser } = await setUp();
    const target = await createStaff(store, { organisationId: ngo.organisation.id, teamId: ngo.team.id }, [
      'case_worker',
    ]);
    for (let attempt = 0; attempt < 12; attempt++) {
      await app.request(jsonRequest('/api/auth/login', { login: target.login, password: 'wrong fictional password' }));
    }
    const locked = await store.users.get(target.id);
    expect(locked.lockedUntil).not.toBeNull();
    const stale = await call(app, admin, 'POST', `/api/users/${target.id}/unlock`, { version: locked.version + 5 });
    expect(stale.status).toBe(409);
    const unlocked = await call(app, admin, 'POST', `/api/users/${target.id}/unlock`, { version: locked.version });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    await signIn(app, target.login);
    const history = await store.history.forRecord('users', target.id);
    expect(history.some((entry) => entry.field === 'lockedUntil' && entry.newValue === null)).toBe(true);
    const elsewhere = await call(app, admin, 'POST', `/api/users/${otherUser.id}/unlock`, { version: 1 });
    expect(elsewhere.status).toBe(403);
    expect((await call(app, admin, 'POST', `/api/users/${target.id}/unlock`, {})).status).toBe(400);
  });

  it('keeps an organisation administrator inside its organisation and below system administration', async () => {
    const { app, admin, adminUser, other, otherUser } = await setUp();
    const escalate = await call(app, admin, 'POST', '/api/users', {
      login: `fictional.esc.${Date.now().toString(36)}`,
      displayName: 'X',
      roles: ['system_admin'],
    });
    expect(escalate.status).toBe(403);
    const elsewhere = await call(app, admin, 'POST', '/api/users', {
      login: `fictional.far.${Date.now().toString(36)}`,
      displayName: 'X',
      organisationId: other.organisation.id,
      roles: ['analyst'],
    });
    expect(elsewhere.status).toBe(403);
    expect((await call(app, admin, 'PATCH', `/api/users/${otherUser.id}`, { version: 1, disabled: true })).status).toBe(
      403,
    );
    expect((await call(app, admin, 'GET', `/api/users?organisationId=${other.organisation.id}`)).status).toBe(403);
    const foreignTeam = await call(app, admin, 'PATCH', `/api/users/${adminUser.id}`, {
      version: adminUser.version,
      teamId: other.team.id,
    });
    expect(foreignTeam.status).toBe(400);
    const selfDisable = await call(app, admin, 'PATCH', `/api/users/${adminUser.id}`, {
      version: adminUser.version,
      disabled: true,
    });
    expect(selfDisable.status).toBe(409);
    const listed = await call(app, admin, 'GET', '/api/users');
    expect(
      (listed.body.items as { organisationId: string }[]).every((u) => u.organisationId === adminUser.organisationId),
    ).toBe(true);
  });

  it('disables an account (its sessions end at once) and resets a password', async () => {
    const { app, store, admin, ngo } = await setUp();
    const worker = await createStaff(store, { organisationId: ngo.organisation.id, teamId: ngo.team.id }, [
      'case_worker',
    ]);
    const session = await signIn(app, worker.login);
    const reset = await call(app, admin, 'POST', `/api/users/${worker.id}/password-reset`, { version: worker.version });
    expect(reset.status).toBe(200);
    expect((await app.request('/api/auth/me', { headers: session.headers() })).status).toBe(401);
    const { temporaryPassword, user } = reset.body as { temporaryPassword: string; user: { version: number } };
    const fresh = await signIn(app, worker.login, temporaryPassword);
    const stale = await call(app, admin, 'PATCH', `/api/users/${worker.id}`, {
      version: worker.version,
      disabled: true,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict', currentVersion: user.version } });
    const disabled = await call(app, admin, 'PATCH', `/api/users/${worker.id}`, {
      version: user.version,
      disabled: true,
      roles: ['case_worker', 'supervisor'],
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true, roles: ['case_worker', 'supervisor'] });
    expect((await app.request('/api/auth/me', { headers: fresh.headers() })).status).toBe(401);
    const bad = await call(app, admin, 'PATCH', `/api/users/${worker.id}`, { version: 3, roles: ['wizard'] });
    expect(bad.status).toBe(400);
    const colleagues = await call(app, admin, 'GET', '/api/colleagues');
    expect((colleagues.body.items as { id: string }[]).some((c) => c.id === worker.id)).toBe(false);
  });

  it('lets a system administrator manage organisations, and an organisation administrator its own teams', async () => {
    const { app, admin, system, ngo, other } = await setUp();
    const created = await call(app, system, 'POST', '/api/organisations', {
      name: 'Fictional Shelter Network',
      kind: 'shelter',
      provinceCode: '12',
    });
    expect(created.status).toBe(201);
    expect((await call(app, admin, 'POST', '/api/organisations', { name: 'Nope', kind: 'ngo' })).status).toBe(403);
    const renamed = await call(app, system, 'PATCH', `/api/organisations/${String(created.body.id)}`, {
      version: 1,
      active: false,
    });
    expect(renamed.body).toMatchObject({ active: false });
    const directory = await call(app, admin, 'GET', '/api/organisations');
    expect((directory.body.items as { id: string }[]).some((o) => o.id === created.body.id)).toBe(false);
    const everything = await call(app, system, 'GET', '/api/organisations?includeInactive=true');
    expect((everything.body.items as { id: string }[]).some((o) => o.id === created.body.id)).toBe(true);
    expect(
      (
        await call(app, admin, 'POST', `/api/organisations/${ngo.organisation.id}/teams`, {
          name: 'Fictional Night Team',
        })
      ).status,
    ).toBe(201);
    expect(
      (await call(app, admin, 'POST', `/api/organisations/${other.organisation.id}/teams`, { name: 'Theirs' })).status,
    ).toBe(403);
    expect((await call(app, admin, 'GET', `/api/organisations/${other.organisation.id}/teams`)).status).toBe(403);
    const teams = await call(app, admin, 'GET', `/api/organisations/${ngo.organisation.id}/teams`);
    expect((teams.body.items as { name: string }[]).map((t) => t.name)).toContain('Fictional Night Team');
    expect(
      (await call(app, system, 'POST', '/api/organisations', { name: 'x', kind: 'ngo', email: 'not-an-email' })).status,
    ).toBe(400);
  });

  it('serves the location tree and lets only a system administrator edit the legal catalogue', async () => {
    const { app, admin, system } = await setUp();
    const provinces = await call(app, admin, 'GET', '/api/locations');
    expect(provinces.body.items).toHaveLength(25);
    const [first] = provinces.body.items as { id: string; code: string }[];
    const district = await call(app, system, 'POST', '/api/locations', {
      parentId: first!.id,
      code: `${first!.code}77`,
      nameLatin: 'Fictional District',
    });
    expect(district.status).toBe(201);
    const children = await call(app, admin, 'GET', `/api/locations?parentId=${first!.id}`);
    expect((children.body.items as { code: string }[]).map((c) => c.code)).toContain(`${first!.code}77`);
    const offence = await call(app, system, 'POST', '/api/offences', {
      code: `fictional.${Date.now().toString(36)}`,
      statute: 'Fictional Statute',
      labelEn: 'A fictional offence',
      category: 'other',
    });
    expect(offence.status).toBe(201);
    expect(
      (await call(app, admin, 'POST', '/api/offences', { code: 'x', statute: 'x', labelEn: 'x', category: 'other' }))
        .status,
    ).toBe(403);
    const retired = await call(app, system, 'PATCH', `/api/offences/${String(offence.body.id)}`, {
      version: 1,
      active: false,
    });
    expect(retired.body).toMatchObject({ active: false });
    const active = await call(app, admin, 'GET', '/api/offences?includeInactive=true');
    expect((active.body.items as { id: string }[]).some((o) => o.id === offence.body.id)).toBe(false);
    const all = await call(app, system, 'GET', '/api/offences?includeInactive=true');
    expect((all.body.items as { id: string }[]).some((o) => o.id === offence.body.id)).toBe(true);
  });

  it('lists the engine’s hotlines for a country without sign-in', async () => {
    const { app } = await setUp();
    const response = await app.request('/api/hotlines?country=KH');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { country: string; number: string | null }[] };
    expect(items.some((h) => h.country === 'KH' && h.number === '1288')).toBe(true);
    expect((await app.request('/api/hotlines?country=cambodia')).status).toBe(400);
  });
});
