/**
 * The case CSV export (`POST /api/exports/cases.csv`, permission `export.csv`): the server writes
 * the file (formula-safe CSV) and says in `X-Raksa-Omitted-Rows` how many victims it left out for
 * lack of consent to reporting. The CSRF token goes in `x-csrf-token`, as on every unsafe staff
 * request. Everything read is checked: the media type, the header row, the count; failures are
 * StaffApiError (staff-api.ts) with the server's code, `offline` when the network failed, and
 * `unexpected_response` when the answer is not the file described.
 */
import * as z from 'zod/mini';
import type { FetchLike } from '../../../report/submit-tip.ts';
import { StaffApiError } from '../../staff-api.ts';
import type { CaseExportBody } from './case-export-request.ts';
import { fileNameFromContentDisposition } from './content-disposition.ts';
import { countCsvRecords, csvHeaderCells } from './csv-record-count.ts';

export const CASE_EXPORT_PATH = '/api/exports/cases.csv';
export const OMITTED_ROWS_HEADER = 'X-Raksa-Omitted-Rows';
/** Used when the answer names no file (the server always does; a proxy might drop the header). */
export const FALLBACK_FILE_NAME = 'raksa-cases.csv';
/** The first column of the server's file (report-routes.ts). */
const FIRST_COLUMN = 'case';

const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
/** A whole number of at least 0, written in decimal digits only (no sign, no exponent). */
const CountHeaderSchema = z.string().check(z.regex(/^\d{1,9}$/u));

export interface CaseExportFile {
  /** The file's bytes as the server sent them (UTF-8 with a byte order mark). */
  blob: Blob;
  fileName: string;
  /** Cases in the file (records after the header row). */
  rows: number;
  /** Victims left out because they have not consented to reporting. */
  omittedRows: number;
}

/** The count in `X-Raksa-Omitted-Rows`: a whole number of at least 0, or null. */
export function parseOmittedRows(header: string | null): number | null {
  const parsed = CountHeaderSchema.safeParse(header?.trim());
  return parsed.success ? Number(parsed.data) : null;
}

function unexpected(message: string, status: number): StaffApiError {
  return new StaffApiError('unexpected_response', message, status);
}

async function failureOf(response: Response): Promise<StaffApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = ErrorBodySchema.safeParse(body);
  return parsed.success
    ? new StaffApiError(parsed.data.error.code, parsed.data.error.message, response.status)
    : new StaffApiError('unexpected', `HTTP ${response.status}`, response.status);
}

export async function exportCases(
  fetchImpl: FetchLike,
  csrfToken: string,
  body: CaseExportBody,
): Promise<CaseExportFile> {
  let response: Response;
  try {
    response = await fetchImpl(CASE_EXPORT_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'text/csv', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new StaffApiError('offline', error instanceof Error ? error.message : String(error), 0);
  }
  if (!response.ok) throw await failureOf(response);
  if (!/^text\/csv\b/iu.test(response.headers.get('content-type') ?? ''))
    throw unexpected(`The answer of ${CASE_EXPORT_PATH} is not a CSV file.`, response.status);
  const omittedRows = parseOmittedRows(response.headers.get(OMITTED_ROWS_HEADER));
  if (omittedRows === null)
    throw unexpected(`The answer of ${CASE_EXPORT_PATH} does not say how many rows were left out.`, response.status);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new StaffApiError('offline', error instanceof Error ? error.message : String(error), 0);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (csvHeaderCells(text)[0] !== FIRST_COLUMN)
    throw unexpected(`The file of ${CASE_EXPORT_PATH} does not start with its header row.`, response.status);
  return {
    blob: new Blob([bytes], { type: 'text/csv;charset=utf-8' }),
    fileName: fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? FALLBACK_FILE_NAME,
    rows: countCsvRecords(text) - 1,
    omittedRows,
  };
}
