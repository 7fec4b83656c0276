import {
  iloForcedLabourIndicators,
  childIndicators,
  type ScreeningAnswer,
  type ScreeningIndicator,
} from '@raksa/store';
import {
  ARCHETYPES,
  NOT_TRAFFICKED_SHARE,
  TRANSIT_POINTS,
  type Archetype,
  type ServiceType,
} from './demo-archetypes.ts';
import { addDays, DEMO_PERIOD_START, daysBetween, earlierOf, isoDateOf, laterOf, msOfDate } from './demo-dates.ts';
import { caseWorkersOf, DEMO_USERS, type DemoOrganisationKey } from './demo-directory.ts';
import type {
  ClosureReason,
  PlannedCase,
  PlannedConsent,
  PlannedEvent,
  PlannedReferral,
  ReferralStatus,
} from './demo-plan.ts';
import { planPerson } from './plan-people.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Which organisation gives which service (the first that is not the referring organisation). */
const PROVIDERS: Readonly<Record<ServiceType, readonly DemoOrganisationKey[]>> = {
  safehouse: ['lotus_shelter', 'bright_path'],
  health_medical: ['hospital'],
  psychosocial: ['lotus_shelter', 'bright_path'],
  police_other: ['police'],
  legal_assistance: ['legal_aid'],
  livelihoods: ['social_affairs', 'lotus_shelter'],
  child_protection: ['bright_path', 'social_affairs'],
  family_mediation: ['social_affairs'],
  family_reunification: ['social_affairs'],
  education: ['bright_path', 'lotus_shelter'],
  nfi_clothes_shoes: ['lotus_shelter'],
  water_sanitation: ['social_affairs'],
  registration: ['social_affairs'],
  food: ['lotus_shelter'],
  repatriation: ['social_affairs'],
  other: ['secretariat'],
};

const CASE_HOLDERS: readonly (readonly [DemoOrganisationKey, number])[] = [
  ['social_affairs', 40],
  ['lotus_shelter', 35],
  ['bright_path', 25],
];

const REJECTION_REASONS = [
  'No shelter place free for the next four weeks',
  'The person lives outside our service area',
  'We do not offer this service to adults',
  'The person asked to be placed nearer to their family',
];
const REVOCATION_REASONS_OTHER = [
  'The person was repatriated before the service could start',
  'Referred to the wrong organisation by mistake',
  'The family took the child home before the placement',
];
export const CONSENT_WITHDRAWN_REASON = 'Consent to share the case withdrawn by the person';
export const CONSENT_OVERRIDE_REASON =
  'Child at immediate risk: referral needed to protect the child (vital interests)';

const REFERRAL_STATUS_WEIGHTS: readonly (readonly [ReferralStatus, number])[] = [
  ['in_progress', 18],
  ['accepted', 20],
  ['rejected', 12],
  ['done', 40],
  ['revoked', 10],
];

const CLOSURE_WEIGHTS: readonly (readonly [Exclude<ClosureReason, 'not_trafficked'>, number])[] = [
  ['reintegrated', 38],
  ['repatriated', 20],
  ['transferred', 8],
  ['refused_services', 6],
  ['no_longer_requires_support', 12],
  ['moved_away', 5],
  ['lost_contact', 8],
  ['died', 1],
  ['other', 2],
];
const ALL_CLOSURE_REASONS: readonly ClosureReason[] = [...CLOSURE_WEIGHTS.map(([reason]) => reason), 'not_trafficked'];

const CLOSURE_NOTES: Readonly<Record<ClosureReason, string>> = {
  reintegrated: 'Back with the family, in school or work; follow-up visits completed.',
  repatriated: 'Returned to the home country through the repatriation procedure.',
  transferred: 'Case transferred to the organisation nearest to the person’s home.',
  refused_services: 'The person declined further support after counselling.',
  no_longer_requires_support: 'Goals of the case plan met.',
  moved_away: 'The person moved to another province and did not leave an address.',
  lost_contact: 'No answer to calls or visits for three months.',
  died: 'The person died of an illness unrelated to the case.',
  not_trafficked: 'Screening found no indicator of trafficking; referred to general services.',
  other: 'Closed at the person’s request.',
};

