import type { Store, UserRecord } from '@raksa/store';
import type { Hono } from 'hono';
import { hashPassword } from '../auth/password-hashing.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Role } from '../policy/roles.ts';
import { jsonRequest } from './requests.ts';

const SYSTEM = { userId: null } as const;
let counter = 0;

/** A fictional organisation with one team, for tests. */
export async function createOrganisation(store: Store, name = 'Fictional Protection NGO') {
  counter += 1;
  const suffix = `${Date.now().toString(36)}${counter}`;
  const organisation = await store.organisations.create({ name: `${name} ${suffix}`, kind: 'ngo' }, SYSTEM);
  const team = await store.teams.create({ organisationId: organisation.id, name: `Team ${suffix}` }, SYSTEM);
  return { organisation, team };
}

export const TEST_PASSWORD = 'correct horse battery staple 7';

/** A fictional staff member with the given roles (argon2id hash of TEST_PASSWORD). */
export async function createStaff(
  store: Store,
  where: { organisationId: string; teamId: string | null },
  roles: Role[],
): Promise<UserRecord> {
  counter += 1;
  return store.users.create(
    {
      login: `${roles[0]}.${Date.now().toString(36)}${counter}`,
      displayName: `Fictional ${roles.join(' ')} ${counter}`,
      organisationId: where.organisationId,
      teamId: where.teamId,
      roles,
      passwordHash: await hashPassword(TEST_PASSWORD),
    },
    SYSTEM,
  );
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  /** Headers for a request as this user; `unsafe` adds the CSRF token. */
  headers(unsafe?: boolean): Record<string, string>;
}

/** Cookies of a response as one Cookie header (name=value pairs). */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';', 1)[0] ?? '')
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}

export async function signIn(app: Hono<AppEnv>, login: string, password = TEST_PASSWORD, totpCode?: string) {
  const response = await app.request(
    jsonRequest('/api/auth/login', { login, password, ...(totpCode === undefined ? {} : { totpCode }) }),
  );
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = cookiesOf(response);
  const signedIn: SignedIn = {
    cookie,
    csrf: body.csrfToken,
    headers: (unsafe = false) => ({ cookie, ...(unsafe ? { 'x-csrf-token': body.csrfToken } : {}) }),
  };
  return signedIn;
}
