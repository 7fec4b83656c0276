import { describe, expect, it } from 'vitest';
import { isStoreError, VersionConflictError } from '../errors.ts';
import { createOrganisationWithCaseWorker, FAKE_PASSWORD_HASH, HOSTILE_STRINGS, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';
import { hashSessionToken } from './sessions.ts';

describeEachDatabase('organisations, teams and users', (getStore) => {
  it('creates a user without exposing the password hash, and finds it by login in any case', async () => {
    const store = getStore();
    const { user, organisation } = await createOrganisationWithCaseWorker(store);
    expect(user).not.toHaveProperty('passwordHash');
    expect(user.organisationId).toBe(organisation.id);
    const credentials = await store.users.getCredentials(user.login.toUpperCase());
    expect(credentials?.passwordHash).toBe(FAKE_PASSWORD_HASH);
    expect(credentials?.user.id).toBe(user.id);
  });

  it('refuses a second user with the same login, an unknown role and a plain-text password', async () => {
    const store = getStore();
    const { user, organisation } = await createOrganisationWithCaseWorker(store);
    const base = {
      displayName: 'X',
      organisationId: organisation.id,
      roles: ['analyst' as const],
      passwordHash: FAKE_PASSWORD_HASH,
    };
    await expect(store.users.create({ ...base, login: user.login }, SYSTEM)).rejects.toSatisfy((e) =>
      isStoreError(e, 'conflict'),
    );
    await expect(
      store.users.create({ ...base, login: 'other.login', roles: ['superuser' as never] }, SYSTEM),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    await expect(
      store.users.create({ ...base, login: 'plain.login', passwordHash: 'hunter2' }, SYSTEM),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('rejects a stale update with the current version and record, never overwriting', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    const renamed = await store.users.update(user.id, 1, { displayName: 'First rename' }, SYSTEM);
    expect(renamed.version).toBe(2);
    const stale = store.users.update(user.id, 1, { displayName: 'Second rename' }, SYSTEM);
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await stale.catch((error: VersionConflictError<{ displayName: string }>) => {
      expect(error.code).toBe('version_conflict');
      expect(error.currentVersion).toBe(2);
      expect(error.current.displayName).toBe('First rename');
    });
    expect((await store.users.get(user.id)).displayName).toBe('First rename');
  });

  it('keeps field-level history, with the TOTP secret encrypted in it', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DP';
    const updated = await store.users.update(
      user.id,
      1,
      { totpSecret: secret, displayName: 'Renamed' },
      { userId: user.id },
    );
    expect(updated.hasTotp).toBe(true);
    const history = await store.history.forRecord('users', user.id);
    const totpChange = history.find((entry) => entry.field === 'totpSecret' && entry.recordVersion === 2);
    expect(totpChange).toMatchObject({ oldValue: null, newValue: secret, encrypted: true, actorUserId: user.id });
    const raw = await store.db
      .selectFrom('record_history')
      .select('new_value')
      .where('record_id', '=', user.id)
      .execute();
    expect(JSON.stringify(raw)).not.toContain(secret);
    expect(history.find((entry) => entry.field === 'displayName' && entry.recordVersion === 2)?.newValue).toBe(
      'Renamed',
    );
  });

  it('locks an account after repeated failures and unlocks on success', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    const policy = { lockAfterFailures: 3, lockMinutes: 15 };
    await store.users.recordFailedLogin(user.id, policy);
    const second = await store.users.recordFailedLogin(user.id, policy);
    expect(second.lockedUntil).toBeNull();
    const third = await store.users.recordFailedLogin(user.id, policy);
    expect(third.failedLoginCount).toBe(3);
    expect(Date.parse(third.lockedUntil ?? '')).toBeGreaterThan(Date.now() + 14 * 60_000);
    const reset = await store.users.recordSuccessfulLogin(user.id);
    expect(reset).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('stores hostile strings verbatim and rejects a 1 MB name', async () => {
    const store = getStore();
    for (const hostile of HOSTILE_STRINGS) {
      const organisation = await store.organisations.create(
        { name: `${hostile} ${Math.random()}`, kind: 'ngo' },
        SYSTEM,
      );
      expect((await store.organisations.get(organisation.id)).name.startsWith(hostile)).toBe(true);
    }
    const huge = store.organisations.create({ name: 'x'.repeat(1_000_000), kind: 'ngo' }, SYSTEM);
    await expect(huge).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input') && /at most 200/u.test(e.message));
    await expect(store.organisations.create({ name: 'Null\u0000byte', kind: 'ngo' }, SYSTEM)).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
    await expect(store.organisations.get("1' OR '1'='1")).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });
});

describeEachDatabase('sessions', (getStore) => {
  it('keeps only the token hash and forgets expired sessions', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    const token = 'fictional-session-token-0001';
    const hash = hashSessionToken(token);
    await store.sessions.create({
      tokenHash: hash,
      userId: user.id,
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      ip: '192.0.2.1',
    });
    expect((await store.sessions.findActive(hash))?.userId).toBe(user.id);
    const raw = await store.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(raw)).not.toContain(token);
    const expired = hashSessionToken('fictional-session-token-0002');
    await store.sessions.create({
      tokenHash: expired,
      userId: user.id,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(await store.sessions.findActive(expired)).toBeUndefined();
    expect(await store.sessions.deleteExpired()).toBeGreaterThanOrEqual(1);
    expect(await store.sessions.delete(hash)).toBe(true);
    expect(await store.sessions.findActive(hash)).toBeUndefined();
  });
});

describe('hashSessionToken', () => {
  it('is a SHA-256 hex digest', () => {
    expect(hashSessionToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describeEachDatabase('TOTP replay protection', (getStore) => {
  it('accepts each time step once, only later steps after it, atomically under concurrency', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    expect(await store.users.recordTotpStep(user.id, 59_000_000)).toBe(true);
    expect(await store.users.recordTotpStep(user.id, 59_000_000)).toBe(false);
    expect(await store.users.recordTotpStep(user.id, 58_999_999)).toBe(false);
    const racing = await Promise.all(Array.from({ length: 5 }, () => store.users.recordTotpStep(user.id, 59_000_001)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store.users.recordTotpStep(user.id, 59_000_002)).toBe(true);
  });

  it('rejects an unknown user and a step that is not a whole, non-negative number', async () => {
    const store = getStore();
    const { user } = await createOrganisationWithCaseWorker(store);
    await expect(store.users.recordTotpStep('00000000-0000-4000-8000-000000000000', 1)).rejects.toSatisfy((e) =>
      isStoreError(e, 'not_found'),
    );
    for (const step of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '5' as unknown as number]) {
      await expect(store.users.recordTotpStep(user.id, step)).rejects.toSatisfy((e) =>
        isStoreError(e, 'invalid_input'),
      );
    }
  });
});
