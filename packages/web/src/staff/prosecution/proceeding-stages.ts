/**
 * The stages of a criminal proceeding in their usual order, and the one rule the store enforces
 * (packages/store, criminal-cases.ts): a trial or a verdict needs a charge recorded on or before its
 * date, an appeal needs a verdict. The page does not refuse a stage itself; it uses these to
 * suggest the next stage and to explain the server's refusal in plain words.
 */
export const PROCEEDING_STAGES = [
  'complaint',
  'investigation',
  'arrest',
  'charge',
  'trial',
  'verdict',
  'appeal',
] as const;
export type ProceedingStage = (typeof PROCEEDING_STAGES)[number];

export const STAGE_PREREQUISITE: Readonly<Partial<Record<ProceedingStage, ProceedingStage>>> = {
  trial: 'charge',
  verdict: 'charge',
  appeal: 'verdict',
};

/** The stage after the current one in the usual order (the complaint for a new case; none after an appeal). */
export function suggestedNextStage(current: ProceedingStage | null): ProceedingStage | null {
  if (current === null) return PROCEEDING_STAGES[0];
  return PROCEEDING_STAGES[PROCEEDING_STAGES.indexOf(current) + 1] ?? null;
}

/**
 * The stage that must be recorded on or before `occurredOn` for `stage` to be accepted and is not,
 * or null when nothing is missing.
 */
export function missingPrerequisite(
  stage: ProceedingStage,
  occurredOn: string,
  recorded: readonly { stage: ProceedingStage; occurredOn: string }[],
): ProceedingStage | null {
  const needed = STAGE_PREREQUISITE[stage];
  if (needed === undefined) return null;
  return recorded.some((earlier) => earlier.stage === needed && earlier.occurredOn <= occurredOn) ? null : needed;
}

/** A conviction or an acquittal is decided by a verdict; only a dismissal can come before one. */
export function hasVerdict(recorded: readonly { stage: ProceedingStage }[]): boolean {
  return recorded.some((item) => item.stage === 'verdict');
}
