import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../report/submit-tip.ts';
import { StaffApiError } from '../staff-api.ts';
import { caseListSearch, createCaseApi } from './case-api.ts';
import { listQueryOf, NO_FILTERS } from './case-list-query.ts';

const CASE = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 4,
  caseNumber: 12,
  victimPersonId: '00000000-0000-4000-8000-000000000002',
  sourceReportId: null,
  traffickingStatus: 'possible',
  statusDecidedByKind: null,
  statusDecidedByUserId: null,
  statusDecidedAt: null,
  workflowStage: 'new',
  riskLevel: 'high',
  organisationId: 'o1',
  teamId: null,
  ownerUserId: 'u1',
  provinceCode: 'KH-12',
  summary: 'Fictional summary',
  openedAt: '2026-11-30T10:00:00.000Z',
  closedAt: null,
  closureReason: null,
  closureNote: null,
  reopenedCount: 0,
  createdAt: '2026-11-30T10:00:00.000Z',
  victim: { id: '00000000-0000-4000-8000-000000000002', hiddenName: true, givenNameLatin: null },
};

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function fakeFetch(answer: (path: string, init: RequestInit) => Response) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (path, init) => {
    calls.push({ path, init });
    return answer(path, init);
  };
  return { fetchImpl, calls };
}

describe(caseListSearch.name, () => {
  it('sends only the filters that are set, and the page', () => {
    expect(caseListSearch(listQueryOf(NO_FILTERS, 0))).toBe('limit=25&offset=0');
    expect(
      caseListSearch(
        listQueryOf({ open: 'false', traffickingStatus: 'actual', riskLevel: 'critical', province: 'KH-12' }, 50),
      ),
    ).toBe('open=false&traffickingStatus=actual&riskLevel=critical&province=KH-12&limit=25&offset=50');
  });
});

describe(createCaseApi.name, () => {
  it('reads a case page and keeps a hidden name hidden', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, { items: [CASE], limit: 25, offset: 0 }));
    const page = await createCaseApi(fetchImpl, 'csrf-1').listCases(listQueryOf(NO_FILTERS, 0));
    expect(calls[0]?.path).toBe('/api/cases?limit=25&offset=0');
    expect(page.items[0]?.victim).toEqual({ id: CASE.victim.id, hiddenName: true, givenNameLatin: null });
  });

  it('sends the version read and the CSRF token with a change', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json(200, { ...CASE, version: 5, riskLevel: 'critical' }));
    const api = createCaseApi(fetchImpl, 'csrf-1');
    const updated = await api.updateCase(CASE.id, 4, { riskLevel: 'critical' });
    expect(updated.version).toBe(5);
    expect(calls[0]?.init.method).toBe('PATCH');
    expect((calls[0]?.init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ version: 4, riskLevel: 'critical' });
  });

  it('answers a stale version with a 409 StaffApiError', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json(409, { error: { code: 'version_conflict', message: 'stale', currentVersion: 5 } }),
    );
    const failure = await createCaseApi(fetchImpl, 'csrf-1')
      .updateCase(CASE.id, 4, { summary: null })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StaffApiError);
    expect(failure).toMatchObject({ code: 'version_conflict', status: 409 });
  });

  it('sends a closure note only when one is written, and the organisation only with a disclosure', async () => {
    const { fetchImpl, calls } = fakeFetch((path) =>
      path.endsWith('/consents')
        ? json(201, {
            id: 'c1',
            version: 1,
            personId: 'p1',
            purpose: 'services',
            organisationId: null,
            legalBasis: 'consent',
            givenBy: 'subject',
            givenOn: '2026-12-01',
            withdrawnOn: null,
            recordedByUserId: 'u1',
            note: null,
          })
        : json(200, { ...CASE, closedAt: '2026-12-01T00:00:00.000Z', closureReason: 'reintegrated' }),
    );
    const api = createCaseApi(fetchImpl, 'csrf-1');
    await api.closeCase(CASE.id, 4, { reason: 'reintegrated', note: '' });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ version: 4, reason: 'reintegrated', note: null });
    await api.recordConsent('p1', {
      purpose: 'services',
      organisationId: 'ignored',
      legalBasis: 'consent',
      givenBy: 'subject',
      givenOn: '2026-12-01',
      note: null,
    });
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({
      purpose: 'services',
      legalBasis: 'consent',
      givenBy: 'subject',
      givenOn: '2026-12-01',
    });
  });

  it('reads "no suggestions offered" from a 404, and passes any other failure on', async () => {
    const missing = fakeFetch(() => json(404, { error: { code: 'not_found', message: 'No such endpoint.' } }));
    expect(await createCaseApi(missing.fetchImpl, 'csrf-1').screeningSuggestions(CASE.id, 'en')).toBeNull();
    expect(missing.calls[0]?.path).toBe(`/api/cases/${CASE.id}/screening-suggestions?lang=en`);
    const refused = fakeFetch(() => json(403, { error: { code: 'forbidden', message: 'no' } }));
    await expect(createCaseApi(refused.fetchImpl, 'csrf-1').screeningSuggestions(CASE.id, 'en')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const offered = fakeFetch(() =>
      json(200, {
        items: [
          {
            indicator: 'deception',
            evidence: [
              { source: 'tip', sourceId: 't1', excerpt: 'free visa', engineIndicator: 'free_visa', label: 'Free visa' },
            ],
          },
        ],
      }),
    );
    expect(await createCaseApi(offered.fetchImpl, 'csrf-1').screeningSuggestions(CASE.id, 'en')).toHaveLength(1);
  });

  it('creates a profile with version null and reads "none yet" as null', async () => {
    const { fetchImpl, calls } = fakeFetch((_path, init) =>
      init.method === 'GET'
        ? json(200, { profile: null })
        : json(200, {
            id: 'x1',
            version: 1,
            caseId: CASE.id,
            exploitationTypes: ['ForcedLabour'],
            forcedLabourSectors: [],
            sexExploitationTypes: [],
            methodsOfControl: [],
            recruitmentMethods: [],
            recruitmentPlatforms: [],
            recruiterRelationship: null,
            countryOfExploitation: null,
            exploitationStartedOn: null,
            exploitationEndedOn: null,
            durationMonths: null,
          }),
    );
    const api = createCaseApi(fetchImpl, 'csrf-1');
    expect(await api.exploitationProfile(CASE.id)).toBeNull();
    const body = {
      exploitationTypes: ['ForcedLabour'],
      forcedLabourSectors: [],
      sexExploitationTypes: [],
      methodsOfControl: [],
      recruitmentMethods: [],
      recruitmentPlatforms: [],
      recruiterRelationship: null,
      countryOfExploitation: null,
      exploitationStartedOn: null,
      exploitationEndedOn: null,
      durationMonths: null,
    };
    expect((await api.saveExploitationProfile(CASE.id, null, body)).version).toBe(1);
    expect(calls[1]?.init.method).toBe('PUT');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ version: null, ...body });
  });

  it('refuses an answer of the wrong shape', async () => {
    const { fetchImpl } = fakeFetch(() => json(200, { ...CASE, riskLevel: 'extreme' }));
    await expect(createCaseApi(fetchImpl, 'csrf-1').getCase(CASE.id)).rejects.toMatchObject({
      code: 'unexpected_response',
    });
  });
});
