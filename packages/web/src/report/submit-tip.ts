/** Sends a tip to `POST /api/tips` and turns every way that can fail into one typed error. */
import { ApiErrorSchema, TipCreatedSchema, type TipCreated, type TipRequest } from './tip-contract.ts';

export type TipSubmitErrorCode = 'offline' | 'invalid' | 'too_large' | 'rate_limited' | 'server' | 'unexpected';

export class TipSubmitError extends Error {
  readonly code: TipSubmitErrorCode;
  /** The server's own explanation, when it sent one. */
  readonly serverMessage: string | undefined;
  constructor(code: TipSubmitErrorCode, message: string, serverMessage?: string) {
    super(message);
    this.name = 'TipSubmitError';
    this.code = code;
    this.serverMessage = serverMessage;
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const STATUS_CODES: Record<number, TipSubmitErrorCode> = { 400: 'invalid', 413: 'too_large', 429: 'rate_limited' };

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export async function submitTip(
  request: TipRequest,
  fetchImpl: FetchLike,
  endpoint = '/api/tips',
): Promise<TipCreated> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    throw new TipSubmitError(
      'offline',
      `The tip could not reach the server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const body = await readJson(response);
  if (response.status === 201) {
    const created = TipCreatedSchema.safeParse(body);
    if (created.success) return created.data;
    throw new TipSubmitError('unexpected', 'The server accepted the tip but its answer has no valid follow-up code.');
  }
  const apiError = ApiErrorSchema.safeParse(body);
  const serverMessage = apiError.success ? apiError.data.error.message.slice(0, 300) : undefined;
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'server' : 'unexpected');
  throw new TipSubmitError(code, `The server answered ${response.status} to the tip.`, serverMessage);
}