/** Cycles through every value first (so a small dataset still shows each), then picks by weight. */
function coveringPick<T>(
  random: SeededRandom,
  weights: readonly (readonly [T, number])[],
  counter: { n: number },
  all: readonly T[],
): T {
  const index = counter.n;
  counter.n += 1;
  if (index < all.length) return all[index] as T;
  return random.weighted(weights);
}

function sample<T>(random: SeededRandom, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  const count = Math.min(pool.length, random.int(min, max));
  const chosen: T[] = [];
  for (let i = 0; i < count; i++) chosen.push(...pool.splice(random.int(0, pool.length - 1), 1));
  return chosen;
}

function ageFor(random: SeededRandom, archetype: Archetype): number {
  const band = random.weighted([
    [0, archetype.ageBands[0]],
    [1, archetype.ageBands[1]],
    [2, archetype.ageBands[2]],
  ] as const);
  if (band === 0)
    return archetype.key === 'illegal_adoption'
      ? random.int(0, 1)
      : random.int(archetype.key === 'begging' ? 6 : 10, 14);
  if (band === 1) return random.int(15, 17);
  return random.int(archetype.adultAge[0], archetype.adultAge[1]);
}

function providerFor(
  serviceType: ServiceType,
  holder: DemoOrganisationKey,
  isChild: boolean,
): DemoOrganisationKey | undefined {
  const candidates = PROVIDERS[serviceType].filter((organisation) => organisation !== holder);
  if (serviceType === 'safehouse' || serviceType === 'psychosocial') {
    const preferred = isChild ? 'bright_path' : 'lotus_shelter';
    if (candidates.includes(preferred)) return preferred;
  }
  return candidates[0];
}

/** Who answers a referral at the receiving organisation. */
function recipientOf(organisation: DemoOrganisationKey, fallback: string): string {
  const recipient = DEMO_USERS.find((user) => user.organisation === organisation && user.role === 'referral_recipient');
  const anyone = DEMO_USERS.find((user) => user.organisation === organisation && user.role !== 'org_admin');
  return recipient?.login ?? anyone?.login ?? fallback;
}

function workflowStageFor(ageDays: number): PlannedCase['workflowStage'] {
  if (ageDays < 7) return 'new';
  if (ageDays < 30) return 'assessment';
  if (ageDays < 60) return 'case_plan';
  if (ageDays < 240) return 'service_provision';
  return 'follow_up';
}

export interface CasePlanningContext {
  readonly random: SeededRandom;
  readonly now: string;
  readonly referralCounter: { n: number };
  readonly closureCounter: { n: number };
}

