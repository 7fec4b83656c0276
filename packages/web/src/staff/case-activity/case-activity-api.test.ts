import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../report/submit-tip.ts';
import { StaffApiError } from '../staff-api.ts';
import { createCaseActivityApi } from './case-activity-api.ts';

function fakeFetch(answer: (path: string, init: RequestInit) => Response) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (path, init) => {
    calls.push({ path, init });
    return answer(path, init);
  };
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const ATTACHMENT = {
  id: 'a-1',
  version: 1,
  fileName: 'fictional statement.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 3,
  contentSha256: 'ab'.repeat(32),
  createdAt: '2026-12-01T00:00:00.000Z',
};

describe(createCaseActivityApi.name, () => {
  it('uploads the raw bytes with their type, the name in the query and the CSRF token', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(201, ATTACHMENT));
    const api = createCaseActivityApi(fetchImpl, 'csrf-1');
    const file = new Blob(['%PDF']);
    expect((await api.upload('c-1', file, 'fictional statement.pdf', 'application/pdf')).id).toBe('a-1');
    expect(calls[0]?.path).toBe('/api/cases/c-1/attachments?fileName=fictional+statement.pdf');
    expect(calls[0]?.init.body).toBe(file);
    expect(calls[0]?.init.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-csrf-token': 'csrf-1' });
  });

  it('changes an event and a task at the version read, and revokes a referral with its reason', async () => {
    const { fetchImpl, calls } = fakeFetch((path) =>
      json(200, {
        id: 'x',
        version: 2,
        eventType: 'Transit',
        countryCode: null,
        locationId: null,
        place: null,
        startedOn: null,
        endedOn: null,
        description: null,
        createdAt: 'now',
        title: 't',
        dueOn: null,
        assignedUserId: null,
        status: path.includes('tasks') ? 'done' : 'revoked',
        completedAt: null,
        toOrganisationId: 'o',
        serviceType: 'food',
        statusReason: 'moved',
        referredAt: 'now',
      }),
    );
    const api = createCaseActivityApi(fetchImpl, 'csrf-1');
    await api.changeEvent('c-1', 'e-1', 4, { eventType: 'Transit' });
    await api.setTaskStatus('c-1', 't-1', 2, 'done');
    await api.revokeReferral('r-1', 1, 'moved');
    expect(calls.map((call) => [call.init.method, call.path, JSON.parse(String(call.init.body))])).toEqual([
      ['PATCH', '/api/cases/c-1/trafficking-events/e-1', { eventType: 'Transit', version: 4 }],
      ['PATCH', '/api/cases/c-1/tasks/t-1', { version: 2, status: 'done' }],
      ['POST', '/api/referrals/r-1/revoke', { version: 1, reason: 'moved' }],
    ]);
  });

  it('plans a service and records its outcome at the version read, with the CSRF token', async () => {
    const service = {
      id: 's-1',
      version: 2,
      serviceType: 'psychosocial',
      providerOrganisationId: null,
      referralId: null,
      status: 'delivered',
      plannedOn: '2026-11-20',
      deliveredOn: '2026-11-21',
      notDeliveredReason: null,
      note: null,
      createdAt: '2026-11-01T08:00:00.000Z',
    };
    const { fetchImpl, calls } = fakeFetch((_path, init) =>
      json(200, init.method === 'GET' ? { items: [service] } : service),
    );
    const api = createCaseActivityApi(fetchImpl, 'csrf-1');
    expect((await api.services('c-1'))[0]?.deliveredOn).toBe('2026-11-21');
    const plan = {
      serviceType: 'psychosocial' as const,
      providerOrganisationId: null,
      plannedOn: '2026-11-20',
      referralId: null,
      note: null,
    };
    await api.addService('c-1', plan);
    await api.changeService('c-1', 's-1', 1, {
      status: 'delivered',
      deliveredOn: '2026-11-21',
      notDeliveredReason: null,
    });
    expect(calls.map((call) => [call.init.method, call.path])).toEqual([
      ['GET', '/api/cases/c-1/services'],
      ['POST', '/api/cases/c-1/services'],
      ['PATCH', '/api/cases/c-1/services/s-1'],
    ]);
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual(plan);
    expect(JSON.parse(String(calls[2]?.init.body))).toEqual({
      status: 'delivered',
      deliveredOn: '2026-11-21',
      notDeliveredReason: null,
      version: 1,
    });
    expect(calls[2]?.init.headers).toMatchObject({ 'x-csrf-token': 'csrf-1' });
  });

  it('downloads the bytes with the SHA-256 the server sent, and a refusal as a typed error', async () => {
    const ok = fakeFetch(
      () => new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'x-content-sha256': 'abc' } }),
    );
    const file = await createCaseActivityApi(ok.fetchImpl, 'csrf').download('c-1', 'a-1');
    expect(file.sha256).toBe('abc');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));

    const refused = fakeFetch(() => json(404, { error: { code: 'not_found', message: 'No such attachment' } }));
    const failure = await createCaseActivityApi(refused.fetchImpl, 'csrf')
      .download('c-1', 'a-2')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StaffApiError);
    expect(failure).toMatchObject({ code: 'not_found', status: 404 });

    const offline = createCaseActivityApi(async () => Promise.reject(new Error('network down')), 'csrf');
    await expect(offline.download('c-1', 'a-1')).rejects.toMatchObject({ code: 'offline' });
  });

  it('refuses an answer of an unexpected shape', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, { items: [{ id: 1 }] }));
    await expect(createCaseActivityApi(fetchImpl, 'csrf').notes('c-1')).rejects.toMatchObject({
      code: 'unexpected_response',
    });
  });
});
