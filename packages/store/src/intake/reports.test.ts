import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.ts';
import { createOrganisationWithCaseWorker, HOSTILE_STRINGS, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';
import { redactAnalysis } from './analysis.ts';

const PHONE = '+855 12 345 678';
const TEXT = `Easy job in Sihanoukville, $1500/month, free visa. Call ${PHONE} or Telegram @fictional_recruiter`;

function analysisOf(risk: 'low' | 'high' | 'critical') {
  return {
    language: 'en',
    risk,
    harms: [
      {
        type: 'recruitment_fraud',
        score: 0.9,
        indicators: [{ id: 'salary.too_high', label: 'L', evidence: [{ start: 0, end: 8, text: 'Easy job' }] }],
      },
    ],
    entities: [
      { type: 'phone', value: PHONE, normalized: '+85512345678', start: 57, end: 72 },
      {
        type: 'handle',
        value: '@fictional_recruiter',
        normalized: 'telegram:fictional_recruiter',
        start: 85,
        end: 105,
      },
      { type: 'money', value: '$1500/month', normalized: '1500 USD/month', start: 27, end: 38 },
    ],
    warnings: [],
  };
}

describeEachDatabase('reports and triage', (getStore) => {
  it('stores a tip with its analysis, encrypting the text and keeping only a redacted analysis in clear', async () => {
    const store = getStore();
    const { organisation } = await createOrganisationWithCaseWorker(store);
    const { report, followUpCode } = await store.reports.create(
      {
        kind: 'tip',
        channel: 'web',
        anonymous: true,
        body: TEXT,
        analysis: analysisOf('critical'),
        organisationId: organisation.id,
        issueFollowUpCode: true,
      },
      SYSTEM,
    );
    expect(report).toMatchObject({
      body: TEXT,
      risk: 'critical',
      harmTypes: ['recruitment_fraud'],
      triageStatus: 'new',
    });
    expect((report.analysis as { entities: unknown[] }).entities).toHaveLength(3);
    expect(followUpCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/u);
    expect((await store.reports.findByFollowUpCode(followUpCode ?? ''))?.id).toBe(report.id);
    const raw = JSON.stringify(await store.db.selectFrom('reports').selectAll().where('id', '=', report.id).execute());
    expect(raw).not.toContain('Sihanoukville');
    expect(raw).not.toContain('345 678');
    expect(raw).not.toContain('85512345678');
    expect(raw).not.toContain('fictional_recruiter');
    expect(raw).not.toContain(followUpCode ?? '');
  });

  it('orders the triage queue by risk, then age, within the scope', async () => {
    const store = getStore();
    const { organisation } = await createOrganisationWithCaseWorker(store);
    const other = await createOrganisationWithCaseWorker(store);
    const make = async (risk: 'low' | 'high' | 'critical', receivedAt: string, organisationId = organisation.id) =>
      (
        await store.reports.create(
          { kind: 'tip', channel: 'sms', body: 'x', analysis: analysisOf(risk), receivedAt, organisationId },
          SYSTEM,
        )
      ).report;
    const lowOld = await make('low', '2026-01-01T00:00:00Z');
    const highNew = await make('high', '2026-03-01T00:00:00Z');
    const highOld = await make('high', '2026-02-01T00:00:00Z');
    const critical = await make('critical', '2026-04-01T00:00:00Z');
    await make('critical', '2026-01-01T00:00:00Z', other.organisation.id);
    const queue = await store.reports.triageQueue({ scope: { kind: 'organisation', organisationId: organisation.id } });
    expect(queue.map((r) => r.id)).toEqual([critical.id, highOld.id, highNew.id, lowOld.id]);
    const none = await store.reports.triageQueue({ scope: { kind: 'team', teamIds: [] } });
    expect(none).toEqual([]);
  });

  it('enforces triage transitions and requires a reason to dismiss', async () => {
    const store = getStore();
    const { report } = await store.reports.create({ kind: 'hotline_call', channel: 'hotline', body: 'call' }, SYSTEM);
    await expect(store.reports.triage(report.id, 1, { status: 'dismissed' }, SYSTEM)).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_input'),
    );
    const dismissed = await store.reports.triage(
      report.id,
      1,
      { status: 'dismissed', reason: 'duplicate of an earlier call' },
      SYSTEM,
    );
    expect(dismissed).toMatchObject({ triageStatus: 'dismissed', version: 2 });
    const reviewed = await store.reports.triage(report.id, 2, { status: 'in_review' }, SYSTEM);
    expect(reviewed.triageStatus).toBe('in_review');
    await expect(store.reports.triage(report.id, 2, { status: 'new' }, SYSTEM)).rejects.toSatisfy((e) =>
      isStoreError(e, 'version_conflict'),
    );
  });

  it('links reports that share a phone or handle through the blind index, whatever the formatting', async () => {
    const store = getStore();
    const first = (
      await store.reports.create({ kind: 'tip', channel: 'web', body: TEXT, analysis: analysisOf('high') }, SYSTEM)
    ).report;
    const second = (
      await store.reports.create(
        {
          kind: 'hotline_call',
          channel: 'hotline',
          body: 'caller gave a number',
          identifiers: [{ type: 'phone', value: '012-345-678' }],
        },
        SYSTEM,
      )
    ).report;
    const unrelated = (
      await store.reports.create(
        { kind: 'tip', channel: 'web', body: 'y', identifiers: [{ type: 'phone', value: '+855 99 999 999' }] },
        SYSTEM,
      )
    ).report;
    const sharing = await store.reports.findSharingIdentifiers(second.id);
    expect(sharing.map((m) => m.ownerId)).toContain(first.id);
    expect(sharing.map((m) => m.ownerId)).not.toContain(unrelated.id);
    const byHandle = await store.reports.findByIdentifier({ type: 'handle', value: '@Fictional_Recruiter' });
    expect(byHandle.map((m) => m.ownerId)).toContain(first.id);
  });

  it('keeps hostile text verbatim and rejects malformed input', async () => {
    const store = getStore();
    for (const hostile of HOSTILE_STRINGS) {
      const { report } = await store.reports.create(
        { kind: 'tip', channel: 'web', body: hostile, contactDetails: hostile },
        SYSTEM,
      );
      expect((await store.reports.get(report.id)).body).toBe(hostile);
    }
    await expect(store.reports.create({ kind: 'tip', channel: 'carrier_pigeon' as never }, SYSTEM)).rejects.toSatisfy(
      (e) => isStoreError(e, 'invalid_input'),
    );
    await expect(
      store.reports.create({ kind: 'tip', channel: 'web', body: 'x'.repeat(200_000) }, SYSTEM),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    await expect(
      store.reports.create({ kind: 'tip', channel: 'web', analysis: { risk: 'apocalyptic' } as never }, SYSTEM),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });
});

describe('redactAnalysis', () => {
  it('keeps types, scores and offsets but no text of the message', () => {
    const redacted = JSON.stringify(redactAnalysis(analysisOf('high')));
    expect(redacted).toContain('recruitment_fraud');
    expect(redacted).not.toContain('Easy job');
    expect(redacted).not.toContain('855');
  });
});
