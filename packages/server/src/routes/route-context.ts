import type { Detector } from '@raksa/detect';
import type { Context } from 'hono';
import type { AuditEntry } from '../audit/audit-sink.ts';
import type { TotpReplayGuard } from '../auth/totp-replay-guard.ts';
import type { ServerConfig } from '../config.ts';
import type { AppEnv } from '../http/app-env.ts';

/** What route modules are built with. */
export interface RouteContext {
  config: ServerConfig;
  detector: () => Detector;
  now: () => Date;
  startedAt: Date;
  /** The database schema's version, or null when the server runs without a store. */
  schemaVersion: () => Promise<number | null>;
  /** The server is reached over HTTPS: cookies get the Secure attribute. */
  https: boolean;
  /** Writes an audit entry for this request (who, from where and when are filled in). */
  audit: (
    c: Context<AppEnv>,
    entry: Pick<AuditEntry, 'action' | 'recordType' | 'recordId' | 'outcome' | 'code'> & {
      actorUserId?: string | null;
    },
  ) => Promise<void>;
  clientIp: (c: Context<AppEnv>) => string;
  /** Refuses a TOTP code used before (one code per time step per user). */
  totpReplay: TotpReplayGuard;
}
