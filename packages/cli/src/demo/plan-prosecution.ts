import { ARCHETYPES } from './demo-archetypes.ts';
import { addDays, laterOf } from './demo-dates.ts';
import type { PlannedCase, PlannedCriminalCase, PlannedSuspect, ProceedingStage } from './demo-plan.ts';
import { planPerson } from './plan-people.ts';
import type { SeededRandom } from './seeded-random.ts';

const UNITS: Readonly<Record<string, { unit: string; investigator: string }>> = {
  '18': { unit: 'Police Anti-Trafficking Unit – Preah Sihanouk office', investigator: 'investigator.piseth' },
  '20': { unit: 'Police Anti-Trafficking Unit – Svay Rieng office', investigator: 'investigator.piseth' },
};
/** Offences whose victim must be under 15. */
const UNDER_15_OFFENCES: ReadonlySet<string> = new Set(['KH.LSHTSE2008.42', 'KH.LSHTSE2008.43']);

const DEFAULT_UNIT = { unit: 'Police Anti-Trafficking Unit – Phnom Penh office', investigator: 'investigator.kosal' };

/** How far a proceeding gets, and how long each step takes (days after the previous one). */
const STEPS: readonly { stage: ProceedingStage; share: number; days: readonly [number, number] }[] = [
  { stage: 'investigation', share: 1, days: [1, 15] },
  { stage: 'arrest', share: 0.85, days: [5, 60] },
  { stage: 'charge', share: 0.9, days: [2, 30] },
  { stage: 'trial', share: 0.8, days: [60, 240] },
  { stage: 'verdict', share: 0.92, days: [0, 30] },
  { stage: 'appeal', share: 0.15, days: [30, 120] },
];

const STAGE_NOTES: Partial<Record<ProceedingStage, string>> = {
  complaint: 'Complaint filed with the victim’s statement.',
  arrest: 'Suspects arrested on a warrant from the investigating judge.',
  charge: 'Charged by the prosecutor.',
  verdict: 'Judgment delivered in open court.',
};

/**
 * Criminal cases for a share of the actual trafficking cases: victims of the same kind of case and
 * province are grouped (one to three per criminal case), with one to three suspects each, charged
 * with offences of the seeded catalogue, followed through the proceeding up to the reference date.
 */
export function planCriminalCases(
  random: SeededRandom,
  cases: readonly PlannedCase[],
  now: string,
): PlannedCriminalCase[] {
  const groups = new Map<string, PlannedCase[]>();
  for (const plannedCase of cases) {
    const archetype = ARCHETYPES.find((a) => a.key === plannedCase.archetype);
    if (!archetype || plannedCase.status?.status !== 'actual') continue;
    if (!random.chance(archetype.prosecutionShare)) continue;
    const key = `${plannedCase.archetype}:${plannedCase.provinceCode}`;
    groups.set(key, [...(groups.get(key) ?? []), plannedCase]);
  }
  const criminalCases: PlannedCriminalCase[] = [];
  for (const [, members] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const queue = [...members].sort((a, b) => (a.openedOn < b.openedOn ? -1 : 1));
    while (queue.length > 0) {
      const victims = queue.splice(
        0,
        random.weighted([
          [1, 65],
          [2, 25],
          [3, 10],
        ] as const),
      );
      const planned = planCriminalCase(random, victims, criminalCases.length, now);
      if (planned) criminalCases.push(planned);
    }
  }
  return criminalCases;
}

