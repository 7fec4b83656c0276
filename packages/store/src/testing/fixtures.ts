import type { Store } from '../open-store.ts';

/** A fictional argon2id hash: the store keeps it as given and never checks it. */
export const FAKE_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZmljdGlvbmFsc2FsdA$ZmljdGlvbmFsaGFzaA';

export const SYSTEM = { userId: null } as const;

let counter = 0;

/** An organisation, a team and a case worker in it, all fictional, with unique names. */
export async function createOrganisationWithCaseWorker(store: Store, kind: 'ngo' | 'police' | 'shelter' = 'ngo') {
  counter += 1;
  const suffix = `${Date.now().toString(36)}${counter}`;
  const organisation = await store.organisations.create({ name: `Fictional ${kind} ${suffix}`, kind }, SYSTEM);
  const team = await store.teams.create({ organisationId: organisation.id, name: `Team ${suffix}` }, SYSTEM);
  const user = await store.users.create(
    {
      login: `worker.${suffix}`,
      displayName: `Case Worker ${suffix}`,
      organisationId: organisation.id,
      teamId: team.id,
      roles: ['case_worker'],
      passwordHash: FAKE_PASSWORD_HASH,
    },
    SYSTEM,
  );
  return { organisation, team, user, actor: { userId: user.id } };
}

/** Strings that would break naive SQL; the store must keep them verbatim. */
export const HOSTILE_STRINGS = [
  "Robert'); DROP TABLE persons;--",
  "' OR '1'='1",
  '"; DELETE FROM cases; --',
  '$$; SELECT pg_sleep(10); $$',
  '=HYPERLINK("http://evil.example","x")',
  '<script>alert(1)</script>',
];
