/**
 * Code lists of HTCDS 2.0 (Human Trafficking Case Data Standard) and CTDC, with their value names
 * kept verbatim so that exports map one to one. Raksa's own additions are marked.
 * Source: ../shared/research/htcds-2.0-fields.txt.
 */

/** HTCDS prs_Gender. */
export const genders = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;

/** Sex recorded for statistics (HTCDS has gender only; CTDC reports male/female): Raksa's list. */
export const sexes = ['female', 'male', 'intersex', 'unknown'] as const;

/** HTCDS vic_TypeOfExploitation. */
export const exploitationTypes = [
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

/** HTCDS vic_ForcedLabourIndustry (ISIC sections), plus Raksa's code for scam compounds. */
export const forcedLabourSectors = [
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
  /** Raksa extension (CTDC: typeOfLabourIllicitActivities): forced criminality in online-scam compounds. */
  'X_ForcedCriminalityScamCompound',
] as const;

/** HTCDS vic_TypeOfSexExploitation. */
export const sexExploitationTypes = [
  'Prostitution',
  'Pornography',
  'RemoteInteractiveServices',
  'PrivateSexualServices',
] as const;

/** HTCDS vic_MethodsOfControl. */
export const methodsOfControl = [
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

/** HTCDS vic_MethodOfRecruitment. */
export const recruitmentMethods = [
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

/** HTCDS vic_RecruitmentWebsitesAndApps. */
export const recruitmentPlatforms = [
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

/** HTCDS vic_RelationshipToTrafficker, then CTDC recruiterRelation values. */
export const recruiterRelationships = [
  'Familial',
  'Acquainted',
  'Unaquainted',
  'IntimatePartner',
  'Friend',
  'Family',
  'Other',
  'Unknown',
] as const;

/** HTCDS vic_TraffickingStatusDecisionMakingOrg. */
export const statusDeciderKinds = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;

/** HTCDS hte_Type. */
export const traffickingEventTypes = ['Recruitment', 'Transit', 'Exploitation'] as const;

/** Primero's service-type lookup (lookup-service-type). */
export const serviceTypes = [
  'safehouse',
  'health_medical',
  'psychosocial',
  'police_other',
  'legal_assistance',
  'livelihoods',
  'child_protection',
  'family_mediation',
  'family_reunification',
  'education',
  'nfi_clothes_shoes',
  'water_sanitation',
  'registration',
  'food',
  'repatriation',
  'other',
] as const;

/** Raksa's list (HTCDS maps them to a free-text "Type" on the document). */
export const identityDocumentTypes = [
  'national_id',
  'passport',
  'birth_certificate',
  'family_book',
  'residence_book',
  'travel_document',
  'work_permit',
  'other',
] as const;
