import { hashSessionToken, type Store, type UserRecord } from '@raksa/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { actorOf, sessionLimits } from '../auth/authenticate.ts';
import { clearSessionCookies, readSessionCookies, setSessionCookies } from '../auth/cookies.ts';
import { burnVerificationTime, hashPassword, passwordSchema, verifyPassword } from '../auth/password-hashing.ts';
import { nextExpiry } from '../auth/session-expiry.ts';
import { csrfTokenFor, newSessionToken } from '../auth/session-token.ts';
import { currentTotpStep, newTotpEnrolment, verifyTotpCode } from '../auth/totp.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { ACTION_NAMES, type Action } from '../policy/actions.ts';
import { scopeOf } from '../policy/can.ts';
import { ROLES, SCOPES, type Scope } from '../policy/roles.ts';
import type { RouteContext } from './route-context.ts';

/** One message for every failed login: it never tells whether the login exists or is locked. */
const LOGIN_FAILED = 'The login or password is wrong, or the account is locked for a while.';

const totpCode = z.string().regex(/^\d{6}$/u, 'A 6-digit code from the authenticator app.');

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    teamId: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
    hasTotp: z.boolean(),
    /** A temporary password: the app must ask for a new one; every other endpoint answers 403 until then. */
    mustChangePassword: z.boolean(),
  }),
  /** What the user may do and how far: the web app shows only what is allowed. */
  permissions: z.record(z.string(), z.enum(SCOPES)),
  /** Echo it in X-CSRF-Token on POST, PUT, PATCH and DELETE. */
  csrfToken: z.string(),
});

function meOf(user: UserRecord, token: string): z.infer<typeof meSchema> {
  const actor = actorOf(user);
  const permissions: Partial<Record<Action, Scope>> = {};
  for (const action of ACTION_NAMES) {
    const scope = scopeOf(actor, action);
    if (scope !== undefined) permissions[action] = scope;
  }
  return {
    user: {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      organisationId: user.organisationId,
      teamId: user.teamId,
      roles: [...user.roles],
      hasTotp: user.hasTotp,
      mustChangePassword: user.mustChangePassword,
    },
    permissions,
    csrfToken: csrfTokenFor(token),
  };
}

