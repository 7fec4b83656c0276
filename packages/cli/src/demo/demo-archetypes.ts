import type { codeLists, ScreeningIndicator } from '@raksa/store';

/**
 * The kinds of case the demo dataset is made of, with the shares and patterns seen in the region's
 * public reporting (scam compounds, sexual exploitation of children, forced labour on fishing boats,
 * building sites and in households, forced begging, forced marriage, organ removal, illegal adoption).
 * Every place is described generically; no real establishment is named.
 */
type Code<List extends readonly string[]> = List[number];
export type ExploitationType = Code<typeof codeLists.exploitationTypes>;
export type ForcedLabourSector = Code<typeof codeLists.forcedLabourSectors>;
export type SexExploitationType = Code<typeof codeLists.sexExploitationTypes>;
export type MethodOfControl = Code<typeof codeLists.methodsOfControl>;
export type RecruitmentMethod = Code<typeof codeLists.recruitmentMethods>;
export type RecruitmentPlatform = Code<typeof codeLists.recruitmentPlatforms>;
export type RecruiterRelationship = Code<typeof codeLists.recruiterRelationships>;
export type ServiceType = Code<typeof codeLists.serviceTypes>;

export type Weighted<T> = readonly (readonly [T, number])[];

/** [under 15, 15–17, adult] shares. */
export type AgeBandShares = readonly [number, number, number];

export interface ExploitationPlace {
  readonly country: string;
  readonly place: string;
}

export interface Archetype {
  readonly key: string;
  readonly label: string;
  readonly weight: number;
  readonly exploitationTypes: readonly ExploitationType[];
  readonly forcedLabourSectors: readonly ForcedLabourSector[];
  readonly sexExploitationTypes: readonly SexExploitationType[];
  readonly femaleShare: number;
  readonly ageBands: AgeBandShares;
  readonly adultAge: readonly [number, number];
  readonly citizenship: Weighted<string>;
  readonly exploitationPlaces: Weighted<ExploitationPlace>;
  /** Where the case is handled (the victim's home province or where they were found). */
  readonly caseProvinces: Weighted<string>;
  readonly recruitmentMethods: readonly RecruitmentMethod[];
  readonly recruitmentPlatforms: readonly RecruitmentPlatform[];
  readonly recruiterRelationships: Weighted<RecruiterRelationship>;
  readonly methodsOfControl: readonly MethodOfControl[];
  /** ILO and child indicators a screening of such a case answers yes to (a random subset). */
  readonly screeningYes: readonly ScreeningIndicator[];
  readonly durationMonths: readonly [number, number];
  readonly services: readonly ServiceType[];
  /** Offence codes of the seeded legal catalogue a criminal case about it is charged with. */
  readonly offences: { readonly child: readonly string[]; readonly adult: readonly string[] };
  readonly prosecutionShare: number;
  readonly foreignSuspectShare: number;
  readonly foreignSuspectCitizenship: readonly ('CN' | 'VN' | 'TH')[];
  readonly summary: string;
}

const TRANSIT_POINTS: readonly ExploitationPlace[] = [
  { country: 'KH', place: 'Poipet–Aranyaprathet border crossing' },
  { country: 'KH', place: 'Bavet border crossing, Svay Rieng' },
  { country: 'KH', place: 'Phnom Penh central bus station' },
  { country: 'KH', place: 'Cham Yeam border crossing, Koh Kong' },
  { country: 'KH', place: 'Phnom Penh international airport' },
  { country: 'TH', place: 'a safe house near the Thai–Myanmar border' },
];
export { TRANSIT_POINTS };

