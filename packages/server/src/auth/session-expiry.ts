/**
 * Session lifetime: a session ends after `idleMinutes` without use, and `absoluteHours` after
 * login at the latest. The idle deadline is kept in the session's `expiresAt`, which each use moves
 * forward (sliding), never past the absolute deadline.
 */
export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/** The deadline after a use at `usedAt` of a session created at `createdAt`. */
export function nextExpiry(createdAt: Date, usedAt: Date, limits: SessionLimits): Date {
  const idleEnd = usedAt.getTime() + limits.idleMinutes * 60_000;
  const absoluteEnd = createdAt.getTime() + limits.absoluteHours * 3_600_000;
  return new Date(Math.min(idleEnd, absoluteEnd));
}

export function isSessionExpired(
  session: { createdAt: Date; expiresAt: Date },
  limits: SessionLimits,
  now: Date,
): boolean {
  const absoluteEnd = session.createdAt.getTime() + limits.absoluteHours * 3_600_000;
  return now.getTime() >= Math.min(session.expiresAt.getTime(), absoluteEnd);
}
