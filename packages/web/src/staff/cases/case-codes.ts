/**
 * The code lists the case workspace offers, as the API accepts them (packages/store: cases.ts,
 * persons.ts, consents.ts, code-lists.ts, screening-indicators.ts). The web app does not import
 * the store, so they are repeated here; case-codes.test.ts fails when they drift apart.
 */

export const TRAFFICKING_STATUSES = ['possible', 'actual', 'not_trafficked'] as const;
/** `reopened` is set by reopening only: shown, never chosen. */
export const WORKFLOW_STAGES = [
  'new',
  'assessment',
  'case_plan',
  'service_provision',
  'follow_up',
  'reopened',
] as const;
export const CHOOSABLE_STAGES = ['new', 'assessment', 'case_plan', 'service_provision', 'follow_up'] as const;
export const CASE_RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const CLOSURE_REASONS = [
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
] as const;
export const STATUS_DECIDER_KINDS = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;

export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export const GENDERS = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;
export const IDENTITY_DOCUMENT_TYPES = [
  'national_id',
  'passport',
  'birth_certificate',
  'family_book',
  'residence_book',
  'travel_document',
  'work_permit',
  'other',
] as const;

export const CONSENT_PURPOSES = ['services', 'non_identifying_reporting', 'disclosure_to_organisation'] as const;
export const LEGAL_BASES = [
  'consent',
  'contract',
  'vital_interests',
  'beneficiary_interests',
  'legal_obligation',
  'public_interest',
  'other_legitimate_interests',
] as const;
export const CONSENT_GIVERS = ['subject', 'parent_or_guardian', 'other'] as const;

/** The ILO's 11 indicators of forced labour (2012). */
export const ILO_INDICATORS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;
/** For children no means need be shown (Palermo Protocol art. 3(c)). */
export const CHILD_INDICATORS = [
  'recruited_transported_or_received_for_exploitation',
  'commercial_sexual_exploitation',
  'worst_forms_of_child_labour',
  'forced_begging_or_criminality',
  'separated_from_family_or_unaccompanied',
  'false_documents_or_age',
  'no_access_to_education',
] as const;
export const SCREENING_ANSWERS = ['yes', 'no', 'unknown'] as const;

/** HTCDS 2.0 code lists of the exploitation profile, verbatim. */
export const EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;
export const FORCED_LABOUR_SECTORS = [
  'A_AgricultureForestryAndFishing',
  'B_MiningAndQuarrying',
  'C_Manufacturing',
  'D_ElectricityGasSteamAndAirConditioningSupply',
  'E_WaterSupplySewerageWasteManagement',
  'F_Construction',
  'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
  'H_TransportationAndStorage',
  'I_AccommodationAndFoodServiceActivities',
  'J_InformationAndCommunication',
  'K_FinancialAndInsuranceActivities',
  'L_RealEstateActivities',
  'M_ProfessionalScientificAndTechnicalActivities',
  'N_AdministrativeAndSupportServiceActivities',
  'O_PublicAdministrationAndDefence',
  'P_Education',
  'Q_HumanHealthAndSocialWorkActivities',
  'R_ArtsEntertainmentAndRecreation',
  'S_OtherServiceActivities',
  'T_ActivitiesOfHouseholdsAsEmployers',
  'U_ActivitiesOfExtraterritorialOrganizations',
  'X_ForcedCriminalityScamCompound',
] as const;
export const SEX_EXPLOITATION_TYPES = [
  'Prostitution',
  'Pornography',
  'RemoteInteractiveServices',
  'PrivateSexualServices',
] as const;
export const METHODS_OF_CONTROL = [
  'PhysicalThreats',
  'ThreatsLawEnforcement',
  'ThreatensChildrenFamily',
  'DebtBondage',
  'FalsePromises',
  'PhysicalAbuse',
  'SexualAbuse',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'RestrictsMedicalCare',
  'WithholdsNecessities',
  'PsychologicalAbuse',
  'PsychoactiveSubstance',
  'ExcessiveWorkingHours',
  'WithholdsDocuments',
  'Other',
] as const;
export const RECRUITMENT_METHODS = [
  'AtAPlaceOfBusiness',
  'AtAnEducationalInstitution',
  'AtWork',
  'ThroughOnlineSocialNetworks',
  'ThroughAnOnlineAdvertisement',
  'ThroughATelevisionAdvert',
  'ThroughANewspaperAdvert',
  'ThroughFamilyOrFamilyEvents',
  'ThroughFriendsOrSocialEvents',
  'Other',
] as const;
export const RECRUITMENT_PLATFORMS = [
  'Facebook',
  'Instagram',
  'WhatsApp',
  'Telegram',
  'FacebookMessenger',
  'Viber',
  'SnapChat',
  'Line',
  '4Sale',
  'WeChat',
  'QQ',
  'QZone',
  'TikTok',
  'Twitter',
  'Other',
] as const;
export const RECRUITER_RELATIONSHIPS = [
  'Familial',
  'Acquainted',
  'Unaquainted',
  'IntimatePartner',
  'Friend',
  'Family',
  'Other',
  'Unknown',
] as const;

export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];
export type WorkflowStage = (typeof WORKFLOW_STAGES)[number];
export type CaseRiskLevel = (typeof CASE_RISK_LEVELS)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export type StatusDeciderKind = (typeof STATUS_DECIDER_KINDS)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type IloIndicator = (typeof ILO_INDICATORS)[number];
export type ChildIndicator = (typeof CHILD_INDICATORS)[number];
export type ScreeningIndicator = IloIndicator | ChildIndicator;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];
