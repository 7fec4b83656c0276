import type { Actor } from '../policy/actor.ts';

/** What the middleware chain records on each request's context. */
export interface AppVariables {
  requestId: string;
  /** The route pattern as registered (`/api/tips/status/{code}`), for logs; unset for unknown routes. */
  routePattern: string | undefined;
  /** The signed-in user, once authentication has run. */
  actor: Actor | undefined;
  /** The signed-in user holds a temporary password: only the password change (and me, logout) are served. */
  mustChangePassword: boolean | undefined;
  /** Set by a handler that went ahead on a consent override: recorded as the audit entry's code. */
  auditCode: 'consent_override' | undefined;
  /** The error code of a failed request, for logs. */
  errorCode: string | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
