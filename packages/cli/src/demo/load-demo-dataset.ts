import { createDetector } from '@raksa/detect';
import type { Role, Store } from '@raksa/store';
import { z } from 'zod';
import { DEMO_PERIOD_START, DEFAULT_DEMO_NOW, isStillToCome, latestDemoTime } from './demo-dates.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-directory.ts';
import { DemoDatasetError } from './demo-errors.ts';
import { DEFAULT_DEMO_SEED, DEMO_SIZES, planDemoDataset, type DemoSize } from './plan-dataset.ts';
import { writeDemoPlan, type DemoProgress, type TextAnalyser, type WrittenDemo } from './write-demo-plan.ts';

export type ProsecutionStatistics = Awaited<ReturnType<Store['statistics']>>;

export interface LoadDemoOptions {
  /** Same seed, same dataset (records and statistics). */
  readonly seed?: number;
  /** The server's password hasher (argon2id), e.g. `hashPassword` of @raksa/server. */
  readonly hashPassword: (password: string) => Promise<string>;
  /** A detection engine instance (createDetector()); one is created when not given. */
  readonly detector?: TextAnalyser;
  /**
   * The reference date-time the dataset is relative to (ISO-8601), not in the future: the store
   * refuses future times. Default 2026-11-30T12:00Z, or the current time on a clock earlier than that.
   */
  readonly now?: string;
  readonly size?: DemoSize;
  /** Called as the load advances (it takes a while on embedded storage): for a progress line. */
  readonly onProgress?: (progress: DemoProgress) => void;
  /** Load even though the store already has organisations (fails if demo names are taken). */
  readonly allowNonEmptyStore?: boolean;
}

export interface DemoLogin {
  readonly login: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
  readonly organisation: string;
  readonly team: string | null;
}

export interface DemoSummary {
  readonly seed: number;
  readonly now: string;
  readonly size: DemoSize;
  readonly users: readonly DemoLogin[];
  readonly counts: WrittenDemo['counts'];
  /** The prosecution figures of the whole period, and of each calendar year. */
  readonly statistics: {
    readonly wholePeriod: ProsecutionStatistics;
    readonly byYear: Readonly<Record<string, ProsecutionStatistics>>;
  };
  /** Wall-clock time of the load, in milliseconds (the only figure that varies between runs). */
  readonly elapsedMs: number;
}

const optionsSchema = z.object({
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
  now: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  size: z.enum(Object.keys(DEMO_SIZES) as [DemoSize, ...DemoSize[]]).optional(),
  allowNonEmptyStore: z.boolean().optional(),
});

/**
 * Loads the fictional demo dataset into `store`: organisations, teams, one user per role (and
 * several case workers), tips and calls with their detection analysis, cases with victims,
 * consents, profiles, events, screenings and referrals, and criminal cases with suspects, offences,
 * stages and outcomes. Deterministic for a seed and reference date; refuses a store that already
 * has organisations unless `allowNonEmptyStore`.
 */
export async function loadDemoDataset(store: Store, options: LoadDemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const parsed = optionsSchema.safeParse({
    seed: options.seed,
    now: options.now,
    size: options.size,
    allowNonEmptyStore: options.allowNonEmptyStore,
  });
  if (!parsed.success) {
    throw new DemoDatasetError(
      'invalid_options',
      `invalid demo options: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const seed = parsed.data.seed ?? DEFAULT_DEMO_SEED;
  const clockMs = Date.now();
  const now =
    parsed.data.now ?? (Date.parse(DEFAULT_DEMO_NOW) <= clockMs ? DEFAULT_DEMO_NOW : new Date(clockMs).toISOString());
  const size = parsed.data.size ?? 'full';
  if (now.slice(0, 10) <= DEMO_PERIOD_START) {
    throw new DemoDatasetError('invalid_options', `the reference date must be after ${DEMO_PERIOD_START}`);
  }
  if (isStillToCome(now, clockMs)) {
    throw new DemoDatasetError('invalid_options', `the reference date ${now} is in the future`);
  }
  const latestTime = latestDemoTime(now, clockMs);

  const existing = await store.organisations.list();
  if (existing.length > 0 && parsed.data.allowNonEmptyStore !== true) {
    throw new DemoDatasetError(
      'store_not_empty',
      `the database already has ${existing.length} organisation(s): the demo dataset loads only into an empty database (use a new --data directory)`,
    );
  }

  // argon2id runs on libuv's threads: hash while the main thread plans and builds the detector.
  const hashing = Promise.all(
    DEMO_USERS.map(async (user) => [user.login, await options.hashPassword(user.password)] as const),
  );
  hashing.catch(() => undefined); // awaited below; this only stops an early rejection being reported as unhandled
  const plan = planDemoDataset({ seed, now, size });
  const detector = options.detector ?? createDetector();
  const hashes = new Map(await hashing);
  let written: WrittenDemo;
  try {
    written = await store.transaction((tx) =>
      writeDemoPlan(tx, plan, {
        passwordHashes: hashes,
        detector,
        latestTime,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
  } catch (error) {
    throw new DemoDatasetError(
      'load_failed',
      `the demo dataset could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }

  const to = plan.now;
  const wholePeriod = await store.statistics({ from: DEMO_PERIOD_START, to });
  const byYear: Record<string, ProsecutionStatistics> = {};
  for (let year = Number(DEMO_PERIOD_START.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    byYear[String(year)] = await store.statistics({ from: `${year}-01-01`, to: `${year}-12-31` });
  }
  const organisationName = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, o.name]));
  return {
    seed,
    now,
    size,
    users: DEMO_USERS.map((user) => ({
      login: user.login,
      password: user.password,
      role: user.role,
      displayName: user.displayName,
      organisation: organisationName.get(user.organisation) ?? user.organisation,
      team: user.team,
    })),
    counts: written.counts,
    statistics: { wholePeriod, byYear },
    elapsedMs: Math.round(performance.now() - started),
  };
}
