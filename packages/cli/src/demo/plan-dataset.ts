import { DEFAULT_DEMO_NOW } from './demo-dates.ts';
import type { DemoPlan } from './demo-plan.ts';
import { planCase } from './plan-cases.ts';
import { planCriminalCases } from './plan-prosecution.ts';
import { planTips } from './plan-tips.ts';
import { seededRandom } from './seeded-random.ts';

export const DEFAULT_DEMO_SEED = 20_261_130;

/** The full dataset (hundreds of cases, meaningful statistics) and a small one for quick tests. */
export const DEMO_SIZES = {
  full: { cases: 400, tips: 200 },
  small: { cases: 24, tips: 16 },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;

export interface PlanOptions {
  readonly seed?: number;
  /** The reference date-time: nothing in the dataset happens after it. */
  readonly now?: string;
  readonly size?: DemoSize;
}

/** Plans the whole dataset: a pure function of seed, reference date and size. */
export function planDemoDataset(options: PlanOptions = {}): DemoPlan {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = (options.now ?? DEFAULT_DEMO_NOW).slice(0, 10);
  const size = DEMO_SIZES[options.size ?? 'full'];
  // Independent streams, so that changing how tips are drawn does not reshuffle the cases.
  const caseRandom = seededRandom(seed);
  const prosecutionRandom = seededRandom(seed ^ 0x5eed_0001);
  const tipRandom = seededRandom(seed ^ 0x5eed_0002);
  const counters = { referralCounter: { n: 0 }, closureCounter: { n: 0 } };
  const cases = Array.from({ length: size.cases }, (_, index) =>
    planCase({ random: caseRandom, now, ...counters }, index),
  ).sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0));
  return {
    seed,
    now,
    cases,
    criminalCases: planCriminalCases(prosecutionRandom, cases, now),
    tips: planTips(tipRandom, cases, now, size.tips),
  };
}
