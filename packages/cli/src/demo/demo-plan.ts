import type { ScreeningAnswer, ScreeningIndicator } from '@raksa/store';
import type {
  Archetype,
  ExploitationType,
  ForcedLabourSector,
  MethodOfControl,
  RecruiterRelationship,
  RecruitmentMethod,
  RecruitmentPlatform,
  ServiceType,
  SexExploitationType,
} from './demo-archetypes.ts';
import type { DemoOrganisationKey } from './demo-directory.ts';

/**
 * The demo dataset as plain data, before anything is written: a pure function of the seed, the
 * reference date and the size (plan-dataset.ts), so that it can be tested without a database and
 * is the same on every run. Records refer to each other by plan keys, resolved to ids on writing.
 */
export type Sex = 'female' | 'male';

export interface PlannedPerson {
  readonly givenNameLatin: string;
  readonly familyNameLatin: string;
  readonly nameLocal: string;
  readonly birthDate: string | null;
  readonly estimatedAge: number | null;
  readonly estimatedAgeOn: string | null;
  readonly sex: Sex;
  readonly citizenship: readonly string[];
  readonly languages: readonly string[];
  readonly phones: readonly string[];
  readonly identityDocuments: readonly { type: 'national_id' | 'passport'; number: string; issuingCountry: string }[];
}

export interface PlannedConsent {
  readonly purpose: 'services' | 'non_identifying_reporting' | 'disclosure_to_organisation';
  readonly organisation: DemoOrganisationKey | null;
  readonly legalBasis: 'consent' | 'vital_interests' | 'legal_obligation';
  readonly givenBy: 'subject' | 'parent_or_guardian';
  readonly givenOn: string;
  readonly withdrawnOn: string | null;
}

export type ReferralStatus = 'in_progress' | 'accepted' | 'rejected' | 'done' | 'revoked';

export interface PlannedReferral {
  readonly to: DemoOrganisationKey;
  readonly serviceType: ServiceType;
  readonly madeOn: string;
  /** Set when no consent to disclosure was recorded: the referral relies on an override. */
  readonly consentOverrideReason: string | null;
  readonly note: string | null;
  /** The status changes after it was made, in order, with their dates and reasons. */
  readonly changes: readonly {
    status: Exclude<ReferralStatus, 'in_progress'>;
    on: string;
    reason: string | null;
    byLogin: string;
  }[];
}

export interface PlannedEvent {
  readonly eventType: 'Recruitment' | 'Transit' | 'Exploitation';
  readonly countryCode: string;
  readonly provinceCode: string | null;
  readonly place: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly description: string;
}

export interface PlannedCase {
  readonly key: string;
  readonly archetype: Archetype['key'];
  readonly victim: PlannedPerson;
  /** Age in whole years when the exploitation began (drives child screening and offences). */
  readonly ageAtExploitation: number;
  readonly organisation: DemoOrganisationKey;
  readonly team: string;
  readonly ownerLogin: string;
  readonly provinceCode: string;
  readonly riskLevel: 'low' | 'medium' | 'high' | 'critical';
  readonly summary: string;
  readonly openedOn: string;
  readonly consents: readonly PlannedConsent[];
  readonly status: {
    status: 'possible' | 'actual' | 'not_trafficked';
    decidedByKind: 'Police' | 'NGO' | 'NonPoliceGovernmentalOrganization';
    decidedOn: string;
  } | null;
  readonly workflowStage: 'new' | 'assessment' | 'case_plan' | 'service_provision' | 'follow_up';
  readonly profile: {
    exploitationTypes: ExploitationType[];
    forcedLabourSectors: ForcedLabourSector[];
    sexExploitationTypes: SexExploitationType[];
    methodsOfControl: MethodOfControl[];
    recruitmentMethods: RecruitmentMethod[];
    recruitmentPlatforms: RecruitmentPlatform[];
    recruiterRelationship: RecruiterRelationship;
    countryOfExploitation: string;
    exploitationStartedOn: string;
    exploitationEndedOn: string | null;
    durationMonths: number | null;
  };
  readonly events: readonly PlannedEvent[];
  readonly screening: {
    screenedOn: string;
    subjectIsChild: boolean;
    answers: Partial<Record<ScreeningIndicator, ScreeningAnswer>>;
    notes: Partial<Record<ScreeningIndicator, string>>;
  } | null;
  readonly referrals: readonly PlannedReferral[];
  readonly notes: readonly string[];
  readonly tasks: readonly { title: string; dueOn: string; done: boolean }[];
  readonly closure: { reason: ClosureReason; note: string; closedOn: string } | null;
}

export type ClosureReason =
  | 'reintegrated'
  | 'repatriated'
  | 'transferred'
  | 'refused_services'
  | 'no_longer_requires_support'
  | 'moved_away'
  | 'lost_contact'
  | 'died'
  | 'not_trafficked'
  | 'other';

export type ProceedingStage = 'complaint' | 'investigation' | 'arrest' | 'charge' | 'trial' | 'verdict' | 'appeal';

export interface PlannedSuspect {
  readonly person: PlannedPerson;
  readonly outcome: {
    outcome: 'convicted' | 'acquitted' | 'dismissed';
    decidedOn: string;
    sentenceMonths: number | null;
    fineAmount: number | null;
    compensationAmount: number | null;
  } | null;
}

export interface PlannedCriminalCase {
  readonly key: string;
  readonly organisation: DemoOrganisationKey;
  readonly investigatorLogin: string;
  readonly unit: string;
  readonly provinceCode: string;
  readonly policeReference: string;
  readonly courtReference: string | null;
  readonly offenceDate: string;
  readonly summary: string;
  readonly victimCaseKeys: readonly string[];
  readonly suspects: readonly PlannedSuspect[];
  readonly charges: readonly { offenceCode: string; suspectIndex: number; victimCaseKey: string }[];
  readonly stages: readonly { stage: ProceedingStage; occurredOn: string; note: string | null }[];
}

export type TriagePlan =
  | { status: 'new' }
  | { status: 'in_review'; byLogin: string; on: string }
  | { status: 'dismissed'; byLogin: string; on: string; reason: string }
  | { status: 'converted' | 'linked'; byLogin: string; on: string; caseKey: string; reason: string | null };

export interface PlannedTip {
  readonly key: string;
  readonly kind: 'tip' | 'hotline_call';
  readonly channel: 'web' | 'hotline' | 'sms' | 'walk_in' | 'partner';
  readonly receivedAt: string;
  readonly anonymous: boolean;
  readonly callerRelationship: 'self' | 'family_member' | 'friend' | 'helping_professional' | 'anonymous' | 'unknown';
  readonly language: 'en' | 'km';
  readonly harm: string;
  readonly body: string;
  readonly contactDetails: string | null;
  /** Identifiers the operator noted besides those in the text (the number the caller rang from). */
  readonly identifiers: readonly { type: 'phone' | 'handle' | 'crypto_wallet'; value: string }[];
  readonly provinceCode: string | null;
  readonly organisation: DemoOrganisationKey;
  readonly team: string | null;
  readonly receivedByLogin: string | null;
  readonly assignedLogin: string | null;
  readonly callDurationSeconds: number | null;
  readonly triage: TriagePlan;
}

export interface DemoPlan {
  readonly seed: number;
  readonly now: string;
  readonly cases: readonly PlannedCase[];
  readonly criminalCases: readonly PlannedCriminalCase[];
  readonly tips: readonly PlannedTip[];
}
