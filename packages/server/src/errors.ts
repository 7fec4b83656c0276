/** The error codes the API answers with; each has one HTTP status. */
export const API_ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_credentials: 401,
  authentication_required: 401,
  totp_required: 401,
  csrf_rejected: 403,
  forbidden: 403,
  consent_required: 403,
  password_change_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  invalid_transition: 409,
  conflict: 409,
  body_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export type ApiErrorStatus = (typeof API_ERROR_STATUS)[ApiErrorCode];

/** A failure the client is told about: `{ "error": { code, message, ...details } }` with the code's status. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: ApiErrorStatus;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERROR_STATUS[code];
    this.details = options.details;
    this.headers = options.headers;
  }

  /** The JSON body sent to the client. Details never override code and message. */
  toBody(): { error: Record<string, unknown> } {
    return { error: { ...this.details, code: this.code, message: this.message } };
  }
}

/** The server cannot start as configured (missing web root, schema newer than this server). */
export class ServerConfigError extends Error {
  readonly code: 'invalid_config' | 'schema_too_new';

  constructor(code: 'invalid_config' | 'schema_too_new', message: string) {
    super(message);
    this.name = 'ServerConfigError';
    this.code = code;
  }
}
