import type { Analysis } from '@raksa/detect';
import type { CreateReportInput, Repositories } from '@raksa/store';
import { addMinutes, dateTimeOn, earlierTimeOf, laterTimeOf } from './demo-dates.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS, type DemoOrganisationKey } from './demo-directory.ts';
import type { DemoPlan, PlannedCase, PlannedCriminalCase, PlannedPerson, PlannedTip } from './demo-plan.ts';

/**
 * Writes a planned dataset through the store's repositories (so every record is validated,
 * encrypted, versioned and has its history, as if staff had entered it), inside the caller's
 * transaction, giving each action the past time the plan describes (a case opened in 2024, a
 * referral accepted ten days later): the repositories record them and check their order.
 */
export interface TextAnalyser {
  analyzeText(text: string): Analysis;
}

export interface DemoWriteOptions {
  readonly passwordHashes: ReadonlyMap<string, string>;
  readonly detector: TextAnalyser;
  /** No record is dated after this instant (see latestDemoTime). */
  readonly latestTime: string;
  readonly onProgress?: (progress: DemoProgress) => void;
}

export interface DemoProgress {
  readonly stage: 'directory' | 'tips' | 'cases' | 'triage' | 'criminal_cases';
  readonly done: number;
  readonly total: number;
}

export interface WrittenDemo {
  readonly organisationIds: ReadonlyMap<DemoOrganisationKey, string>;
  readonly userIds: ReadonlyMap<string, string>;
  readonly counts: {
    organisations: number;
    teams: number;
    users: number;
    tips: number;
    hotlineCalls: number;
    cases: number;
    closedCases: number;
    consents: number;
    withdrawnConsents: number;
    screenings: number;
    traffickingEvents: number;
    referrals: number;
    referralsByStatus: Record<string, number>;
    criminalCases: number;
    suspects: number;
    chargedOffences: number;
    proceedingStages: number;
    suspectOutcomes: number;
  };
}

const SYSTEM_ACTOR = { userId: null } as const;