export const ARCHETYPES: readonly Archetype[] = [
  {
    key: 'scam_compound',
    label: 'forced criminality in an online-scam compound',
    weight: 33,
    exploitationTypes: ['ForcedLabour'],
    forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
    sexExploitationTypes: [],
    femaleShare: 0.35,
    ageBands: [0.01, 0.06, 0.93],
    adultAge: [18, 38],
    citizenship: [
      ['KH', 70],
      ['VN', 10],
      ['ID', 8],
      ['TH', 6],
      ['CN', 6],
    ],
    exploitationPlaces: [
      [{ country: 'KH', place: 'a guarded casino-hotel compound in Preah Sihanouk' }, 40],
      [{ country: 'KH', place: 'a fenced office compound near the Bavet border' }, 15],
      [{ country: 'MM', place: 'a compound on the Myanmar side of the Moei river' }, 25],
      [{ country: 'LA', place: 'a compound in a special economic zone in northern Laos' }, 20],
    ],
    caseProvinces: [
      ['18', 35],
      ['12', 25],
      ['01', 15],
      ['20', 10],
      ['03', 10],
      ['02', 5],
    ],
    recruitmentMethods: ['ThroughOnlineSocialNetworks', 'ThroughAnOnlineAdvertisement', 'ThroughFriendsOrSocialEvents'],
    recruitmentPlatforms: ['Facebook', 'Telegram', 'TikTok', 'WhatsApp', 'Line'],
    recruiterRelationships: [
      ['Unaquainted', 60],
      ['Acquainted', 25],
      ['Friend', 15],
    ],
    methodsOfControl: [
      'FalsePromises',
      'WithholdsDocuments',
      'DebtBondage',
      'PhysicalAbuse',
      'PhysicalThreats',
      'ExcessiveWorkingHours',
      'RestrictsFinancialAccess',
      'TakesEarnings',
    ],
    screeningYes: [
      'deception',
      'restriction_of_movement',
      'retention_of_identity_documents',
      'debt_bondage',
      'physical_and_sexual_violence',
      'intimidation_and_threats',
      'excessive_overtime',
      'isolation',
    ],
    durationMonths: [1, 14],
    services: ['repatriation', 'safehouse', 'health_medical', 'psychosocial', 'legal_assistance', 'registration'],
    offences: {
      child: ['KH.LSHTSE2008.12', 'KH.LSHTSE2008.11'],
      adult: ['KH.LSHTSE2008.12', 'KH.LSHTSE2008.11', 'KH.LSHTSE2008.10', 'KH.LSHTSE2008.15'],
    },
    prosecutionShare: 0.15,
    foreignSuspectShare: 0.45,
    foreignSuspectCitizenship: ['CN', 'CN', 'VN', 'TH'],
    summary:
      'Answered an online job offer abroad; held in a compound and forced to run online scams against a daily target.',
  },
  {
    key: 'sexual_exploitation',
    label: 'sexual exploitation',
    weight: 27,
    exploitationTypes: ['SexualExploitation'],
    forcedLabourSectors: [],
    sexExploitationTypes: ['Prostitution', 'RemoteInteractiveServices', 'Pornography', 'PrivateSexualServices'],
    femaleShare: 0.88,
    ageBands: [0.42, 0.33, 0.25],
    adultAge: [18, 26],
    citizenship: [
      ['KH', 92],
      ['VN', 8],
    ],
    exploitationPlaces: [
      [{ country: 'KH', place: 'a karaoke bar in Phnom Penh' }, 25],
      [{ country: 'KH', place: 'a guesthouse in Siem Reap' }, 20],
      [{ country: 'KH', place: 'a rented room used for paid live-streams' }, 20],
      [{ country: 'KH', place: 'a massage parlour in Battambang' }, 15],
      [{ country: 'TH', place: 'an entertainment venue in Pattaya' }, 10],
      [{ country: 'MY', place: 'a hotel in Johor Bahru' }, 10],
    ],
    caseProvinces: [
      ['12', 35],
      ['17', 20],
      ['02', 15],
      ['18', 10],
      ['03', 10],
      ['01', 10],
    ],
    recruitmentMethods: [
      'ThroughOnlineSocialNetworks',
      'ThroughFriendsOrSocialEvents',
      'ThroughFamilyOrFamilyEvents',
      'AtAPlaceOfBusiness',
    ],
    recruitmentPlatforms: ['Facebook', 'TikTok', 'Telegram', 'FacebookMessenger'],
    recruiterRelationships: [
      ['Acquainted', 30],
      ['IntimatePartner', 25],
      ['Familial', 15],
      ['Unaquainted', 30],
    ],
    methodsOfControl: [
      'FalsePromises',
      'DebtBondage',
      'PsychologicalAbuse',
      'SexualAbuse',
      'TakesEarnings',
      'ThreatensChildrenFamily',
      'PsychoactiveSubstance',
    ],
    screeningYes: [
      'commercial_sexual_exploitation',
      'recruited_transported_or_received_for_exploitation',
      'abuse_of_vulnerability',
      'deception',
      'debt_bondage',
      'physical_and_sexual_violence',
      'intimidation_and_threats',
      'separated_from_family_or_unaccompanied',
    ],
    durationMonths: [1, 18],
    services: ['safehouse', 'health_medical', 'psychosocial', 'legal_assistance', 'education', 'child_protection'],
    offences: {
      child: [
        'KH.LSHTSE2008.34',
        'KH.LSHTSE2008.35',
        'KH.LSHTSE2008.42',
        'KH.CC2009.239',
        'KH.LSHTSE2008.43',
        'KH.CC2009.250',
        'KH.LSHTSE2008.CHILD_PORNOGRAPHY',
      ],
      adult: ['KH.LSHTSE2008.25', 'KH.LSHTSE2008.30', 'KH.CC2009.239', 'KH.LSHTSE2008.12'],
    },
    prosecutionShare: 0.7,
    foreignSuspectShare: 0.08,
    foreignSuspectCitizenship: ['VN', 'TH', 'CN'],
    summary: 'Recruited with promises of work or a relationship; sexually exploited and paid little or nothing.',
  },
  {
    key: 'fishing',
    label: 'forced labour on a fishing boat',
    weight: 9,
    exploitationTypes: ['ForcedLabour'],
    forcedLabourSectors: ['A_AgricultureForestryAndFishing'],
    sexExploitationTypes: [],
    femaleShare: 0.02,
    ageBands: [0, 0.08, 0.92],
    adultAge: [18, 45],
    citizenship: [['KH', 100]],
    exploitationPlaces: [
      [{ country: 'TH', place: 'a trawler working out of a Gulf of Thailand port' }, 70],
      [{ country: 'ID', place: 'a long-haul fishing vessel in Indonesian waters' }, 30],
    ],
    caseProvinces: [
      ['02', 25],
      ['01', 25],
      ['03', 20],
      ['14', 15],
      ['20', 15],
    ],
    recruitmentMethods: ['ThroughFriendsOrSocialEvents', 'ThroughFamilyOrFamilyEvents', 'AtWork'],
    recruitmentPlatforms: [],
    recruiterRelationships: [
      ['Acquainted', 50],
      ['Unaquainted', 30],
      ['Familial', 20],
    ],
    methodsOfControl: [
      'DebtBondage',
      'WithholdsDocuments',
      'PhysicalAbuse',
      'ExcessiveWorkingHours',
      'WithholdsNecessities',
      'TakesEarnings',
    ],
    screeningYes: [
      'deception',
      'isolation',
      'restriction_of_movement',
      'retention_of_identity_documents',
      'withholding_of_wages',
      'debt_bondage',
      'abusive_working_and_living_conditions',
      'excessive_overtime',
    ],
    durationMonths: [3, 36],
    services: ['repatriation', 'health_medical', 'livelihoods', 'legal_assistance', 'family_reunification'],
    offences: { child: ['KH.LSHTSE2008.11'], adult: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.12'] },
    prosecutionShare: 0.2,
    foreignSuspectShare: 0.3,
    foreignSuspectCitizenship: ['TH'],
    summary: 'Taken across the border for a factory job; put to work on a fishing boat for months without pay.',
  },
  {
    key: 'construction',
    label: 'forced labour on a building site',
    weight: 7,
    exploitationTypes: ['ForcedLabour'],
    forcedLabourSectors: ['F_Construction'],
    sexExploitationTypes: [],
    femaleShare: 0.25,
    ageBands: [0, 0.07, 0.93],
    adultAge: [18, 50],
    citizenship: [['KH', 100]],
    exploitationPlaces: [
      [{ country: 'TH', place: 'a building site in Bangkok' }, 60],
      [{ country: 'MY', place: 'a construction camp in Selangor' }, 40],
    ],
    caseProvinces: [
      ['01', 30],
      ['02', 25],
      ['14', 20],
      ['21', 15],
      ['03', 10],
    ],
    recruitmentMethods: ['ThroughFriendsOrSocialEvents', 'ThroughAnOnlineAdvertisement', 'AtAPlaceOfBusiness'],
    recruitmentPlatforms: ['Facebook', 'Line'],
    recruiterRelationships: [
      ['Acquainted', 50],
      ['Unaquainted', 50],
    ],
    methodsOfControl: [
      'DebtBondage',
      'WithholdsDocuments',
      'ThreatsLawEnforcement',
      'TakesEarnings',
      'ExcessiveWorkingHours',
    ],
    screeningYes: [
      'deception',
      'retention_of_identity_documents',
      'withholding_of_wages',
      'debt_bondage',
      'abusive_working_and_living_conditions',
      'excessive_overtime',
      'intimidation_and_threats',
    ],
    durationMonths: [2, 24],
    services: ['repatriation', 'legal_assistance', 'livelihoods', 'health_medical'],
    offences: { child: ['KH.LSHTSE2008.11'], adult: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.12'] },
    prosecutionShare: 0.15,
    foreignSuspectShare: 0.2,
    foreignSuspectCitizenship: ['TH'],
    summary: 'Went abroad through an unlicensed broker; wages withheld against a debt, documents kept by the employer.',
  },
  {
    key: 'domestic_work',
    label: 'forced domestic work',
    weight: 8,
    exploitationTypes: ['ForcedLabour', 'Servitude'],
    forcedLabourSectors: ['T_ActivitiesOfHouseholdsAsEmployers'],
    sexExploitationTypes: [],
    femaleShare: 0.97,
    ageBands: [0.05, 0.15, 0.8],
    adultAge: [18, 40],
    citizenship: [['KH', 100]],
    exploitationPlaces: [
      [{ country: 'MY', place: 'a private household in Kuala Lumpur' }, 45],
      [{ country: 'SA', place: 'a private household in Riyadh' }, 25],
      [{ country: 'KH', place: 'a private household in Phnom Penh' }, 30],
    ],
    caseProvinces: [
      ['12', 30],
      ['14', 20],
      ['21', 20],
      ['03', 15],
      ['17', 15],
    ],
    recruitmentMethods: ['AtAPlaceOfBusiness', 'ThroughFamilyOrFamilyEvents', 'ThroughAnOnlineAdvertisement'],
    recruitmentPlatforms: ['Facebook'],
    recruiterRelationships: [
      ['Unaquainted', 40],
      ['Acquainted', 40],
      ['Familial', 20],
    ],
    methodsOfControl: [
      'WithholdsDocuments',
      'RestrictsFinancialAccess',
      'PsychologicalAbuse',
      'PhysicalAbuse',
      'ExcessiveWorkingHours',
      'WithholdsNecessities',
    ],
    screeningYes: [
      'isolation',
      'restriction_of_movement',
      'retention_of_identity_documents',
      'withholding_of_wages',
      'physical_and_sexual_violence',
      'excessive_overtime',
      'abusive_working_and_living_conditions',
    ],
    durationMonths: [4, 48],
    services: ['repatriation', 'safehouse', 'psychosocial', 'legal_assistance', 'livelihoods'],
    offences: { child: ['KH.LSHTSE2008.12', 'KH.LSHTSE2008.11'], adult: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.12'] },
    prosecutionShare: 0.15,
    foreignSuspectShare: 0.1,
    foreignSuspectCitizenship: ['CN'],
    summary: 'Placed as a live-in domestic worker; not allowed out, not paid, passport held by the employer.',
  },
  {
    key: 'begging',
    label: 'forced begging',
    weight: 5,
    exploitationTypes: ['ForcedBegging', 'ChildLabour'],
    forcedLabourSectors: [],
    sexExploitationTypes: [],
    femaleShare: 0.5,
    ageBands: [0.85, 0.15, 0],
    adultAge: [18, 20],
    citizenship: [['KH', 100]],
    exploitationPlaces: [
      [{ country: 'TH', place: 'tourist streets in Bangkok' }, 60],
      [{ country: 'KH', place: 'the riverside in Phnom Penh' }, 40],
    ],
    caseProvinces: [
      ['01', 45],
      ['12', 30],
      ['17', 25],
    ],
    recruitmentMethods: ['ThroughFamilyOrFamilyEvents'],
    recruitmentPlatforms: [],
    recruiterRelationships: [
      ['Familial', 50],
      ['Acquainted', 50],
    ],
    methodsOfControl: ['TakesEarnings', 'PhysicalThreats', 'WithholdsNecessities'],
    screeningYes: [
      'worst_forms_of_child_labour',
      'forced_begging_or_criminality',
      'separated_from_family_or_unaccompanied',
      'no_access_to_education',
      'recruited_transported_or_received_for_exploitation',
    ],
    durationMonths: [1, 12],
    services: ['child_protection', 'family_reunification', 'education', 'safehouse'],
    offences: { child: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.10'], adult: ['KH.LSHTSE2008.11'] },
    prosecutionShare: 0.25,
    foreignSuspectShare: 0.1,
    foreignSuspectCitizenship: ['TH'],
    summary:
      'Child taken across the border by an acquaintance of the family and made to beg; earnings taken every night.',
  },
  {
    key: 'forced_marriage',
    label: 'forced marriage',
    weight: 4,
    exploitationTypes: ['ForcedMarriage'],
    forcedLabourSectors: [],
    sexExploitationTypes: [],
    femaleShare: 1,
    ageBands: [0.02, 0.28, 0.7],
    adultAge: [18, 28],
    citizenship: [['KH', 100]],
    exploitationPlaces: [[{ country: 'CN', place: 'a rural household in a Chinese province' }, 100]],
    caseProvinces: [
      ['03', 30],
      ['12', 25],
      ['14', 25],
      ['25', 20],
    ],
    recruitmentMethods: ['ThroughFamilyOrFamilyEvents', 'ThroughFriendsOrSocialEvents'],
    recruitmentPlatforms: ['Facebook', 'WeChat'],
    recruiterRelationships: [
      ['Acquainted', 60],
      ['Familial', 40],
    ],
    methodsOfControl: ['FalsePromises', 'WithholdsDocuments', 'SexualAbuse', 'PsychologicalAbuse'],
    screeningYes: [
      'deception',
      'isolation',
      'restriction_of_movement',
      'retention_of_identity_documents',
      'physical_and_sexual_violence',
    ],
    durationMonths: [3, 30],
    services: ['repatriation', 'psychosocial', 'health_medical', 'legal_assistance'],
    offences: { child: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.15'], adult: ['KH.LSHTSE2008.11', 'KH.LSHTSE2008.15'] },
    prosecutionShare: 0.3,
    foreignSuspectShare: 0.4,
    foreignSuspectCitizenship: ['CN'],
    summary: 'Promised a factory job abroad by a broker; married off to a stranger for a fee paid to the broker.',
  },
  {
    key: 'organ_removal',
    label: 'organ removal',
    weight: 3,
    exploitationTypes: ['OrganRemoval'],
    forcedLabourSectors: [],
    sexExploitationTypes: [],
    femaleShare: 0.3,
    ageBands: [0, 0, 1],
    adultAge: [20, 45],
    citizenship: [['KH', 100]],
    exploitationPlaces: [[{ country: 'TH', place: 'a private clinic in a neighbouring country' }, 100]],
    caseProvinces: [
      ['12', 40],
      ['08', 30],
      ['14', 30],
    ],
    recruitmentMethods: ['ThroughFriendsOrSocialEvents', 'ThroughOnlineSocialNetworks'],
    recruitmentPlatforms: ['Facebook', 'Telegram'],
    recruiterRelationships: [
      ['Acquainted', 60],
      ['Unaquainted', 40],
    ],
    methodsOfControl: ['FalsePromises', 'DebtBondage', 'RestrictsMedicalCare'],
    screeningYes: ['abuse_of_vulnerability', 'deception', 'debt_bondage'],
    durationMonths: [0, 1],
    services: ['health_medical', 'legal_assistance', 'psychosocial'],
    offences: { child: ['KH.LSHTSE2008.15'], adult: ['KH.LSHTSE2008.15', 'KH.LSHTSE2008.10'] },
    prosecutionShare: 0.5,
    foreignSuspectShare: 0.3,
    foreignSuspectCitizenship: ['TH', 'CN'],
    summary: 'Indebted and offered money for a kidney; operated on abroad and paid a fraction of what was promised.',
  },
  {
    key: 'illegal_adoption',
    label: 'illegal adoption',
    weight: 4,
    exploitationTypes: ['ForcedAdoption'],
    forcedLabourSectors: [],
    sexExploitationTypes: [],
    femaleShare: 0.5,
    ageBands: [1, 0, 0],
    adultAge: [18, 18],
    citizenship: [['KH', 100]],
    exploitationPlaces: [[{ country: 'KH', place: 'an intermediary’s house in Phnom Penh' }, 100]],
    caseProvinces: [
      ['12', 40],
      ['08', 30],
      ['05', 30],
    ],
    recruitmentMethods: ['ThroughOnlineSocialNetworks', 'Other'],
    recruitmentPlatforms: ['Facebook'],
    recruiterRelationships: [
      ['Unaquainted', 70],
      ['Acquainted', 30],
    ],
    methodsOfControl: ['FalsePromises', 'Other'],
    screeningYes: [
      'recruited_transported_or_received_for_exploitation',
      'separated_from_family_or_unaccompanied',
      'false_documents_or_age',
    ],
    durationMonths: [0, 3],
    services: ['child_protection', 'family_reunification', 'registration', 'health_medical'],
    offences: { child: ['KH.CC2009.ILLEGAL_ADOPTION', 'KH.LSHTSE2008.15'], adult: ['KH.CC2009.ILLEGAL_ADOPTION'] },
    prosecutionShare: 0.6,
    foreignSuspectShare: 0.2,
    foreignSuspectCitizenship: ['CN'],
    summary: 'Infant handed to an intermediary for money, with false papers prepared for an adoption.',
  },
];

/** A few cases turn out, after screening, not to be trafficking (smuggling or ordinary labour disputes). */
export const NOT_TRAFFICKED_SHARE = 0.06;
