// The HTTP server
export { createApp, API_VERSION } from './app.ts';
export type { AppDeps, RaksaApp } from './app.ts';
export { startServer } from './start-server.ts';
export type { RunningServer, StartServerOptions } from './start-server.ts';
export { resolveConfig, serverConfigSchema } from './config.ts';
export type { ServerConfig, ServerConfigInput } from './config.ts';

// Errors
export { ApiError, API_ERROR_STATUS, ServerConfigError } from './errors.ts';
export type { ApiErrorCode } from './errors.ts';

// Routes and the OpenAPI document
export { defineRoute } from './api/route-definition.ts';
export type { AnyRoute, RouteAccess, RouteDefinition } from './api/route-definition.ts';
export { buildOpenApiDocument } from './api/openapi.ts';

// Authentication
export { hashPassword, verifyPassword, passwordSchema, PASSWORD_HASH_OPTIONS } from './auth/password-hashing.ts';
export { newTotpEnrolment, verifyTotpCode, totpCodeAt } from './auth/totp.ts';

// Authorisation policy
export { ACTIONS, ACTION_NAMES } from './policy/actions.ts';
export type { Action } from './policy/actions.ts';
export { ROLES, SCOPES, PERSON_VIEWS } from './policy/roles.ts';
export type { Role, Scope, PersonView } from './policy/roles.ts';
export { POLICY } from './policy/policy-table.ts';
export type { RolePolicy } from './policy/policy-table.ts';
export { can, scopeOf, personViewOf } from './policy/can.ts';
export type { Actor, ResourceOwnership } from './policy/actor.ts';
export { projectPerson, ageBandOf } from './policy/project-person.ts';
export { decideDisclosure } from './policy/consent-gate.ts';

// Audit
export type { AuditEntry, AuditSink } from './audit/audit-sink.ts';

// CSV
export { toCsv, csvCell, neutraliseFormula } from './export/csv.ts';
