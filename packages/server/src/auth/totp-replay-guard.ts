/** TOTP codes are valid for one 30-second step, accepted one step either side. */
const ACCEPTED_DRIFT_STEPS = 1;

/**
 * Refuses a TOTP code that was already used: a code is accepted once per time step per user (a
 * code seen over someone's shoulder, or replayed from a captured request, does not sign in again).
 * This one remembers each user's last accepted step in memory (one process: for an app without a store) —
 * and forgets steps that have left the acceptance window, so memory stays bounded by the users
 * signing in within about a minute and a half.
 */
export interface TotpReplayGuard {
  /** Records `step` for the user; false (refuse the code) when that step or a later one was already used. */
  accept(userId: string, step: number, currentStep: number): boolean | Promise<boolean>;
}

/**
 * The guard the server uses with a store: the last accepted step is kept in the user's record
 * (users.totp_last_step, one atomic UPDATE), so a code is refused a second time even by another
 * server process or after a restart.
 */
export function createStoredTotpReplayGuard(users: {
  recordTotpStep(userId: string, step: number): Promise<boolean>;
}): TotpReplayGuard {
  return { accept: (userId, step) => users.recordTotpStep(userId, step) };
}

export function createTotpReplayGuard(): TotpReplayGuard & {
  accept(userId: string, step: number, currentStep: number): boolean;
  size(): number;
} {
  const lastStep = new Map<string, number>();
  const forgetExpired = (currentStep: number) => {
    for (const [userId, step] of lastStep) {
      if (step < currentStep - ACCEPTED_DRIFT_STEPS) lastStep.delete(userId);
    }
  };
  let lastSweep = Number.NEGATIVE_INFINITY;
  return {
    accept(userId, step, currentStep) {
      if (currentStep !== lastSweep) {
        forgetExpired(currentStep);
        lastSweep = currentStep;
      }
      const previous = lastStep.get(userId);
      if (previous !== undefined && step <= previous) return false;
      lastStep.set(userId, step);
      return true;
    },
    size: () => lastStep.size,
  };
}
