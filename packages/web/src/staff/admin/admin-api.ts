/**
 * The administration pages' client of the API: users, organisations and teams, the location tree,
 * the legal catalogue and the hotline directory. Every answer is checked against its schema
 * (zod/mini); every failure is a StaffApiError (code + message). Unsafe requests carry the CSRF
 * token from `/api/auth/me`.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../report/submit-tip.ts';
import { callApi } from '../staff-api.ts';

export const AdminUserSchema = z.object({
  id: z.string(),
  version: z.number(),
  login: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  teamId: z.nullable(z.string()),
  roles: z.array(z.string()),
  failedLoginCount: z.number(),
  lockedUntil: z.nullable(z.string()),
  hasTotp: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

/** A user with the temporary password the API answers once (creation, password reset). */
const UserWithPasswordSchema = z.object({ user: AdminUserSchema, temporaryPassword: z.string() });
export type UserWithPassword = z.infer<typeof UserWithPasswordSchema>;

export const HistoryEntrySchema = z.object({
  id: z.number(),
  table: z.string(),
  recordId: z.string(),
  recordVersion: z.number(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  encrypted: z.boolean(),
  redacted: z.boolean(),
  actorUserId: z.nullable(z.string()),
  changedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const OrganisationSchema = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  shortName: z.nullable(z.string()),
  kind: z.string(),
  countryCode: z.string(),
  provinceCode: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
  active: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const TeamSchema = z.object({
  id: z.string(),
  version: z.number(),
  organisationId: z.string(),
  name: z.string(),
});
export type Team = z.infer<typeof TeamSchema>;

export const LOCATION_LEVELS = ['country', 'province', 'district', 'commune', 'village'] as const;
export type LocationLevel = (typeof LOCATION_LEVELS)[number];

export const LocationSchema = z.object({
  id: z.string(),
  version: z.number(),
  countryCode: z.string(),
  code: z.string(),
  level: z.enum(LOCATION_LEVELS),
  parentId: z.nullable(z.string()),
  nameLatin: z.string(),
  nameLocal: z.nullable(z.string()),
});
export type Location = z.infer<typeof LocationSchema>;

export const OffenceSchema = z.object({
  id: z.string(),
  version: z.number(),
  code: z.string(),
  countryCode: z.string(),
  statute: z.string(),
  article: z.nullable(z.string()),
  articleVerified: z.boolean(),
  labelEn: z.string(),
  labelKm: z.nullable(z.string()),
  category: z.string(),
  active: z.boolean(),
});
export type Offence = z.infer<typeof OffenceSchema>;

export const HotlineSchema = z.object({
  country: z.string(),
  name: z.string(),
  number: z.nullable(z.string()),
  url: z.nullable(z.string()),
  harms: z.union([z.array(z.string()), z.literal('all')]),
  hours: z.nullable(z.string()),
});
export type Hotline = z.infer<typeof HotlineSchema>;

const items = <T>(schema: z.ZodMiniType<T>) => z.object({ items: z.array(schema) });

/** Bodies, as the API's schemas (packages/server/src/routes) take them. */
export interface CreateUserBody {
  login: string;
  displayName: string;
  organisationId?: string;
  teamId: string | null;
  roles: string[];
}
export interface UserPatch {
  displayName?: string;
  teamId?: string | null;
  roles?: string[];
  disabled?: boolean;
}
export interface OrganisationBody {
  name?: string;
  shortName?: string | null;
  kind?: string;
  countryCode?: string;
  provinceCode?: string | null;
  phone?: string | null;
  email?: string | null;
  active?: boolean;
}
export interface LocationBody {
  parentId: string;
  code: string;
  nameLatin: string;
  nameLocal: string | null;
}
export interface OffenceBody {
  code?: string;
  countryCode?: string;
  statute?: string;
  article?: string | null;
  articleVerified?: boolean;
  labelEn?: string;
  labelKm?: string | null;
  category?: string;
  active?: boolean;
}

export interface AdminApi {
  users(filter?: { organisationId?: string; teamId?: string }): Promise<AdminUser[]>;
  createUser(body: CreateUserBody): Promise<UserWithPassword>;
  updateUser(id: string, version: number, patch: UserPatch): Promise<AdminUser>;
  resetPassword(id: string, version: number, removeTotp: boolean): Promise<UserWithPassword>;
  /** Lifts a lockout after repeated failed sign-ins, at the version read. */
  unlockUser(id: string, version: number): Promise<AdminUser>;
  userHistory(id: string): Promise<HistoryEntry[]>;
  organisations(options?: { includeInactive?: boolean; kind?: string }): Promise<Organisation[]>;
  createOrganisation(body: OrganisationBody): Promise<Organisation>;
  updateOrganisation(id: string, version: number, patch: OrganisationBody): Promise<Organisation>;
  teams(organisationId: string): Promise<Team[]>;
  createTeam(organisationId: string, name: string): Promise<Team>;
  /** A country's provinces, or the places under a parent. */
  locations(query: { country: string } | { parentId: string }): Promise<Location[]>;
  addLocation(body: LocationBody): Promise<Location>;
  offences(options?: { includeInactive?: boolean }): Promise<Offence[]>;
  addOffence(body: OffenceBody): Promise<Offence>;
  updateOffence(id: string, version: number, patch: OffenceBody): Promise<Offence>;
  hotlines(country: string): Promise<Hotline[]>;
}

export function createAdminApi(fetchImpl: FetchLike, csrfToken: string): AdminApi {
  const get = <T>(path: string, schema: z.ZodMiniType<T>) => callApi(fetchImpl, path, { method: 'GET' }, schema);
  const send = <T>(method: 'POST' | 'PATCH', path: string, body: unknown, schema: z.ZodMiniType<T>) =>
    callApi(
      fetchImpl,
      path,
      {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      },
      schema,
    );
  const query = (parameters: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(parameters))
      if (value !== undefined && value !== '') search.set(key, value);
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  };
  const user = (id: string) => `/api/users/${encodeURIComponent(id)}`;
  const organisation = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

  return {
    async users(filter = {}) {
      return (await get(`/api/users${query(filter)}`, items(AdminUserSchema))).items;
    },
    createUser: (body) => send('POST', '/api/users', body, UserWithPasswordSchema),
    updateUser: (id, version, patch) => send('PATCH', user(id), { version, ...patch }, AdminUserSchema),
    resetPassword: (id, version, removeTotp) =>
      send(
        'POST',
        `${user(id)}/password-reset`,
        { version, ...(removeTotp ? { removeTotp: true } : {}) },
        UserWithPasswordSchema,
      ),
    unlockUser: (id, version) => send('POST', `${user(id)}/unlock`, { version }, AdminUserSchema),
    async userHistory(id) {
      return (await get(`${user(id)}/history`, items(HistoryEntrySchema))).items;
    },
    async organisations(options = {}) {
      const parameters = query({
        includeInactive: options.includeInactive === true ? 'true' : undefined,
        kind: options.kind,
      });
      return (await get(`/api/organisations${parameters}`, items(OrganisationSchema))).items;
    },
    createOrganisation: (body) => send('POST', '/api/organisations', body, OrganisationSchema),
    updateOrganisation: (id, version, patch) =>
      send('PATCH', organisation(id), { version, ...patch }, OrganisationSchema),
    async teams(organisationId) {
      return (await get(`${organisation(organisationId)}/teams`, items(TeamSchema))).items;
    },
    createTeam: (organisationId, name) => send('POST', `${organisation(organisationId)}/teams`, { name }, TeamSchema),
    async locations(where) {
      const parameters = 'parentId' in where ? query({ parentId: where.parentId }) : query({ country: where.country });
      return (await get(`/api/locations${parameters}`, items(LocationSchema))).items;
    },
    addLocation: (body) => send('POST', '/api/locations', body, LocationSchema),
    async offences(options = {}) {
      const parameters = query({ includeInactive: options.includeInactive === true ? 'true' : undefined });
      return (await get(`/api/offences${parameters}`, items(OffenceSchema))).items;
    },
    addOffence: (body) => send('POST', '/api/offences', body, OffenceSchema),
    updateOffence: (id, version, patch) =>
      send('PATCH', `/api/offences/${encodeURIComponent(id)}`, { version, ...patch }, OffenceSchema),
    async hotlines(country) {
      return (await get(`/api/hotlines${query({ country })}`, items(HotlineSchema))).items;
    },
  };
}
