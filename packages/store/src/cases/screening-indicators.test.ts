import { describe, expect, it } from 'vitest';
import { childIndicators, iloForcedLabourIndicators, suggestTraffickingStatus } from './screening-indicators.ts';

const allNo = Object.fromEntries(iloForcedLabourIndicators.map((i) => [i, 'no' as const]));

describe('suggestTraffickingStatus', () => {
  it('suggests an actual victim for two indicators including coercion', () => {
    const s = suggestTraffickingStatus({ ...allNo, deception: 'yes', retention_of_identity_documents: 'yes' }, false);
    expect(s.status).toBe('actual');
    expect(s.reasons[0]).toContain('retention_of_identity_documents');
  });

  it('suggests a possible victim for deception alone', () => {
    expect(suggestTraffickingStatus({ ...allNo, deception: 'yes' }, false)).toMatchObject({ status: 'possible' });
  });

  it('suggests not trafficked only when every indicator is answered no', () => {
    expect(suggestTraffickingStatus(allNo, false).status).toBe('not_trafficked');
    expect(suggestTraffickingStatus({ ...allNo, isolation: 'unknown' }, false).status).toBeUndefined();
    expect(suggestTraffickingStatus({}, false).status).toBeUndefined();
  });

  it('needs no means for a child in exploitation', () => {
    const s = suggestTraffickingStatus({ commercial_sexual_exploitation: 'yes' }, true);
    expect(s.status).toBe('actual');
    expect(suggestTraffickingStatus({ no_access_to_education: 'yes' }, true).status).toBe('possible');
    const allChildNo = Object.fromEntries(childIndicators.map((i) => [i, 'no' as const]));
    expect(suggestTraffickingStatus({ ...allNo, ...allChildNo }, true).status).toBe('not_trafficked');
    expect(suggestTraffickingStatus(allNo, true).status).toBeUndefined();
  });

  it('lists exactly 11 ILO indicators', () => {
    expect(iloForcedLabourIndicators).toHaveLength(11);
  });
});
