import { describe, expect, it } from 'vitest';
import { hasVerdict, missingPrerequisite, PROCEEDING_STAGES, suggestedNextStage } from './proceeding-stages.ts';

describe('the proceeding stages', () => {
  it('run from the complaint to the appeal', () => {
    expect(PROCEEDING_STAGES).toEqual(['complaint', 'investigation', 'arrest', 'charge', 'trial', 'verdict', 'appeal']);
  });

  it('suggest the complaint first, then the stage after the current one, and nothing after an appeal', () => {
    expect(suggestedNextStage(null)).toBe('complaint');
    expect(suggestedNextStage('complaint')).toBe('investigation');
    expect(suggestedNextStage('charge')).toBe('trial');
    expect(suggestedNextStage('verdict')).toBe('appeal');
    expect(suggestedNextStage('appeal')).toBeNull();
  });

  it('name what a trial, a verdict or an appeal is missing, as the store decides it (on or before the date)', () => {
    const charged = [
      { stage: 'complaint', occurredOn: '2026-01-05' },
      { stage: 'charge', occurredOn: '2026-03-01' },
    ] as const;
    expect(missingPrerequisite('trial', '2026-04-01', [])).toBe('charge');
    expect(missingPrerequisite('trial', '2026-04-01', charged)).toBeNull();
    expect(missingPrerequisite('trial', '2026-03-01', charged)).toBeNull();
    expect(missingPrerequisite('verdict', '2026-02-01', charged)).toBe('charge');
    expect(missingPrerequisite('appeal', '2026-05-01', charged)).toBe('verdict');
    expect(missingPrerequisite('arrest', '2020-01-01', [])).toBeNull();
  });

  it('know whether a verdict was recorded (a conviction or an acquittal needs one)', () => {
    expect(hasVerdict([{ stage: 'trial' }])).toBe(false);
    expect(hasVerdict([{ stage: 'trial' }, { stage: 'verdict' }])).toBe(true);
  });
});
