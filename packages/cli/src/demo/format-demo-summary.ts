import type { DemoSummary } from './load-demo-dataset.ts';

/** What `raksa serve --demo` prints: the logins with their passwords, and what was loaded. */
export function formatDemoSummary(summary: DemoSummary): string {
  const width = Math.max(...summary.users.map((user) => user.login.length));
  const roleWidth = Math.max(...summary.users.map((user) => user.role.length));
  const passwordWidth = Math.max(...summary.users.map((user) => user.password.length));
  const c = summary.counts;
  const s = summary.statistics.wholePeriod;
  return [
    `Demo dataset loaded (fictional; seed ${summary.seed}, dated up to ${summary.now.slice(0, 10)}) in ${(summary.elapsedMs / 1000).toFixed(1)} s:`,
    `  ${c.organisations} organisations, ${c.users} users, ${c.tips} tips and calls (${c.hotlineCalls} calls), ${c.cases} cases (${c.closedCases} closed),`,
    `  ${c.referrals} referrals, ${c.criminalCases} criminal cases with ${c.suspects} suspects; ${s.casesProsecuted} cases prosecuted ${s.period.from} – ${s.period.to}.`,
    '',
    'Demo logins (for trying Raksa only — never use this dataset for real work):',
    ...summary.users.map(
      (user) =>
        `  ${user.login.padEnd(width)}  ${user.password.padEnd(passwordWidth)}  ${user.role.padEnd(roleWidth)}  ${user.organisation}`,
    ),
    '',
  ].join('\n');
}