function planCriminalCase(
  random: SeededRandom,
  victims: PlannedCase[],
  index: number,
  now: string,
): PlannedCriminalCase | undefined {
  const first = victims[0];
  const archetype = ARCHETYPES.find((a) => a.key === first?.archetype);
  if (!first || !archetype) return undefined;
  const offenceDate =
    victims.map((v) => v.profile.exploitationStartedOn).sort()[0] ?? first.profile.exploitationStartedOn;
  const complaintOn = addDays(
    victims
      .map((v) => v.openedOn)
      .sort()
      .at(-1) ?? first.openedOn,
    random.int(0, 20),
  );
  if (complaintOn >= now) return undefined;

  const stages: { stage: ProceedingStage; occurredOn: string; note: string | null }[] = [
    { stage: 'complaint', occurredOn: complaintOn, note: STAGE_NOTES.complaint ?? null },
  ];
  let last = complaintOn;
  for (const step of STEPS) {
    if (!random.chance(step.share)) break;
    const on = addDays(last, random.int(step.days[0], step.days[1]));
    if (on >= now) break;
    stages.push({ stage: step.stage, occurredOn: on, note: STAGE_NOTES[step.stage] ?? null });
    last = on;
  }
  const reached = new Set(stages.map((s) => s.stage));
  const verdictOn = stages.find((s) => s.stage === 'verdict')?.occurredOn;
  const chargeOn = stages.find((s) => s.stage === 'charge')?.occurredOn;

  const suspectCount = random.weighted([
    [1, 55],
    [2, 30],
    [3, 15],
  ] as const);
  const suspects: PlannedSuspect[] = [];
  for (let i = 0; i < suspectCount; i++) {
    const foreign = random.chance(archetype.foreignSuspectShare);
    const citizenship = foreign ? random.pick(archetype.foreignSuspectCitizenship) : 'KH';
    const person = planPerson(random, {
      sex: random.chance(archetype.key === 'sexual_exploitation' || archetype.key === 'illegal_adoption' ? 0.3 : 0.2)
        ? 'female'
        : 'male',
      citizenship,
      age: random.int(22, 58),
      ageOnDate: offenceDate,
      recordedOn: complaintOn,
      estimatedAgeShare: 0.4,
      phoneShare: 0.6,
      documentShare: 0.4,
    });
    let outcome: PlannedSuspect['outcome'] = null;
    if (verdictOn) {
      const convicted = random.chance(0.82);
      outcome = {
        outcome: convicted ? 'convicted' : 'acquitted',
        decidedOn: verdictOn,
        sentenceMonths: convicted ? random.pick([24, 36, 60, 84, 120, 180, 240]) : null,
        fineAmount: convicted ? random.pick([2_000_000, 5_000_000, 10_000_000, 20_000_000]) : null,
        compensationAmount:
          convicted && random.chance(0.6) ? random.pick([4_000_000, 8_000_000, 12_000_000, 40_000_000]) : null,
      };
    } else if (chargeOn && !reached.has('trial') && random.chance(0.25)) {
      outcome = {
        outcome: 'dismissed',
        decidedOn: laterOf(addDays(chargeOn, random.int(30, 120)), chargeOn),
        sentenceMonths: null,
        fineAmount: null,
        compensationAmount: null,
      };
      if (outcome.decidedOn >= now) outcome = null;
    }
    suspects.push({ person, outcome });
  }

  const charges: PlannedCriminalCase['charges'][number][] = [];
  for (const victim of victims) {
    const pool = victim.ageAtExploitation < 18 ? archetype.offences.child : archetype.offences.adult;
    const wanted = new Set([random.pick(pool), ...(random.chance(0.35) ? [random.pick(pool)] : [])]);
    for (const offenceCode of wanted) {
      if (victim.ageAtExploitation >= 15 && UNDER_15_OFFENCES.has(offenceCode)) continue;
      charges.push({ offenceCode, suspectIndex: random.int(0, suspects.length - 1), victimCaseKey: victim.key });
    }
  }

  const unit = UNITS[first.provinceCode] ?? DEFAULT_UNIT;
  const year = complaintOn.slice(0, 4);
  return {
    key: `criminal-case-${index + 1}`,
    organisation: 'police',
    investigatorLogin: unit.investigator,
    unit: unit.unit,
    provinceCode: first.provinceCode,
    policeReference: `PATU-${year}-${String(index + 1).padStart(4, '0')}`,
    courtReference: reached.has('charge') ? `CRT-${first.provinceCode}-${year}-${String(random.int(100, 999))}` : null,
    offenceDate,
    summary: `${victims.length} victim(s) of ${archetype.label}; ${suspects.length} suspect(s).`,
    victimCaseKeys: victims.map((v) => v.key),
    suspects,
    charges,
    stages,
  };
}
