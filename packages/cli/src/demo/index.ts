export {
  loadDemoDataset,
  type DemoLogin,
  type DemoSummary,
  type LoadDemoOptions,
  type ProsecutionStatistics,
} from './load-demo-dataset.ts';
export { formatDemoSummary } from './format-demo-summary.ts';
export { DemoDatasetError, isDemoDatasetError, type DemoErrorCode } from './demo-errors.ts';
export { DEFAULT_DEMO_SEED, DEMO_SIZES, planDemoDataset, type DemoSize } from './plan-dataset.ts';
export { DEFAULT_DEMO_NOW } from './demo-dates.ts';
export { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-directory.ts';
export { FICTIONAL_PHONE_PATTERNS, isFictionalPhone } from './fictional-identifiers.ts';
export type { DemoProgress, TextAnalyser } from './write-demo-plan.ts';
