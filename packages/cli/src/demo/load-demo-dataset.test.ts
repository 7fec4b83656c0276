import { createHash } from 'node:crypto';
import { createDetector } from '@raksa/detect';
import { roles, type Store } from '@raksa/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, openTestStore } from '@raksa/store/testing';
import { isDemoDatasetError } from './demo-errors.ts';
import { isFictionalPhone } from './fictional-identifiers.ts';
import { formatDemoSummary } from './format-demo-summary.ts';
import { loadDemoDataset, type DemoSummary } from './load-demo-dataset.ts';

// The store accepts any string shaped like an argon2id PHC hash; real argon2id (the server's
// hashPassword) costs 19 MiB per password, which the suite does not need to spend here.
const hashes = new Map<string, string>();
async function testHash(password: string): Promise<string> {
  const digest = createHash('sha256').update(password).digest('base64').replaceAll('=', '');
  const hash = `$argon2id$v=19$m=19456,t=2,p=1$ZGVtb3NhbHQ$${digest}`;
  hashes.set(hash, password);
  return hash;
}

const detector = createDetector();
const LOAD_TIMEOUT_MS = 600_000;

// The full dataset is loaded once, on PGlite (the embedded storage `raksa serve --demo` uses);
// the small one exercises the same code on every database.
describe('the full demo dataset [pglite]', () => {
  let summary: DemoSummary;
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore('pglite');
    summary = await loadDemoDataset(store, { hashPassword: testHash, detector });
  }, LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await store.close();
  });

  it('creates a user for every role, with the printed login and a hash of the printed password', async () => {
    expect(new Set(summary.users.map((u) => u.role))).toEqual(new Set(roles));
    for (const user of summary.users) {
      const credentials = await store.users.getCredentials(user.login);
      expect(credentials?.user.roles).toEqual([user.role]);
      expect(hashes.get(credentials?.passwordHash ?? '')).toBe(user.password);
    }
    const printed = formatDemoSummary(summary);
    const lines = printed.split('\n');
    for (const user of summary.users) {
      expect(
        lines.some((line) => line.includes(` ${user.login} `) && line.includes(` ${user.password} `)),
        user.login,
      ).toBe(true);
    }
  });

  it('counts what it loaded', () => {
    const c = summary.counts;
    expect(c).toMatchObject({ organisations: 9, users: 18, tips: 200, cases: 400 });
    expect(c.referrals).toBeGreaterThan(400);
    expect(c.criminalCases).toBeGreaterThan(50);
    expect(c.withdrawnConsents).toBeGreaterThan(10);
    expect(Object.values(c.referralsByStatus).every((n) => n > 0)).toBe(true);
  });

  it('has referrals in every state and cases closed for every reason', async () => {
    const statuses = await store.db.selectFrom('referrals').select('status').distinct().execute();
    expect(new Set(statuses.map((r) => r.status))).toEqual(
      new Set(['in_progress', 'accepted', 'rejected', 'done', 'revoked']),
    );
    const reasons = await store.db
      .selectFrom('cases')
      .select('closure_reason')
      .distinct()
      .where('closure_reason', 'is not', null)
      .execute();
    expect(reasons.map((r) => r.closure_reason as string).sort()).toEqual([
      'died',
      'lost_contact',
      'moved_away',
      'no_longer_requires_support',
      'not_trafficked',
      'other',
      'refused_services',
      'reintegrated',
      'repatriated',
      'transferred',
    ]);
    const overridden = await store.db
      .selectFrom('referrals')
      .select('id')
      .where('consent_override_reason', 'is not', null)
      .execute();
    expect(overridden.length).toBeGreaterThan(0);
  });

  it('gives statistics worth showing: prosecutions, nationals and foreigners, sexes, age bands, offences', () => {
    const s = summary.statistics.wholePeriod;
    expect(s.casesProsecuted).toBeGreaterThan(30);
    expect(s.suspects.nationals).toBeGreaterThan(s.suspects.foreigners);
    expect(s.suspects.foreigners).toBeGreaterThan(0);
    expect(s.victims.female).toBeGreaterThan(s.victims.male);
    expect(s.victims.male).toBeGreaterThan(0);
    expect(s.victims.minorsUnder15).toBeGreaterThan(0);
    expect(s.victims.aged15To17).toBeGreaterThan(0);
    expect(s.victims.adults).toBeGreaterThan(0);
    for (const category of [
      'trafficking',
      'rape',
      'child_prostitution',
      'illegal_adoption',
      'sex_with_minor_under_15',
    ] as const) {
      expect(s.offences[category], category).toBeGreaterThan(0);
    }
    expect(s.suspectOutcomes.convicted).toBeGreaterThan(s.suspectOutcomes.acquitted);
    const years = Object.values(summary.statistics.byYear).map((year) => year.casesProsecuted);
    expect(years.reduce((a, b) => a + b, 0)).toBe(s.casesProsecuted);
  });

  it('dates the records in the past they describe', async () => {
    const years = await store.db.selectFrom('cases').select('opened_at').execute();
    const openedYears = new Set(years.map((row) => String(row.opened_at).slice(0, 4)));
    expect(openedYears).toEqual(new Set(['2024', '2025', '2026']));
  });

  it('stores only fictional phone numbers', async () => {
    const ids = (await store.db.selectFrom('persons').select('id').execute()).map((row) => String(row.id));
    const persons = await store.persons.getMany(ids);
    const phones = persons.flatMap((person) => person.phones ?? []);
    expect(phones.length).toBeGreaterThan(100);
    for (const phone of phones) expect(isFictionalPhone(phone), phone).toBe(true);
    const reports = await store.reports.list({ scope: { kind: 'all' }, page: { limit: 500 } });
    const found = reports.flatMap((report) =>
      ((report.analysis as { entities?: { type: string; value: string }[] } | null)?.entities ?? [])
        .filter((e) => e.type === 'phone')
        .map((e) => e.value),
    );
    expect(found.length).toBeGreaterThan(30);
    for (const phone of found) expect(isFictionalPhone(phone), phone).toBe(true);
  });

  it('fills the triage queue by risk and links tips that share an identifier', async () => {
    const queue = await store.reports.triageQueue({ scope: { kind: 'all' }, page: { limit: 500 } });
    expect(queue.length).toBeGreaterThan(40);
    expect(new Set(queue.map((r) => r.risk)).size).toBeGreaterThan(1);
    let linkedToCase = 0;
    for (const report of queue) {
      const matches = await store.reports.findSharingIdentifiers(report.id);
      if (matches.some((m) => m.caseId !== null)) linkedToCase += 1;
    }
    expect(linkedToCase).toBeGreaterThan(5);
  });

  it('refuses to load into a store that already has organisations', async () => {
    const attempt = loadDemoDataset(store, { hashPassword: testHash, detector, size: 'small' });
    await expect(attempt).rejects.toSatisfy((error: unknown) => isDemoDatasetError(error, 'store_not_empty'));
  });
});

describeEachDatabase('the small demo dataset', (getStore, kind) => {
  it(
    'gives the same counts and statistics for the same seed, and others for another seed',
    async () => {
      const first = await loadDemoDataset(getStore(), { hashPassword: testHash, detector, size: 'small', seed: 42 });
      const again = await openTestStore(kind);
      const other = await openTestStore(kind);
      try {
        const second = await loadDemoDataset(again, { hashPassword: testHash, detector, size: 'small', seed: 42 });
        const third = await loadDemoDataset(other, { hashPassword: testHash, detector, size: 'small', seed: 43 });
        expect(second.counts).toEqual(first.counts);
        expect(second.statistics).toEqual(first.statistics);
        expect({ counts: third.counts, statistics: third.statistics }).not.toEqual({
          counts: first.counts,
          statistics: first.statistics,
        });
      } finally {
        await again.close();
        await other.close();
      }
    },
    LOAD_TIMEOUT_MS,
  );

  it('rejects invalid options with a typed error', async () => {
    const attempt = loadDemoDataset(getStore(), { hashPassword: testHash, seed: -1 });
    await expect(attempt).rejects.toSatisfy((error: unknown) => isDemoDatasetError(error, 'invalid_options'));
  });
});
