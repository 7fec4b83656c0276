import { expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import { createOrganisationWithCaseWorker, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';

const FUTURE = () => new Date(Date.now() + 3_600_000).toISOString();
const invalid = (e: unknown) => isStoreError(e, 'invalid_input');

describeEachDatabase('past dates stated for actions', (getStore) => {
  async function openCase(openedAt?: string) {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    const partner = await createOrganisationWithCaseWorker(store, 'shelter');
    const person = await store.persons.create(
      { personKind: 'victim', organisationId: staff.organisation.id },
      staff.actor,
    );
    const theCase = await store.cases.create(
      { victimPersonId: person.id, organisationId: staff.organisation.id, ...(openedAt ? { openedAt } : {}) },
      staff.actor,
    );
    return { store, staff, partner, theCase };
  }

  it('records a case opened, decided, closed and reopened in the past, in its history too', async () => {
    const { store, staff, theCase } = await openCase('2024-03-01T09:00:00+07:00');
    expect(theCase.openedAt).toBe('2024-03-01T02:00:00.000Z');
    const decided = await store.cases.decideTraffickingStatus(
      theCase.id,
      1,
      { status: 'actual', decidedByKind: 'NGO', at: '2024-03-05T10:00:00Z' },
      staff.actor,
    );
    expect(decided.statusDecidedAt).toBe('2024-03-05T10:00:00.000Z');
    const closed = await store.cases.close(
      theCase.id,
      2,
      { reason: 'reintegrated', at: '2025-01-10T16:00:00Z' },
      staff.actor,
    );
    expect(closed.closedAt).toBe('2025-01-10T16:00:00.000Z');
    await expect(store.cases.reopen(theCase.id, 3, staff.actor, { at: '2025-01-09T00:00:00Z' })).rejects.toSatisfy(
      invalid,
    );
    const reopened = await store.cases.reopen(theCase.id, 3, staff.actor, { at: '2025-02-01T00:00:00Z' });
    expect(reopened.closedAt).toBeNull();
    const history = await store.history.forRecord('cases', theCase.id);
    expect(history.find((h) => h.field === 'openedAt')?.effectiveAt).toBe('2024-03-01T02:00:00.000Z');
    expect(history.find((h) => h.field === 'closedAt' && h.newValue !== null)?.effectiveAt).toBe(
      '2025-01-10T16:00:00.000Z',
    );
    expect(
      history.filter((h) => h.recordVersion === 4).every((h) => h.effectiveAt === '2025-02-01T00:00:00.000Z'),
    ).toBe(true);
    expect(history.every((h) => Date.parse(h.changedAt) > Date.parse('2026-01-01'))).toBe(true);
  });

  it('refuses a time in the future, malformed or before 1900, and a decision or closure before the opening', async () => {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    const person = await store.persons.create(
      { personKind: 'victim', organisationId: staff.organisation.id },
      staff.actor,
    );
    for (const openedAt of [
      FUTURE(),
      '2024-13-01T00:00:00Z',
      'yesterday',
      '1899-12-31T23:59:59Z',
      `${'9'.repeat(10_000)}`,
    ]) {
      await expect(
        store.cases.create({ victimPersonId: person.id, organisationId: staff.organisation.id, openedAt }, staff.actor),
      ).rejects.toSatisfy(invalid);
    }
    const { theCase } = await openCase('2024-03-01T09:00:00Z');
    await expect(
      store.cases.decideTraffickingStatus(
        theCase.id,
        1,
        { status: 'possible', decidedByKind: 'NGO', at: '2024-02-01T00:00:00Z' },
        staff.actor,
      ),
    ).rejects.toSatisfy(invalid);
    await expect(
      store.cases.close(theCase.id, 1, { reason: 'other', at: '2024-02-28T00:00:00Z' }, staff.actor),
    ).rejects.toSatisfy(invalid);
  });

  it('dates a referral and its answers in the past, in order, with the consent in force on that day', async () => {
    const { store, staff, partner, theCase } = await openCase('2024-03-01T09:00:00Z');
    const make = (referredAt: string) =>
      store.referrals.make(
        {
          caseId: theCase.id,
          fromOrganisationId: staff.organisation.id,
          toOrganisationId: partner.organisation.id,
          serviceType: 'safehouse',
          consentOverride: { reason: 'life at risk, no way to ask' },
          referredAt,
        },
        staff.actor,
      );
    await expect(make('2024-02-01T00:00:00Z')).rejects.toSatisfy(invalid);
    const referral = await make('2024-03-02T14:00:00Z');
    expect(referral.referredAt).toBe('2024-03-02T14:00:00.000Z');
    await expect(
      store.referrals.transition(referral.id, 1, { status: 'accepted', at: '2024-03-02T13:00:00Z' }, partner.actor),
    ).rejects.toSatisfy(invalid);
    const accepted = await store.referrals.transition(
      referral.id,
      1,
      { status: 'accepted', at: '2024-03-04T15:00:00Z' },
      partner.actor,
    );
    expect(accepted.acceptedAt).toBe('2024-03-04T15:00:00.000Z');
    await expect(
      store.referrals.transition(referral.id, 2, { status: 'done', at: '2024-03-03T00:00:00Z' }, partner.actor),
    ).rejects.toSatisfy(invalid);
    const done = await store.referrals.transition(
      referral.id,
      2,
      { status: 'done', at: '2024-06-01T00:00:00Z' },
      partner.actor,
    );
    expect(done.doneAt).toBe('2024-06-01T00:00:00.000Z');
  });

  it('dates a triage decision and a completed task in the past, never before what they follow', async () => {
    const { store, staff, theCase } = await openCase('2024-03-01T09:00:00Z');
    const { report } = await store.reports.create(
      { kind: 'tip', channel: 'web', receivedAt: '2024-02-20T08:00:00Z' },
      SYSTEM,
    );
    await expect(store.reports.create({ kind: 'tip', channel: 'web', receivedAt: FUTURE() }, SYSTEM)).rejects.toSatisfy(
      invalid,
    );
    await expect(
      store.reports.triage(report.id, 1, { status: 'in_review', at: '2024-02-19T00:00:00Z' }, staff.actor),
    ).rejects.toSatisfy(invalid);
    const triaged = await store.reports.triage(
      report.id,
      1,
      { status: 'in_review', at: '2024-02-21T00:00:00Z' },
      staff.actor,
    );
    expect(triaged.triagedAt).toBe('2024-02-21T00:00:00.000Z');
    const task = await store.tasks.create({ caseId: theCase.id, title: 'Call the family' }, staff.actor);
    await expect(
      store.tasks.update(task.id, 1, { title: 'x', at: '2024-04-01T00:00:00Z' }, staff.actor),
    ).rejects.toSatisfy(invalid);
    await expect(
      store.tasks.update(task.id, 1, { status: 'done', at: '2024-02-01T00:00:00Z' }, staff.actor),
    ).rejects.toSatisfy(invalid);
    const done = await store.tasks.update(task.id, 1, { status: 'done', at: '2024-04-01T00:00:00Z' }, staff.actor);
    expect(done.completedAt).toBe('2024-04-01T00:00:00.000Z');
  });
});