/** Login, logout, the signed-in user, TOTP enrolment and password change. */
export function authRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const limits = sessionLimits(context.config);
  const cookieOptions = { secure: context.https };

  const startSession = async (c: Context<AppEnv>, user: UserRecord): Promise<string> => {
    const token = newSessionToken();
    const now = context.now();
    const expiresAt = nextExpiry(now, now, limits);
    await store.sessions.create({
      tokenHash: hashSessionToken(token),
      userId: user.id,
      expiresAt: expiresAt.toISOString(),
      ip: context.clientIp(c),
      secondFactorDone: user.hasTotp,
    });
    setSessionCookies(
      c,
      { session: token, csrf: csrfTokenFor(token) },
      {
        ...cookieOptions,
        maxAgeSeconds: Math.round(limits.absoluteHours * 3600),
      },
    );
    return token;
  };

  const currentToken = (c: Context<AppEnv>): string => {
    const { session } = readSessionCookies(c);
    if (session === undefined) throw new ApiError('authentication_required', 'Sign in first.');
    return session;
  };

  const failLogin = async (c: Context<AppEnv>, userId: string | null, code: string): Promise<never> => {
    await context.audit(c, {
      action: 'auth.login',
      recordType: 'user',
      recordId: userId,
      outcome: 'denied',
      code,
      actorUserId: userId,
    });
    throw new ApiError('invalid_credentials', LOGIN_FAILED);
  };

  const login = defineRoute({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with login, password and (when enrolled) a TOTP code; sets the session cookie',
    tags: ['auth'],
    access: 'public',
    rateLimited: true,
    body: z.strictObject({
      login: z.string().min(1).max(100),
      password: z.string().min(1).max(256),
      totpCode: totpCode.optional(),
    }),
    response: { status: 200, description: 'Signed in', schema: meSchema },
    handler: async ({ body, c }) => {
      const credentials = await store.users.getCredentials(body.login);
      const now = context.now();
      if (credentials === undefined) {
        await burnVerificationTime(body.password);
        return failLogin(c, null, 'unknown_login');
      }
      const { user } = credentials;
      if (user.disabled || (user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime())) {
        await burnVerificationTime(body.password);
        return failLogin(c, user.id, user.disabled ? 'disabled' : 'locked');
      }
      const lockout = {
        lockAfterFailures: context.config.lockoutThreshold,
        lockMinutes: context.config.lockoutMinutes,
      };
      if (!(await verifyPassword(credentials.passwordHash, body.password))) {
        await store.users.recordFailedLogin(user.id, lockout);
        return failLogin(c, user.id, 'wrong_password');
      }
      if (credentials.totpSecret !== null) {
        if (body.totpCode === undefined) {
          throw new ApiError('totp_required', 'Enter the 6-digit code from your authenticator app.');
        }
        const step = verifyTotpCode(credentials.totpSecret, body.totpCode, now);
        if (step === null) {
          await store.users.recordFailedLogin(user.id, lockout);
          return failLogin(c, user.id, 'wrong_totp');
        }
        // A code is good once: the same code (or an older one) replayed within its window is refused.
        if (!(await context.totpReplay.accept(user.id, step, currentTotpStep(now)))) {
          await store.users.recordFailedLogin(user.id, lockout);
          return failLogin(c, user.id, 'totp_replayed');
        }
      }
      const signedIn = await store.users.recordSuccessfulLogin(user.id);
      const token = await startSession(c, signedIn);
      await context.audit(c, {
        action: 'auth.login',
        recordType: 'user',
        recordId: user.id,
        outcome: 'allowed',
        code: null,
        actorUserId: user.id,
      });
      return meOf(signedIn, token);
    },
  });

  const logout = defineRoute({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out: ends the session and clears its cookies',
    tags: ['auth'],
    access: 'session',
    response: { status: 200, description: 'Signed out', schema: z.object({ signedOut: z.literal(true) }) },
    handler: async ({ c, actor }) => {
      await store.sessions.delete(hashSessionToken(currentToken(c)));
      clearSessionCookies(c, cookieOptions);
      await context.audit(c, {
        action: 'auth.logout',
        recordType: 'user',
        recordId: actor?.userId ?? null,
        outcome: 'allowed',
        code: null,
      });
      return { signedOut: true as const };
    },
  });

  const me = defineRoute({
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user, their permissions and the CSRF token',
    tags: ['auth'],
    access: 'session',
    response: { status: 200, description: 'The signed-in user', schema: meSchema },
    handler: async ({ c, actor }) => meOf(await store.users.get(actor!.userId), currentToken(c)),
  });

  /** Re-checks the password before a security change; failures count towards the lockout. */
  const confirmPassword = async (c: Context<AppEnv>, login: string, password: string) => {
    const credentials = await store.users.getCredentials(login);
    if (credentials === undefined) throw new ApiError('authentication_required', 'Sign in first.');
    if (!(await verifyPassword(credentials.passwordHash, password))) {
      await store.users.recordFailedLogin(credentials.user.id, {
        lockAfterFailures: context.config.lockoutThreshold,
        lockMinutes: context.config.lockoutMinutes,
      });
      await context.audit(c, {
        action: 'auth.password_change',
        recordType: 'user',
        recordId: credentials.user.id,
        outcome: 'denied',
        code: 'wrong_password',
      });
      throw new ApiError('invalid_credentials', 'The current password is wrong.');
    }
    return credentials;
  };

  const totpEnrol = defineRoute({
    method: 'post',
    path: '/api/auth/totp/enrol',
    summary: 'Start TOTP enrolment: a new secret and its otpauth:// URI (nothing is stored yet)',
    tags: ['auth'],
    access: 'session',
    response: {
      status: 200,
      description: 'Scan the URI, then confirm with a code',
      schema: z.object({ secret: z.string(), uri: z.string() }),
    },
    handler: async ({ actor }) => {
      const user = await store.users.get(actor!.userId);
      return newTotpEnrolment(user.login);
    },
  });

  const totpConfirm = defineRoute({
    method: 'post',
    path: '/api/auth/totp/confirm',
    summary: 'Finish TOTP enrolment with the secret, a current code and the password; stored encrypted',
    tags: ['auth'],
    access: 'session',
    body: z.strictObject({
      secret: z.string().regex(/^[A-Z2-7]{32}$/u, 'The secret from /api/auth/totp/enrol.'),
      code: totpCode,
      password: z.string().min(1).max(256),
    }),
    response: { status: 200, description: 'The second factor is on', schema: meSchema },
    handler: async ({ body, actor, c }) => {
      const user = await store.users.get(actor!.userId);
      await confirmPassword(c, user.login, body.password);
      const now = context.now();
      const step = verifyTotpCode(body.secret, body.code, now);
      if (step === null || !(await context.totpReplay.accept(user.id, step, currentTotpStep(now)))) {
        throw new ApiError('validation_failed', 'The code does not match the secret; check the device clock.', {
          details: { issues: [{ path: 'body.code', message: 'does not match' }] },
        });
      }
      const updated = await store.users.update(user.id, user.version, { totpSecret: body.secret }, { userId: user.id });
      await context.audit(c, {
        action: 'auth.totp_enrol',
        recordType: 'user',
        recordId: user.id,
        outcome: 'allowed',
        code: null,
      });
      await store.sessions.touch(hashSessionToken(currentToken(c)), { secondFactorDone: true });
      return meOf(updated, currentToken(c));
    },
  });

  const changePassword = defineRoute({
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change the password; every other session of the user ends',
    tags: ['auth'],
    access: 'session',
    body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema }),
    response: { status: 200, description: 'Password changed; a new session cookie is set', schema: meSchema },
    handler: async ({ body, actor, c }) => {
      const user = await store.users.get(actor!.userId);
      await confirmPassword(c, user.login, body.currentPassword);
      if (body.newPassword === body.currentPassword) {
        throw new ApiError('validation_failed', 'The new password must differ from the current one.', {
          details: { issues: [{ path: 'body.newPassword', message: 'same as the current password' }] },
        });
      }
      const updated = await store.users.update(
        user.id,
        user.version,
        { passwordHash: await hashPassword(body.newPassword), mustChangePassword: false },
        { userId: user.id },
      );
      await store.sessions.deleteForUser(user.id);
      const token = await startSession(c, updated);
      await context.audit(c, {
        action: 'auth.password_change',
        recordType: 'user',
        recordId: user.id,
        outcome: 'allowed',
        code: null,
      });
      return meOf(updated, token);
    },
  });

  return [login, logout, me, totpEnrol, totpConfirm, changePassword];
}