function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the demo plan refers to an unknown ${what}: ${String(key)}`);
  return value;
}

function personInput(person: PlannedPerson, kind: 'victim' | 'suspect', organisationId: string) {
  return {
    personKind: kind,
    organisationId,
    givenNameLatin: person.givenNameLatin,
    familyNameLatin: person.familyNameLatin,
    nameLocal: person.nameLocal,
    birthDate: person.birthDate,
    estimatedAge: person.estimatedAge,
    estimatedAgeOn: person.estimatedAgeOn,
    sex: person.sex,
    gender: person.sex === 'female' ? ('Feminine' as const) : ('Masculine' as const),
    citizenship: [...person.citizenship],
    languages: [...person.languages],
    phones: person.phones.length > 0 ? [...person.phones] : null,
    identityDocuments: person.identityDocuments.length > 0 ? person.identityDocuments.map((d) => ({ ...d })) : null,
  };
}

/** The stated time of an action planned on a day: at a given minute of it, never after `latestTime`. */
export type DemoClock = (isoDate: string, minuteOfDay: number) => string;

export async function writeDemoPlan(tx: Repositories, plan: DemoPlan, options: DemoWriteOptions): Promise<WrittenDemo> {
  const { passwordHashes, detector, latestTime } = options;
  const onProgress = options.onProgress ?? (() => undefined);
  const at: DemoClock = (isoDate, minuteOfDay) => earlierTimeOf(dateTimeOn(isoDate, minuteOfDay), latestTime);
  const notLater = (time: string) => earlierTimeOf(time, latestTime);
  const referralsByStatus: Record<string, number> = { in_progress: 0, accepted: 0, rejected: 0, done: 0, revoked: 0 };
  const counts = {
    organisations: 0,
    teams: 0,
    users: 0,
    tips: 0,
    hotlineCalls: 0,
    cases: 0,
    closedCases: 0,
    consents: 0,
    withdrawnConsents: 0,
    screenings: 0,
    traffickingEvents: 0,
    referrals: 0,
    referralsByStatus,
    criminalCases: 0,
    suspects: 0,
    chargedOffences: 0,
    proceedingStages: 0,
    suspectOutcomes: 0,
  };

  // ── Organisations, teams, users ──────────────────────────────────────────────────────────────
  const organisationIds = new Map<DemoOrganisationKey, string>();
  const teamIds = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const record = await tx.organisations.create(
      {
        name: organisation.name,
        shortName: organisation.shortName,
        kind: organisation.kind,
        countryCode: 'KH',
        provinceCode: organisation.provinceCode,
        phone: organisation.phone,
        email: organisation.email,
      },
      SYSTEM_ACTOR,
    );
    organisationIds.set(organisation.key, record.id);
    counts.organisations += 1;
    for (const team of organisation.teams) {
      const teamRecord = await tx.teams.create({ organisationId: record.id, name: team }, SYSTEM_ACTOR);
      teamIds.set(`${organisation.key}/${team}`, teamRecord.id);
      counts.teams += 1;
    }
  }
  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const record = await tx.users.create(
      {
        login: user.login,
        displayName: user.displayName,
        organisationId: required(organisationIds, user.organisation, 'organisation'),
        teamId: user.team === null ? null : required(teamIds, `${user.organisation}/${user.team}`, 'team'),
        roles: [user.role],
        passwordHash: required(passwordHashes, user.login, 'password hash'),
      },
      SYSTEM_ACTOR,
    );
    userIds.set(user.login, record.id);
    counts.users += 1;
  }
  onProgress({ stage: 'directory', done: 1, total: 1 });
  const actor = (login: string) => ({ userId: required(userIds, login, 'user') });
  const organisationId = (key: DemoOrganisationKey) => required(organisationIds, key, 'organisation');
  const provinceIds = new Map((await tx.locations.provinces('KH')).map((province) => [province.code, province.id]));

  // ── Tips and calls (triaged after the cases exist) ───────────────────────────────────────────
  const reports = new Map<string, { id: string; version: number; receivedAt: string }>();
  const sourceTipOfCase = new Map<string, { id: string; receivedAt: string }>();
  for (const tip of plan.tips) {
    const { report } = await tx.reports.create(
      { ...reportInput(tip, detector, organisationId, teamIds, userIds), receivedAt: notLater(tip.receivedAt) },
      tip.receivedByLogin ? actor(tip.receivedByLogin) : SYSTEM_ACTOR,
    );
    reports.set(tip.key, { id: report.id, version: report.version, receivedAt: report.receivedAt });
    if (tip.triage.status === 'converted')
      sourceTipOfCase.set(tip.triage.caseKey, { id: report.id, receivedAt: report.receivedAt });
    counts.tips += 1;
    if (tip.kind === 'hotline_call') counts.hotlineCalls += 1;
    if (counts.tips % 50 === 0 || counts.tips === plan.tips.length)
      onProgress({ stage: 'tips', done: counts.tips, total: plan.tips.length });
  }

  // ── Cases ────────────────────────────────────────────────────────────────────────────────────
  const caseIds = new Map<string, string>();
  const victimIds = new Map<string, string>();
  for (const planned of plan.cases) {
    const written = await writeCase(tx, planned, {
      actor,
      organisationId,
      teamId: (team) => required(teamIds, `${planned.organisation}/${team}`, 'team'),
      provinceIds,
      sourceReport: sourceTipOfCase.get(planned.key) ?? null,
      at,
      latestTime,
      counts,
    });
    caseIds.set(planned.key, written.caseId);
    victimIds.set(planned.key, written.victimId);
    if (caseIds.size % 50 === 0 || caseIds.size === plan.cases.length)
      onProgress({ stage: 'cases', done: caseIds.size, total: plan.cases.length });
  }

  for (const tip of plan.tips) {
    const triage = tip.triage;
    if (triage.status === 'new') continue;
    const report = required(reports, tip.key, 'tip');
    // At the end of the day it was decided on, and at least a quarter of an hour after the tip came in.
    const decidedAt = notLater(laterTimeOf(at(triage.on, 17 * 60), addMinutes(report.receivedAt, 15)));
    const decision =
      triage.status === 'converted' || triage.status === 'linked'
        ? {
            status: triage.status,
            reason: triage.reason,
            linkedCaseId: required(caseIds, triage.caseKey, 'case'),
            at: decidedAt,
          }
        : triage.status === 'dismissed'
          ? { status: triage.status, reason: triage.reason, at: decidedAt }
          : { status: triage.status, at: decidedAt };
    await tx.reports.triage(report.id, report.version, decision, actor(triage.byLogin));
  }

  // ── Criminal cases ───────────────────────────────────────────────────────────────────────────
  onProgress({ stage: 'triage', done: plan.tips.length, total: plan.tips.length });
  for (const planned of plan.criminalCases) {
    await writeCriminalCase(tx, planned, { actor, organisationId, victimIds, counts });
  }
  onProgress({ stage: 'criminal_cases', done: plan.criminalCases.length, total: plan.criminalCases.length });

  return { organisationIds, userIds, counts };
}

/**
 * What is stored of the engine's analysis, as the server stores a call or a shared check: the whole
 * analysis without the advice and hotline lists (the same for everyone), as plain JSON data.
 */
export function analysisForStore(analysis: Analysis): CreateReportInput['analysis'] {
  const whole: Partial<Analysis> = { ...analysis };
  delete whole.advice;
  delete whole.hotlines;
  return JSON.parse(JSON.stringify(whole)) as CreateReportInput['analysis'];
}

function reportInput(
  tip: PlannedTip,
  detector: TextAnalyser,
  organisationId: (key: DemoOrganisationKey) => string,
  teamIds: ReadonlyMap<string, string>,
  userIds: ReadonlyMap<string, string>,
) {
  return {
    kind: tip.kind,
    channel: tip.channel,
    receivedAt: tip.receivedAt,
    anonymous: tip.anonymous,
    callerRelationship: tip.callerRelationship,
    language: tip.language,
    body: tip.body,
    contactDetails: tip.contactDetails,
    analysis: analysisForStore(detector.analyzeText(tip.body)),
    identifiers: tip.identifiers.map((identifier) => ({ ...identifier })),
    provinceCode: tip.provinceCode,
    organisationId: organisationId(tip.organisation),
    teamId: tip.team === null ? null : (teamIds.get(`${tip.organisation}/${tip.team}`) ?? null),
    receivedByUserId: tip.receivedByLogin ? (userIds.get(tip.receivedByLogin) ?? null) : null,
    assignedUserId: tip.assignedLogin ? (userIds.get(tip.assignedLogin) ?? null) : null,
    callDurationSeconds: tip.callDurationSeconds,
  };
}

interface CaseWriting {
  actor(login: string): { userId: string };
  organisationId(key: DemoOrganisationKey): string;
  teamId(team: string): string;
  provinceIds: ReadonlyMap<string, string>;
  /** The tip the case was opened from, if any. */
  sourceReport: { id: string; receivedAt: string } | null;
  at: DemoClock;
  latestTime: string;
  counts: WrittenDemo['counts'];
}

async function writeCase(
  tx: Repositories,
  planned: PlannedCase,
  w: CaseWriting,
): Promise<{ caseId: string; victimId: string }> {
  const owner = w.actor(planned.ownerLogin);
  // At nine on its day, or an hour after the tip it comes from if that came in later that day.
  const openedAt = w.sourceReport
    ? earlierTimeOf(
        laterTimeOf(w.at(planned.openedOn, 9 * 60), addMinutes(w.sourceReport.receivedAt, 60)),
        w.latestTime,
      )
    : w.at(planned.openedOn, 9 * 60);
  const victim = await tx.persons.create(
    personInput(planned.victim, 'victim', w.organisationId(planned.organisation)),
    owner,
  );
  let theCase = await tx.cases.create(
    {
      victimPersonId: victim.id,
      organisationId: w.organisationId(planned.organisation),
      teamId: w.teamId(planned.team),
      ownerUserId: owner.userId,
      sourceReportId: w.sourceReport?.id ?? null,
      riskLevel: planned.riskLevel,
      provinceCode: planned.provinceCode,
      summary: planned.summary,
      openedAt,
    },
    owner,
  );
  w.counts.cases += 1;

  const consentIds = new Map<string, { id: string; version: number; withdrawnOn: string | null }>();
  for (const consent of planned.consents) {
    const record = await tx.consents.record(
      {
        personId: victim.id,
        purpose: consent.purpose,
        organisationId: consent.organisation === null ? null : w.organisationId(consent.organisation),
        legalBasis: consent.legalBasis,
        givenBy: consent.givenBy,
        givenOn: consent.givenOn,
      },
      owner,
    );
    consentIds.set(`${consent.purpose}/${consent.organisation ?? ''}`, {
      id: record.id,
      version: record.version,
      withdrawnOn: consent.withdrawnOn,
    });
    w.counts.consents += 1;
  }

  await tx.exploitationProfiles.save(theCase.id, null, planned.profile, owner);
  for (const event of planned.events) {
    await tx.traffickingEvents.add(
      {
        caseId: theCase.id,
        eventType: event.eventType,
        countryCode: event.countryCode,
        locationId: event.provinceCode ? (w.provinceIds.get(event.provinceCode) ?? null) : null,
        place: event.place,
        startedOn: event.startedOn,
        endedOn: event.endedOn,
        description: event.description,
      },
      owner,
    );
    w.counts.traffickingEvents += 1;
  }
  if (planned.screening) {
    await tx.screenings.submit({ caseId: theCase.id, ...planned.screening }, owner);
    w.counts.screenings += 1;
  }
  if (planned.status) {
    theCase = await tx.cases.decideTraffickingStatus(
      theCase.id,
      theCase.version,
      {
        status: planned.status.status,
        decidedByKind: planned.status.decidedByKind,
        at: w.at(planned.status.decidedOn, 16 * 60),
      },
      owner,
    );
  }
  if (planned.workflowStage !== 'new')
    theCase = await tx.cases.update(theCase.id, theCase.version, { workflowStage: planned.workflowStage }, owner);
  for (const note of planned.notes) await tx.notes.add(theCase.id, note, owner);
  for (const task of planned.tasks) {
    const record = await tx.tasks.create(
      { caseId: theCase.id, title: task.title, dueOn: task.dueOn, assignedUserId: owner.userId },
      owner,
    );
    // Done on the day it was due.
    if (task.done)
      await tx.tasks.update(record.id, record.version, { status: 'done', at: w.at(task.dueOn, 12 * 60) }, owner);
  }

  for (const referral of planned.referrals) {
    let record = await tx.referrals.make(
      {
        caseId: theCase.id,
        fromOrganisationId: w.organisationId(planned.organisation),
        toOrganisationId: w.organisationId(referral.to),
        serviceType: referral.serviceType,
        ...(referral.consentOverrideReason ? { consentOverride: { reason: referral.consentOverrideReason } } : {}),
        referredAt: w.at(referral.madeOn, 14 * 60),
      },
      owner,
    );
    for (const change of referral.changes) {
      record = await tx.referrals.transition(
        record.id,
        record.version,
        { status: change.status, reason: change.reason, at: w.at(change.on, 15 * 60) },
        w.actor(change.byLogin),
      );
    }
    w.counts.referrals += 1;
    w.counts.referralsByStatus[record.status] = (w.counts.referralsByStatus[record.status] ?? 0) + 1;
  }
  for (const consent of consentIds.values()) {
    if (consent.withdrawnOn === null) continue;
    await tx.consents.withdraw(consent.id, consent.version, consent.withdrawnOn, owner);
    w.counts.withdrawnConsents += 1;
  }

  if (planned.closure) {
    theCase = await tx.cases.close(
      theCase.id,
      theCase.version,
      { reason: planned.closure.reason, note: planned.closure.note, at: w.at(planned.closure.closedOn, 16 * 60) },
      owner,
    );
    w.counts.closedCases += 1;
  }
  return { caseId: theCase.id, victimId: victim.id };
}

interface CriminalCaseWriting {
  actor(login: string): { userId: string };
  organisationId(key: DemoOrganisationKey): string;
  victimIds: ReadonlyMap<string, string>;
  counts: WrittenDemo['counts'];
}

async function writeCriminalCase(
  tx: Repositories,
  planned: PlannedCriminalCase,
  w: CriminalCaseWriting,
): Promise<void> {
  const investigator = w.actor(planned.investigatorLogin);
  const police = w.organisationId(planned.organisation);
  let criminalCase = await tx.criminalCases.create(
    {
      organisationId: police,
      policeReference: planned.policeReference,
      courtReference: planned.courtReference,
      unit: planned.unit,
      provinceCode: planned.provinceCode,
      offenceDate: planned.offenceDate,
      summary: planned.summary,
    },
    investigator,
  );
  w.counts.criminalCases += 1;
  for (const key of planned.victimCaseKeys) {
    await tx.criminalCases.addParty(criminalCase.id, required(w.victimIds, key, 'case'), 'victim');
  }
  const suspectIds: string[] = [];
  for (const suspect of planned.suspects) {
    const person = await tx.persons.create(personInput(suspect.person, 'suspect', police), investigator);
    await tx.criminalCases.addParty(criminalCase.id, person.id, 'suspect');
    suspectIds.push(person.id);
    w.counts.suspects += 1;
  }
  for (const charge of planned.charges) {
    await tx.criminalCases.chargeOffence(criminalCase.id, {
      offenceCode: charge.offenceCode,
      suspectPersonId: suspectIds[charge.suspectIndex] ?? null,
      victimPersonId: required(w.victimIds, charge.victimCaseKey, 'case'),
    });
    w.counts.chargedOffences += 1;
  }
  for (const stage of planned.stages) {
    const result = await tx.criminalCases.recordStage(criminalCase.id, criminalCase.version, stage, investigator);
    criminalCase = result.criminalCase;
    w.counts.proceedingStages += 1;
  }
  for (const [index, suspect] of planned.suspects.entries()) {
    const personId = suspectIds[index];
    if (!suspect.outcome || personId === undefined) continue;
    await tx.criminalCases.recordOutcome(criminalCase.id, { personId, ...suspect.outcome }, investigator);
    w.counts.suspectOutcomes += 1;
  }
}
