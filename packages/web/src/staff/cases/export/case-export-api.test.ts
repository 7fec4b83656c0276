import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../report/submit-tip.ts';
import { StaffApiError } from '../../staff-api.ts';
import { CASE_EXPORT_PATH, exportCases, FALLBACK_FILE_NAME, parseOmittedRows } from './case-export-api.ts';

const CSV = '\uFEFFcase,trafficking_status,given_name\r\n7,possible,Fictional-Adult\r\n8,possible,"=HYPER, LINK"\r\n';

function csvAnswer(headers: Record<string, string> = {}, body = CSV): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="cases-2026-12-02.csv"',
      'x-raksa-omitted-rows': '1',
      ...headers,
    },
  });
}

function recording(answer: () => Response | Promise<Response>) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = (path, init) => {
    calls.push({ path, init });
    return Promise.resolve(answer());
  };
  return { fetchImpl, calls };
}

async function failureOf(promise: Promise<unknown>): Promise<StaffApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StaffApiError);
  return error as StaffApiError;
}

describe(parseOmittedRows.name, () => {
  it('reads a whole number of at least 0 and nothing else', () => {
    expect(parseOmittedRows('0')).toBe(0);
    expect(parseOmittedRows(' 12 ')).toBe(12);
    for (const bad of [null, '', '-1', '1.5', '1e3', 'two', '0x10'] as const) expect(parseOmittedRows(bad)).toBeNull();
  });
});

describe(exportCases.name, () => {
  it('posts the body with the CSRF token and returns the file under the server’s name', async () => {
    const { fetchImpl, calls } = recording(() => csvAnswer());
    const file = await exportCases(fetchImpl, 'fictional-csrf', { open: true, province: '12' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe(CASE_EXPORT_PATH);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toMatchObject({
      'x-csrf-token': 'fictional-csrf',
      'content-type': 'application/json',
    });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ open: true, province: '12' });
    expect(file).toMatchObject({ fileName: 'cases-2026-12-02.csv', rows: 2, omittedRows: 1 });
    // The bytes are kept as sent, byte order mark included.
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new TextEncoder().encode(CSV));
  });

  it('names the file itself when the answer names none', async () => {
    const { fetchImpl } = recording(() => csvAnswer({ 'content-disposition': 'attachment' }));
    expect((await exportCases(fetchImpl, 't', {})).fileName).toBe(FALLBACK_FILE_NAME);
  });

  it('counts no case in a file with the header row only', async () => {
    const { fetchImpl } = recording(() => csvAnswer({ 'x-raksa-omitted-rows': '3' }, '\uFEFFcase,risk\r\n'));
    expect(await exportCases(fetchImpl, 't', {})).toMatchObject({ rows: 0, omittedRows: 3 });
  });

  it('gives the server’s code on a refusal (403) and on a refused body (400)', async () => {
    const refused = recording(
      () =>
        new Response(JSON.stringify({ error: { code: 'forbidden', message: 'Your role may not do this.' } }), {
          status: 403,
        }),
    );
    expect(await failureOf(exportCases(refused.fetchImpl, 't', {}))).toMatchObject({ code: 'forbidden', status: 403 });
    const invalid = recording(
      () =>
        new Response(
          JSON.stringify({ error: { code: 'validation_failed', message: 'body.consentOverride.reason: too short' } }),
          { status: 400 },
        ),
    );
    expect(await failureOf(exportCases(invalid.fetchImpl, 't', { consentOverride: { reason: 'x' } }))).toMatchObject({
      code: 'validation_failed',
      status: 400,
    });
  });

  it('says `offline` when the network fails, and `unexpected` for an error without a body', async () => {
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await failureOf(exportCases(offline, 't', {}))).toMatchObject({ code: 'offline', status: 0 });
    const bare = recording(() => new Response('Bad gateway', { status: 502 }));
    expect(await failureOf(exportCases(bare.fetchImpl, 't', {}))).toMatchObject({ code: 'unexpected', status: 502 });
  });

  it('refuses an answer that is not the file described', async () => {
    for (const answer of [
      () => csvAnswer({ 'content-type': 'text/html' }),
      () => csvAnswer({ 'x-raksa-omitted-rows': 'many' }),
      () => {
        const response = csvAnswer();
        response.headers.delete('x-raksa-omitted-rows');
        return response;
      },
      () => csvAnswer({}, '<!doctype html><p>Sign in</p>'),
    ]) {
      const { fetchImpl } = recording(answer);
      expect(await failureOf(exportCases(fetchImpl, 't', {}))).toMatchObject({ code: 'unexpected_response' });
    }
  });
});
