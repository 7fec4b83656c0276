import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../report/submit-tip.ts';
import { StaffApiError } from '../staff-api.ts';
import { createProsecutionApi, fetchCriminalCasesOfPerson, PERSON_CASES_LIMIT } from './prosecution-api.ts';

function fakeFetch(answer: (path: string, init: RequestInit) => Response) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (path, init) => {
    calls.push({ path, init });
    return answer(path, init);
  };
  return { fetchImpl, calls };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const CASE = {
  id: 'c1',
  version: 3,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  policeReference: 'PP-FICTIONAL-1',
  courtReference: null,
  unit: 'Fictional anti-trafficking unit',
  provinceCode: '12',
  organisationId: 'o1',
  offenceDate: null,
  currentStage: 'arrest',
  summary: null,
};

const bodyOf = (call: { init: RequestInit } | undefined): unknown => JSON.parse(String(call?.init.body));
const headersOf = (call: { init: RequestInit } | undefined) => call?.init.headers as Record<string, string>;

describe(createProsecutionApi.name, () => {
  it('lists a page of criminal cases, and opens one without the fields left empty, with the CSRF token', async () => {
    const { fetchImpl, calls } = fakeFetch((_path, init) =>
      init.method === 'POST' ? json(201, CASE) : json(200, { items: [CASE], limit: 20, offset: 40 }),
    );
    const api = createProsecutionApi(fetchImpl, 'csrf-1');
    expect((await api.criminalCases({ limit: 20, offset: 40 })).items[0]?.currentStage).toBe('arrest');
    expect(calls[0]?.path).toBe('/api/criminal-cases?limit=20&offset=40');
    await api.openCriminalCase({
      policeReference: 'PP-FICTIONAL-1',
      courtReference: null,
      unit: 'Fictional unit',
      provinceCode: null,
      offenceDate: null,
    });
    expect(calls[1]?.path).toBe('/api/criminal-cases');
    expect(bodyOf(calls[1])).toEqual({ policeReference: 'PP-FICTIONAL-1', unit: 'Fictional unit' });
    expect(headersOf(calls[1])['x-csrf-token']).toBe('csrf-1');
  });

  it('sends the stage with the case version, and the charge naming only the parties chosen', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(201, {}));
    const api = createProsecutionApi(fetchImpl, 'csrf-1');
    await api.recordStage('c/1', { version: 3, stage: 'charge', occurredOn: '2026-11-02', note: null });
    expect(calls[0]?.path).toBe('/api/criminal-cases/c%2F1/stages');
    expect(bodyOf(calls[0])).toEqual({ version: 3, stage: 'charge', occurredOn: '2026-11-02' });
    await api.chargeOffence('c1', { offenceCode: 'KH.LSHTSE2008.10', suspectPersonId: 's1', victimPersonId: null });
    expect(bodyOf(calls[1])).toEqual({ offenceCode: 'KH.LSHTSE2008.10', suspectPersonId: 's1' });
  });

  it('records a suspect as a person of kind suspect, and searches persons by name or identifier', async () => {
    const { fetchImpl, calls } = fakeFetch((path) =>
      path === '/api/persons'
        ? json(201, { id: 's1', version: 1 })
        : json(200, {
            items: [{ person: { id: 'v1', hiddenName: true, givenNameLatin: null }, caseId: 'k1' }],
            scanned: 1,
            truncated: false,
          }),
    );
    const api = createProsecutionApi(fetchImpl, 'csrf-1');
    expect(await api.recordSuspect({ givenNameLatin: 'Fictional', familyNameLatin: null, nameLocal: null })).toEqual({
      id: 's1',
    });
    expect(bodyOf(calls[0])).toEqual({ personKind: 'suspect', givenNameLatin: 'Fictional' });
    expect((await api.searchPersons({ kind: 'victim', name: 'Fi' })).items[0]?.person?.hiddenName).toBe(true);
    expect(calls[1]?.path).toBe('/api/persons?name=Fi&kind=victim&limit=20');
    await api.searchPersons({ kind: 'suspect', identifierType: 'phone', identifierValue: '+855 10 000 000' });
    expect(calls[2]?.path).toBe(
      '/api/persons?identifierType=phone&identifierValue=%2B855+10+000+000&kind=suspect&limit=20',
    );
  });

  it('corrects an outcome with the version read, and reports a stale one as version_conflict', async () => {
    const { fetchImpl, calls } = fakeFetch(() =>
      json(409, { error: { code: 'version_conflict', message: 'suspect outcome changed' } }),
    );
    const api = createProsecutionApi(fetchImpl, 'csrf-1');
    const body = {
      outcome: 'convicted' as const,
      decidedOn: '2026-11-20',
      sentenceMonths: 84,
      fineAmount: null,
      compensationAmount: null,
    };
    const refused = api.correctOutcome('c1', 'o1', { ...body, version: 1 });
    await expect(refused).rejects.toBeInstanceOf(StaffApiError);
    await expect(refused).rejects.toMatchObject({ code: 'version_conflict', status: 409 });
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(calls[0]?.path).toBe('/api/criminal-cases/c1/outcomes/o1');
    expect(bodyOf(calls[0])).toEqual({ ...body, version: 1 });
  });

  it('refuses a case detail whose answer has an unexpected shape', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, { ...CASE, currentStage: 'sentencing', parties: [] }));
    await expect(createProsecutionApi(fetchImpl, 'csrf-1').criminalCase('c1')).rejects.toMatchObject({
      code: 'unexpected_response',
    });
  });
});

describe(fetchCriminalCasesOfPerson.name, () => {
  it('asks the server for one person’s criminal cases (the personId filter), never for all cases', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, { items: [CASE], limit: PERSON_CASES_LIMIT, offset: 0 }));
    expect((await fetchCriminalCasesOfPerson(fetchImpl, 'p 1')).map((item) => item.id)).toEqual(['c1']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe(`/api/criminal-cases?personId=p+1&limit=${PERSON_CASES_LIMIT}`);
  });

  it('fails with the server’s code when the filter is refused (a server without it)', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(400, { error: { code: 'validation_failed', message: 'Unrecognized key: "personId"' } }),
    );
    await expect(fetchCriminalCasesOfPerson(fetchImpl, 'p1')).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