/** Plans one case: victim, consents, profile, events, screening, referrals and perhaps its closure. */
export function planCase(ctx: CasePlanningContext, index: number): PlannedCase {
  const { random, now } = ctx;
  const archetype = random.weighted(ARCHETYPES.map((a) => [a, a.weight] as const));
  const lastOpening = addDays(now, -3);
  const openedOn = isoDateOf(random.between(msOfDate(DEMO_PERIOD_START), msOfDate(lastOpening)).getTime());
  const caseAgeDays = daysBetween(openedOn, now);

  const durationMonths = random.int(archetype.durationMonths[0], archetype.durationMonths[1]);
  const exploitationEnded = random.chance(0.9);
  const exploitationEndedOn = addDays(openedOn, -random.int(1, 20));
  const exploitationStartedOn = addDays(exploitationEndedOn, -(durationMonths * 30 + random.int(3, 25)));
  const recruitedOn = addDays(exploitationStartedOn, -random.int(3, 40));
  const transitOn = addDays(recruitedOn, random.int(1, Math.max(1, daysBetween(recruitedOn, exploitationStartedOn))));

  const age = ageFor(random, archetype);
  const isChild = age < 18;
  const sex = random.chance(archetype.femaleShare) ? 'female' : 'male';
  const citizenship = random.weighted(archetype.citizenship);
  const victim = planPerson(random, {
    sex,
    citizenship,
    age,
    ageOnDate: exploitationStartedOn,
    recordedOn: openedOn,
    estimatedAgeShare: 0.3,
    phoneShare: age >= 12 ? 0.55 : 0,
    documentShare: 0.5,
  });

  const organisation =
    isChild && random.chance(0.6)
      ? 'bright_path'
      : random.weighted(CASE_HOLDERS.filter(([key]) => isChild || key !== 'bright_path'));
  const workers = caseWorkersOf(organisation);
  const owner = random.pick(workers);
  const provinceCode = random.weighted(archetype.caseProvinces);
  const exploitationPlace = random.weighted(archetype.exploitationPlaces);
  const notTrafficked = random.chance(NOT_TRAFFICKED_SHARE);

  const givenBy = isChild ? 'parent_or_guardian' : 'subject';
  const consentOn = addDays(openedOn, random.int(0, 3));
  // Consent pattern: most give every consent; some withdraw disclosure later; some never gave it.
  const consentPattern = random.weighted([
    ['given', 78],
    ['withdrawn', 10],
    ['missing', 12],
  ] as const);

  const wantedServices = notTrafficked ? [] : sample(random, archetype.services, 1, 3);
  const referralTargets: { to: DemoOrganisationKey; serviceType: ServiceType }[] = [];
  for (const serviceType of wantedServices) {
    const to = providerFor(serviceType, organisation, isChild);
    if (to && !referralTargets.some((target) => target.to === to)) referralTargets.push({ to, serviceType });
  }

  const consents: PlannedConsent[] = [
    { purpose: 'services', organisation: null, legalBasis: 'consent', givenBy, givenOn: consentOn, withdrawnOn: null },
  ];
  if (random.chance(0.85)) {
    consents.push({
      purpose: 'non_identifying_reporting',
      organisation: null,
      legalBasis: 'consent',
      givenBy,
      givenOn: consentOn,
      withdrawnOn: null,
    });
  }

  const referrals: PlannedReferral[] = [];
  let withdrawalOn: string | null = null;
  for (const target of referralTargets) {
    const madeOn = addDays(consentOn, random.int(1, 25));
    if (madeOn >= now) continue;
    if (consentPattern === 'missing' && !(isChild && random.chance(0.6))) continue;
    let status = coveringPick(
      random,
      REFERRAL_STATUS_WEIGHTS,
      ctx.referralCounter,
      REFERRAL_STATUS_WEIGHTS.map(([s]) => s),
    );
    if (consentPattern === 'withdrawn' && referrals.length === 0) status = 'revoked';
    // Referrals wait for an answer for days, not years: older unanswered ones were answered and completed.
    if (status === 'in_progress' && daysBetween(madeOn, now) > 45) status = 'done';
    // …and the recent ones fill the receiving organisations' inboxes.
    else if (daysBetween(madeOn, now) <= 30 && random.chance(0.6)) status = 'in_progress';
    const by = (to: DemoOrganisationKey) => recipientOf(to, owner.login);
    const changes: {
      status: Exclude<ReferralStatus, 'in_progress'>;
      on: string;
      reason: string | null;
      byLogin: string;
    }[] = [];
    const answeredOn = addDays(madeOn, random.int(1, 10));
    if (status !== 'in_progress' && answeredOn < now) {
      if (status === 'rejected')
        changes.push({ status, on: answeredOn, reason: random.pick(REJECTION_REASONS), byLogin: by(target.to) });
      else {
        changes.push({ status: 'accepted', on: answeredOn, reason: null, byLogin: by(target.to) });
        const laterOn = addDays(answeredOn, random.int(7, 120));
        if (status === 'done' && laterOn < now)
          changes.push({ status: 'done', on: laterOn, reason: null, byLogin: by(target.to) });
        if (status === 'revoked' && laterOn < now) {
          const reason =
            consentPattern === 'withdrawn' ? CONSENT_WITHDRAWN_REASON : random.pick(REVOCATION_REASONS_OTHER);
          changes.push({ status: 'revoked', on: laterOn, reason, byLogin: owner.login });
          if (consentPattern === 'withdrawn') withdrawalOn ??= laterOn;
        }
      }
    }
    referrals.push({
      to: target.to,
      serviceType: target.serviceType,
      madeOn,
      consentOverrideReason: consentPattern === 'missing' ? CONSENT_OVERRIDE_REASON : null,
      note: null,
      changes,
    });
  }
  const lastReferralOn = referrals
    .map((referral) => referral.madeOn)
    .sort()
    .at(-1);
  if (consentPattern !== 'missing') {
    for (const target of referralTargets) {
      consents.push({
        purpose: 'disclosure_to_organisation',
        organisation: target.to,
        legalBasis: 'consent',
        givenBy,
        givenOn: consentOn,
        // Withdrawn after the last referral it allowed was made (a referral needs it in force that day).
        withdrawnOn:
          consentPattern === 'withdrawn'
            ? laterOf(
                withdrawalOn ?? earlierOf(addDays(consentOn, random.int(10, 60)), now),
                lastReferralOn ? addDays(lastReferralOn, 1) : consentOn,
              )
            : null,
      });
    }
  }

  const screenedOn = addDays(openedOn, random.int(1, 14));
  const screening = screenedOn < now ? planScreening(random, archetype, isChild, notTrafficked, screenedOn) : null;
  const status: PlannedCase['status'] = screening
    ? {
        status: notTrafficked ? 'not_trafficked' : random.chance(0.8) ? 'actual' : 'possible',
        decidedByKind: organisation === 'social_affairs' ? 'NonPoliceGovernmentalOrganization' : 'NGO',
        decidedOn: earlierOf(addDays(screenedOn, random.int(0, 7)), now),
      }
    : null;

  const lastActivity =
    [...referrals.flatMap((r) => [r.madeOn, ...r.changes.map((c) => c.on)]), screenedOn].sort().at(-1) ?? openedOn;
  let closure: PlannedCase['closure'] = null;
  if (notTrafficked && screening && caseAgeDays > 30) {
    closure = {
      reason: 'not_trafficked',
      note: CLOSURE_NOTES.not_trafficked,
      closedOn: earlierOf(addDays(lastActivity, random.int(5, 30)), now),
    };
  } else if (caseAgeDays > 270 && random.chance(0.7)) {
    const reason = coveringPick(
      random,
      CLOSURE_WEIGHTS,
      ctx.closureCounter,
      ALL_CLOSURE_REASONS.filter((r) => r !== 'not_trafficked'),
    );
    const closedOn = earlierOf(addDays(lastActivity, random.int(60, 240)), addDays(now, -1));
    closure = { reason, note: CLOSURE_NOTES[reason], closedOn };
  }
  // An open referral on a closed case would be odd: keep the dataset's closed cases settled.
  const settledReferrals = closure
    ? referrals.map((referral) =>
        referral.changes.length === 0 || referral.changes.at(-1)?.status === 'accepted'
          ? { ...referral, changes: settle(referral, closure.closedOn, recipientOf(referral.to, owner.login)) }
          : referral,
      )
    : referrals;

  return {
    key: `case-${index + 1}`,
    archetype: archetype.key,
    victim,
    ageAtExploitation: age,
    organisation,
    team: owner.team ?? '',
    ownerLogin: owner.login,
    provinceCode,
    riskLevel: isChild
      ? random.weighted([
          ['high', 60],
          ['critical', 40],
        ] as const)
      : random.weighted([
          ['low', 15],
          ['medium', 45],
          ['high', 30],
          ['critical', 10],
        ] as const),
    summary: archetype.summary,
    openedOn,
    consents,
    status,
    workflowStage: workflowStageFor(caseAgeDays),
    profile: {
      exploitationTypes: notTrafficked ? [] : [...archetype.exploitationTypes],
      forcedLabourSectors: [...archetype.forcedLabourSectors],
      sexExploitationTypes:
        archetype.sexExploitationTypes.length > 0 ? sample(random, archetype.sexExploitationTypes, 1, 2) : [],
      methodsOfControl: sample(random, archetype.methodsOfControl, 2, 4),
      recruitmentMethods: sample(random, archetype.recruitmentMethods, 1, 2),
      recruitmentPlatforms:
        archetype.recruitmentPlatforms.length > 0 ? sample(random, archetype.recruitmentPlatforms, 1, 2) : [],
      recruiterRelationship: random.weighted(archetype.recruiterRelationships),
      countryOfExploitation: exploitationPlace.country,
      exploitationStartedOn,
      exploitationEndedOn: exploitationEnded ? exploitationEndedOn : null,
      durationMonths: exploitationEnded ? durationMonths : null,
    },
    events: planEvents(random, archetype, provinceCode, exploitationPlace, {
      recruitedOn,
      transitOn,
      exploitationStartedOn,
      exploitationEndedOn: exploitationEnded ? exploitationEndedOn : null,
    }),
    screening,
    referrals: settledReferrals,
    // Notes on some cases only: every record costs several statements to write (with its history).
    notes:
      caseAgeDays < 365 || random.chance(0.15)
        ? [
            `First interview done by ${owner.displayName}; the person is safe and was told about the services available.`,
          ]
        : [],
    tasks:
      caseAgeDays < 120
        ? [
            {
              title: 'Follow-up visit to the family',
              dueOn: addDays(openedOn, 30),
              done: addDays(openedOn, 30) < now && random.chance(0.6),
            },
          ]
        : [],
    closure,
  };
}

