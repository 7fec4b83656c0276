import { createDetector } from '@raksa/detect';
import { hashPassword } from '@raksa/server';
import type { Store } from '@raksa/store';
import { DEMO_USERS, formatDemoSummary, loadDemoDataset } from '../demo/index.ts';
import { write, type Io } from '../io.ts';

/** The demo logins, printed whether the dataset was loaded now or on an earlier start. */
function formatLogins(): string {
  const width = Math.max(...DEMO_USERS.map((user) => user.login.length));
  const roleWidth = Math.max(...DEMO_USERS.map((user) => user.role.length));
  return [
    'Demo logins (fictional people; every account exists to be tried):',
    ...DEMO_USERS.map((user) => `  ${user.login.padEnd(width)}  ${user.role.padEnd(roleWidth)}  ${user.password}`),
    '',
  ].join('\n');
}

/**
 * `raksa serve --demo`: loads the fictional demo dataset into an empty database; on a database
 * that already holds it (a restart), prints the logins again and loads nothing.
 */
export async function loadDemoIfAsked(store: Store, io: Io): Promise<void> {
  const organisations = await store.organisations.list();
  if (organisations.length > 0) {
    const demoLogin = DEMO_USERS[0]?.login;
    const hasDemo = demoLogin !== undefined && (await store.users.getCredentials(demoLogin)) !== undefined;
    await write(
      io.stderr,
      hasDemo
        ? `The demo dataset is already loaded.\n${formatLogins()}`
        : 'The database already holds data: the demo dataset is loaded only into an empty database (use another --data directory).\n',
    );
    return;
  }
  await write(io.stderr, 'Loading the fictional demo dataset (once; about a minute on embedded storage)…\n');
  let lastStage = '';
  const summary = await loadDemoDataset(store, {
    hashPassword,
    detector: createDetector(),
    onProgress: (progress) => {
      if (progress.stage !== lastStage) {
        lastStage = progress.stage;
        io.stderr.write(`  ${progress.stage.replace('_', ' ')}…\n`);
      }
    },
  });
  await write(io.stderr, `${formatDemoSummary(summary)}\n`);
}
