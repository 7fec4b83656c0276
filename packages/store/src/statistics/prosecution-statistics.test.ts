import { beforeAll, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import type { Store } from '../open-store.ts';
import { createOrganisationWithCaseWorker } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';

/**
 * A hand-built dataset (all fictional) with the expected figures worked out by hand:
 * CC1–CC6 below; CC3 is charged before the period, CC4 is in another province, CC5 never charged.
 */
describeEachDatabase('prosecution statistics', (getStore) => {
  let store: Store;

  beforeAll(async () => {
    store = getStore();
    const { organisation, actor } = await createOrganisationWithCaseWorker(store, 'police');
    const person = async (
      personKind: 'victim' | 'suspect',
      fields: {
        sex?: 'female' | 'male' | 'unknown';
        birthDate?: string;
        estimatedAge?: number;
        estimatedAgeOn?: string;
        citizenship?: string[];
      },
    ) =>
      (
        await store.persons.create(
          { personKind, organisationId: organisation.id, givenNameLatin: 'Fictional', ...fields },
          actor,
        )
      ).id;

    const s1 = await person('suspect', { sex: 'male', citizenship: ['KH'] });
    const s2 = await person('suspect', { sex: 'female', citizenship: ['TH'] });
    const s3 = await person('suspect', { sex: 'male' });
    const s4 = await person('suspect', { sex: 'male', citizenship: ['KH', 'FR'] });
    const v1 = await person('victim', { sex: 'female', birthDate: '2012-06-01' });
    const v2 = await person('victim', { sex: 'female', birthDate: '2009-12-01' });
    const v3 = await person('victim', { sex: 'male', estimatedAge: 16, estimatedAgeOn: '2025-05-01' });
    const v4 = await person('victim', { sex: 'female', birthDate: '2000-01-01' });
    const v5 = await person('victim', {});
    const v6 = await person('victim', { sex: 'female', birthDate: '1990-03-03' });
    const v7 = await person('victim', { sex: 'female', birthDate: '2011-01-01' });

    const criminalCase = async (
      provinceCode: string,
      offenceDate: string | null,
      stages: Array<[stage: 'complaint' | 'charge' | 'verdict', on: string]>,
      parties: { victims: string[]; suspects: string[] },
      offenceCodes: string[],
    ) => {
      let cc = await store.criminalCases.create(
        { organisationId: organisation.id, provinceCode, offenceDate, policeReference: `PP-${Math.random()}` },
        actor,
      );
      for (const victim of parties.victims) await store.criminalCases.addParty(cc.id, victim, 'victim');
      for (const suspect of parties.suspects) await store.criminalCases.addParty(cc.id, suspect, 'suspect');
      for (const offenceCode of offenceCodes) await store.criminalCases.chargeOffence(cc.id, { offenceCode });
      for (const [stage, occurredOn] of stages) {
        cc = (await store.criminalCases.recordStage(cc.id, cc.version, { stage, occurredOn }, actor)).criminalCase;
      }
      return cc;
    };

    const cc1 = await criminalCase(
      '12',
      '2025-01-15',
      [
        ['complaint', '2025-01-20'],
        ['charge', '2025-03-01'],
        ['verdict', '2025-09-01'],
      ],
      { victims: [v1, v2], suspects: [s1] },
      ['KH.CC2009.239'],
    );
    await criminalCase(
      '12',
      null,
      [
        ['complaint', '2025-05-01'],
        ['charge', '2025-06-10'],
      ],
      { victims: [v3, v1], suspects: [s1, s2] },
      ['KH.LSHTSE2008.34', 'KH.LSHTSE2008.42'],
    );
    await criminalCase('12', '2024-10-01', [['charge', '2024-12-20']], { victims: [v4], suspects: [s1] }, [
      'KH.CC2009.239',
    ]);
    await criminalCase('17', '2025-01-05', [['charge', '2025-02-01']], { victims: [v7], suspects: [s4] }, [
      'KH.LSHTSE2008.43',
    ]);
    await criminalCase('12', '2025-02-01', [['complaint', '2025-02-02']], { victims: [v4], suspects: [s2] }, [
      'KH.CC2009.239',
    ]);
    await criminalCase(
      '12',
      null,
      [
        ['charge', '2025-07-01'],
        ['charge', '2026-01-05'],
      ],
      { victims: [v5, v6], suspects: [s3] },
      ['KH.CC2009.ILLEGAL_ADOPTION'],
    );
    await store.criminalCases.recordOutcome(
      cc1.id,
      { personId: s1, outcome: 'convicted', decidedOn: '2025-09-01', sentenceMonths: 120, fineAmount: 4_000_000 },
      actor,
    );
  }, 120_000);

  it('counts every figure for one province', async () => {
    const figures = await store.statistics({ from: '2025-01-01', to: '2025-12-31', provinceCode: '12' });
    expect(figures.casesProsecuted).toBe(3);
    expect(figures.suspects).toEqual({ total: 3, nationals: 1, foreigners: 1, citizenshipUnknown: 1, female: 1 });
    expect(figures.victims).toEqual({
      total: 5,
      female: 3,
      male: 1,
      sexUnknown: 1,
      minorsUnder15: 1,
      aged15To17: 2,
      adults: 1,
      ageUnknown: 1,
    });
    expect(figures.offences).toEqual({
      trafficking: 0,
      sexual_exploitation: 0,
      child_prostitution: 1,
      rape: 1,
      illegal_adoption: 1,
      sex_with_minor_under_15: 1,
      indecent_act_against_minor: 0,
      child_pornography: 0,
      other: 0,
    });
    expect(figures.suspectOutcomes).toEqual({ convicted: 1, acquitted: 0, dismissed: 0 });
  });

  it('counts all provinces when none is given', async () => {
    const figures = await store.statistics({ from: '2025-01-01', to: '2025-12-31' });
    expect(figures.casesProsecuted).toBe(4);
    expect(figures.suspects).toMatchObject({ total: 4, nationals: 2, foreigners: 1 });
    expect(figures.victims).toMatchObject({ total: 6, female: 4, minorsUnder15: 2 });
    expect(figures.offences.indecent_act_against_minor).toBe(1);
  });

  it('counts a case in the period of its first charge only', async () => {
    const early = await store.statistics({ from: '2024-01-01', to: '2024-12-31', provinceCode: '12' });
    expect(early.casesProsecuted).toBe(1);
    const later = await store.statistics({ from: '2026-01-01', to: '2026-12-31', provinceCode: '12' });
    expect(later.casesProsecuted).toBe(0);
  });

  it('rejects a period that ends before it starts and a malformed date', async () => {
    await expect(store.statistics({ from: '2025-12-31', to: '2025-01-01' })).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
    await expect(store.statistics({ from: "2025-01-01'; DROP TABLE cases; --", to: '2025-12-31' })).rejects.toSatisfy(
      (e) => isStoreError(e, 'invalid_input'),
    );
  });

  it('refuses a verdict before a charge and an outcome for a non-suspect', async () => {
    const { organisation, actor } = await createOrganisationWithCaseWorker(store, 'police');
    const cc = await store.criminalCases.create({ organisationId: organisation.id }, actor);
    await expect(
      store.criminalCases.recordStage(cc.id, 1, { stage: 'verdict', occurredOn: '2025-01-01' }, actor),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_transition'));
    const victim = (await store.persons.create({ personKind: 'victim', organisationId: organisation.id }, actor)).id;
    await store.criminalCases.addParty(cc.id, victim, 'victim');
    await expect(
      store.criminalCases.recordOutcome(
        cc.id,
        { personId: victim, outcome: 'dismissed', decidedOn: '2025-01-01' },
        actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    await expect(store.criminalCases.chargeOffence(cc.id, { offenceCode: 'NOPE.1' })).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
  });

  it('seeds the legal catalogue, marking unverified article numbers', async () => {
    const art42 = await store.offences.findByCode('KH.LSHTSE2008.42');
    expect(art42).toMatchObject({ article: '42', articleVerified: true, category: 'sex_with_minor_under_15' });
    const rape = await store.offences.list({ category: 'rape' });
    expect(rape.map((o) => o.code)).toEqual(['KH.CC2009.239']);
    expect((await store.offences.findByCode('KH.CC2009.ILLEGAL_ADOPTION'))?.article).toBeNull();
  });
});