/** A referral still open when its case closed is completed on the eve of the closure. */
function settle(referral: PlannedReferral, closedOn: string, recipientLogin: string): PlannedReferral['changes'] {
  const last = referral.changes.at(-1);
  const on = addDays(closedOn, -1);
  if (!last) {
    if (on <= referral.madeOn) return [];
    return [
      { status: 'accepted', on: referral.madeOn, reason: null, byLogin: recipientLogin },
      { status: 'done', on, reason: null, byLogin: recipientLogin },
    ];
  }
  return [
    ...referral.changes,
    { status: 'done', on: on > last.on ? on : last.on, reason: null, byLogin: last.byLogin },
  ];
}

function planEvents(
  random: SeededRandom,
  archetype: Archetype,
  provinceCode: string,
  exploitation: { country: string; place: string },
  dates: { recruitedOn: string; transitOn: string; exploitationStartedOn: string; exploitationEndedOn: string | null },
): PlannedEvent[] {
  const events: PlannedEvent[] = [
    {
      eventType: 'Recruitment',
      countryCode: 'KH',
      provinceCode,
      place: 'home village',
      startedOn: dates.recruitedOn,
      endedOn: dates.recruitedOn,
      description: `Recruited (${archetype.label}).`,
    },
  ];
  if (exploitation.country !== 'KH' || random.chance(0.4)) {
    const transit = random.pick(TRANSIT_POINTS);
    events.push({
      eventType: 'Transit',
      countryCode: transit.country,
      provinceCode: null,
      place: transit.place,
      startedOn: dates.transitOn,
      endedOn: dates.transitOn,
      description: 'Moved by the recruiter or a driver the recruiter paid.',
    });
  }
  events.push({
    eventType: 'Exploitation',
    countryCode: exploitation.country,
    provinceCode: exploitation.country === 'KH' && archetype.key === 'scam_compound' ? '18' : null,
    place: exploitation.place,
    startedOn: dates.exploitationStartedOn,
    endedOn: dates.exploitationEndedOn,
    description: archetype.summary,
  });
  return events;
}

function planScreening(
  random: SeededRandom,
  archetype: Archetype,
  isChild: boolean,
  notTrafficked: boolean,
  screenedOn: string,
): NonNullable<PlannedCase['screening']> {
  const yes = new Set(notTrafficked ? [] : sample(random, archetype.screeningYes, 2, 5));
  const relevant: ScreeningIndicator[] = isChild
    ? [...iloForcedLabourIndicators, ...childIndicators]
    : [...iloForcedLabourIndicators];
  const answers: Partial<Record<ScreeningIndicator, ScreeningAnswer>> = {};
  const notes: Partial<Record<ScreeningIndicator, string>> = {};
  for (const indicator of relevant) {
    if (yes.has(indicator)) {
      answers[indicator] = 'yes';
      notes[indicator] = 'Described by the person in the first interview.';
    } else answers[indicator] = notTrafficked || random.chance(0.75) ? 'no' : 'unknown';
  }
  return { screenedOn, subjectIsChild: isChild, answers, notes };
}
