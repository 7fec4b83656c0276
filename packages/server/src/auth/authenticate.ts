import type { Store, UserRecord } from '@raksa/store';
import { hashSessionToken } from '@raksa/store';
import type { Context } from 'hono';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Actor } from '../policy/actor.ts';
import { CSRF_HEADER, readSessionCookies } from './cookies.ts';
import { isSessionExpired, nextExpiry } from './session-expiry.ts';
import { constantTimeEqual, csrfTokenFor, isWellFormedToken } from './session-token.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sessions are marked as used at most this often (one write per minute, not per request). */
const TOUCH_INTERVAL_MS = 60_000;

export function actorOf(user: UserRecord): Actor {
  return {
    userId: user.id,
    roles: [...user.roles],
    organisationId: user.organisationId,
    teamIds: user.teamId === null ? [] : [user.teamId],
  };
}

export function sessionLimits(config: ServerConfig) {
  return { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
}

/**
 * Resolves the session cookie to the signed-in user: the session must exist, be within its idle and
 * absolute lifetime, and belong to an enabled user who has passed the second factor if they have
 * one. Unsafe methods must carry the session's CSRF token in X-CSRF-Token. Sliding expiry: each use
 * moves the idle deadline, never past the absolute one.
 */
export function sessionAuthenticator(store: Pick<Store, 'sessions' | 'users'>, config: ServerConfig, now: () => Date) {
  return async (c: Context<AppEnv>): Promise<Actor | undefined> => {
    const { session: token } = readSessionCookies(c);
    if (token === undefined || !isWellFormedToken(token)) return undefined;
    const tokenHash = hashSessionToken(token);
    const session = await store.sessions.findActive(tokenHash);
    if (session === undefined) return undefined;
    const createdAt = new Date(session.createdAt);
    const time = now();
    if (isSessionExpired({ createdAt, expiresAt: new Date(session.expiresAt) }, sessionLimits(config), time)) {
      await store.sessions.delete(tokenHash);
      return undefined;
    }
    const user = await store.users.get(session.userId);
    if (user.disabled || (user.hasTotp && !session.secondFactorDone)) return undefined;
    if (UNSAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!constantTimeEqual(sent, csrfTokenFor(token))) {
        throw new ApiError('csrf_rejected', `Send the ${CSRF_HEADER} header with the raksa_csrf cookie's value.`);
      }
    }
    const expiresAt = nextExpiry(createdAt, time, sessionLimits(config));
    if (expiresAt.getTime() - new Date(session.expiresAt).getTime() >= TOUCH_INTERVAL_MS) {
      await store.sessions.touch(tokenHash, { expiresAt: expiresAt.toISOString() });
    }
    c.set('mustChangePassword', user.mustChangePassword);
    return actorOf(user);
  };
}
