import { passwordSchema } from '@raksa/server';
import { roles } from '@raksa/store';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from './demo-archetypes.ts';
import { DEMO_PERIOD_START } from './demo-dates.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-directory.ts';
import { FICTIONAL_DOCUMENT_PATTERN, FICTIONAL_HANDLE_PATTERN, isFictionalPhone } from './fictional-identifiers.ts';
import { planDemoDataset } from './plan-dataset.ts';

const plan = planDemoDataset();
const PHONE_LIKE = /\+?\d[\d ]{7,}\d/gu;
const HANDLE_LIKE = /@\w+/gu;

function tally<T extends string>(values: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('planDemoDataset', () => {
  it('is a pure function of the seed and the reference date', () => {
    expect(planDemoDataset()).toEqual(plan);
    expect(planDemoDataset({ seed: 7 })).not.toEqual(plan);
    expect(planDemoDataset({ now: '2026-06-30T00:00:00Z' })).not.toEqual(plan);
  });

  it('has hundreds of cases over 2024–2026 in six or more provinces, and about 200 tips', () => {
    expect(plan.cases).toHaveLength(400);
    expect(plan.tips).toHaveLength(200);
    expect(new Set(plan.cases.map((c) => c.provinceCode)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(plan.cases.map((c) => c.openedOn.slice(0, 4)))).toEqual(new Set(['2024', '2025', '2026']));
    expect(new Set(plan.cases.map((c) => c.archetype))).toEqual(new Set(ARCHETYPES.map((a) => a.key)));
  });

  it('keeps every date between the start of the period and the reference date', () => {
    const dates = [
      ...plan.cases.flatMap((c) => [
        c.openedOn,
        ...(c.closure ? [c.closure.closedOn] : []),
        ...c.consents.flatMap((consent) => [consent.givenOn, ...(consent.withdrawnOn ? [consent.withdrawnOn] : [])]),
        ...c.referrals.flatMap((r) => [r.madeOn, ...r.changes.map((change) => change.on)]),
      ]),
      ...plan.tips.map((t) => t.receivedAt.slice(0, 10)),
      ...plan.criminalCases.flatMap((cc) => cc.stages.map((s) => s.occurredOn)),
    ];
    for (const date of dates) {
      expect(date >= DEMO_PERIOD_START && date <= plan.now, date).toBe(true);
    }
  });

  it('gives children under 15, 15–17 and adults in realistic shares', () => {
    const bands = tally(
      plan.cases.map((c) => (c.ageAtExploitation < 15 ? 'under15' : c.ageAtExploitation < 18 ? '15to17' : 'adult')),
    );
    expect(bands['under15']).toBeGreaterThan(40);
    expect(bands['15to17']).toBeGreaterThan(30);
    expect(bands['adult']).toBeGreaterThan(200);
    const citizenships = new Set(plan.cases.flatMap((c) => c.victim.citizenship));
    for (const country of ['KH', 'VN', 'ID', 'TH', 'CN']) expect(citizenships).toContain(country);
  });

  it('has referrals in every state, rejections and revocations with reasons, and every closure reason', () => {
    const finalStatus = plan.cases.flatMap((c) => c.referrals.map((r) => r.changes.at(-1)?.status ?? 'in_progress'));
    expect(Object.keys(tally(finalStatus)).sort()).toEqual(['accepted', 'done', 'in_progress', 'rejected', 'revoked']);
    for (const change of plan.cases.flatMap((c) => c.referrals.flatMap((r) => r.changes))) {
      if (change.status === 'rejected' || change.status === 'revoked') expect(change.reason).toBeTruthy();
    }
    expect(new Set(plan.cases.flatMap((c) => (c.closure ? [c.closure.reason] : [])))).toEqual(
      new Set([
        'reintegrated',
        'repatriated',
        'transferred',
        'refused_services',
        'no_longer_requires_support',
        'moved_away',
        'lost_contact',
        'died',
        'not_trafficked',
        'other',
      ]),
    );
  });

  it('has consents given, withdrawn and missing, and overrides only where the disclosure consent is missing', () => {
    const disclosure = plan.cases.map((c) =>
      c.consents.filter((consent) => consent.purpose === 'disclosure_to_organisation'),
    );
    expect(disclosure.some((list) => list.length > 0 && list.every((consent) => consent.withdrawnOn === null))).toBe(
      true,
    );
    expect(disclosure.some((list) => list.some((consent) => consent.withdrawnOn !== null))).toBe(true);
    expect(
      plan.cases.some((c) => c.referrals.length > 0 && c.referrals.every((r) => r.consentOverrideReason !== null)),
    ).toBe(true);
    for (const c of plan.cases) {
      for (const referral of c.referrals) {
        const consented = c.consents.some(
          (consent) => consent.purpose === 'disclosure_to_organisation' && consent.organisation === referral.to,
        );
        expect(consented || referral.consentOverrideReason !== null).toBe(true);
      }
    }
  });

  it('prosecutes cases up to verdicts and appeals, with national and foreign suspects', () => {
    const lastStages = new Set(plan.criminalCases.map((cc) => cc.stages.at(-1)?.stage));
    for (const stage of ['investigation', 'charge', 'verdict', 'appeal']) expect(lastStages).toContain(stage);
    const suspects = plan.criminalCases.flatMap((cc) => cc.suspects);
    expect(suspects.some((s) => s.person.citizenship.includes('KH'))).toBe(true);
    expect(suspects.some((s) => !s.person.citizenship.includes('KH'))).toBe(true);
    expect(new Set(suspects.flatMap((s) => (s.outcome ? [s.outcome.outcome] : [])))).toEqual(
      new Set(['convicted', 'acquitted', 'dismissed']),
    );
  });

  it('has tips sharing a phone, handle or wallet, tips in every triage status, and re-sent duplicates', () => {
    expect(new Set(plan.tips.map((t) => t.triage.status))).toEqual(
      new Set(['new', 'in_review', 'linked', 'converted', 'dismissed']),
    );
    const handles = tally(plan.tips.flatMap((t) => t.body.match(HANDLE_LIKE) ?? []));
    expect(Object.values(handles).filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
    const bodies = tally(plan.tips.map((t) => t.body));
    expect(Object.values(bodies).some((n) => n >= 2)).toBe(true);
  });

  it('uses only fictional phones, handles and document numbers', () => {
    const phones = [
      ...plan.cases.flatMap((c) => c.victim.phones),
      ...plan.criminalCases.flatMap((cc) => cc.suspects.flatMap((s) => s.person.phones)),
      ...plan.tips.flatMap((t) => [...(t.body.match(PHONE_LIKE) ?? []), ...t.identifiers.map((i) => i.value)]),
      ...DEMO_ORGANISATIONS.map((o) => o.phone),
    ].map((phone) => phone.trim());
    expect(phones.length).toBeGreaterThan(200);
    for (const phone of phones) expect(isFictionalPhone(phone), phone).toBe(true);
    for (const tip of plan.tips)
      for (const handle of tip.body.match(HANDLE_LIKE) ?? []) expect(handle).toMatch(FICTIONAL_HANDLE_PATTERN);
    const documents = [
      ...plan.cases.map((c) => c.victim),
      ...plan.criminalCases.flatMap((cc) => cc.suspects.map((s) => s.person)),
    ].flatMap((p) => p.identityDocuments);
    for (const document of documents) expect(document.number).toMatch(FICTIONAL_DOCUMENT_PATTERN);
    for (const organisation of DEMO_ORGANISATIONS) expect(organisation.email).toMatch(/\.example$/u);
  });

  it('has a user for every role, several case workers, and passwords the server’s policy accepts', () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(roles));
    expect(DEMO_USERS.filter((u) => u.role === 'case_worker').length).toBeGreaterThanOrEqual(4);
    expect(
      DEMO_USERS.some(
        (u) =>
          u.role === 'referral_recipient' &&
          DEMO_ORGANISATIONS.find((o) => o.key === u.organisation)?.kind === 'shelter',
      ),
    ).toBe(true);
    for (const user of DEMO_USERS) expect(passwordSchema.safeParse(user.password).success, user.login).toBe(true);
    expect(new Set(DEMO_USERS.map((u) => u.password)).size).toBe(DEMO_USERS.length);
  });

  it('makes a small dataset for quick tests that still has referrals and a criminal case', () => {
    const small = planDemoDataset({ size: 'small' });
    expect(small.cases).toHaveLength(24);
    expect(small.tips).toHaveLength(16);
    expect(small.cases.flatMap((c) => c.referrals).length).toBeGreaterThan(10);
    expect(small.criminalCases.length).toBeGreaterThan(0);
  });
});
