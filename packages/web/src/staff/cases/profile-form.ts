/** The exploitation profile's form: its state from the stored profile (or empty), and the PUT body. */
import type { ExploitationProfile, ProfileFields } from './case-api.ts';

export const PROFILE_LISTS = [
  'exploitationTypes',
  'forcedLabourSectors',
  'sexExploitationTypes',
  'methodsOfControl',
  'recruitmentMethods',
  'recruitmentPlatforms',
] as const;
export type ProfileList = (typeof PROFILE_LISTS)[number];

export interface ProfileForm {
  [field: string]: unknown;
  exploitationTypes: string[];
  forcedLabourSectors: string[];
  sexExploitationTypes: string[];
  methodsOfControl: string[];
  recruitmentMethods: string[];
  recruitmentPlatforms: string[];
  recruiterRelationship: string;
  countryOfExploitation: string;
  exploitationStartedOn: string;
  exploitationEndedOn: string;
  durationMonths: string;
}

export type ProfileFieldError = 'country_code' | 'duration' | 'ends_before_start';

export function profileFormOf(profile: ExploitationProfile | null): ProfileForm {
  return {
    exploitationTypes: [...(profile?.exploitationTypes ?? [])],
    forcedLabourSectors: [...(profile?.forcedLabourSectors ?? [])],
    sexExploitationTypes: [...(profile?.sexExploitationTypes ?? [])],
    methodsOfControl: [...(profile?.methodsOfControl ?? [])],
    recruitmentMethods: [...(profile?.recruitmentMethods ?? [])],
    recruitmentPlatforms: [...(profile?.recruitmentPlatforms ?? [])],
    recruiterRelationship: profile?.recruiterRelationship ?? '',
    countryOfExploitation: profile?.countryOfExploitation ?? '',
    exploitationStartedOn: profile?.exploitationStartedOn ?? '',
    exploitationEndedOn: profile?.exploitationEndedOn ?? '',
    durationMonths: profile === null || profile.durationMonths === null ? '' : String(profile.durationMonths),
  };
}

/** Adds or removes a code, keeping the code list's order (`order`), so the stored list never repeats one. */
export function toggleCode(selected: readonly string[], code: string, on: boolean, order: readonly string[]): string[] {
  const next = new Set(selected);
  if (on) next.add(code);
  else next.delete(code);
  return order.filter((item) => next.has(item));
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Every field (PUT stores exactly what the form shows), or the problems to fix. */
export function profileBody(form: ProfileForm): {
  body: ProfileFields;
  errors: Partial<Record<keyof ProfileFields, ProfileFieldError>>;
} {
  const errors: Partial<Record<keyof ProfileFields, ProfileFieldError>> = {};
  const country = form.countryOfExploitation.trim().toUpperCase();
  if (country !== '' && !/^[A-Z]{2}$/u.test(country)) errors.countryOfExploitation = 'country_code';
  const duration = form.durationMonths.trim();
  if (duration !== '' && (!/^\d+$/u.test(duration) || Number(duration) > 1200)) errors.durationMonths = 'duration';
  const started = orNull(form.exploitationStartedOn);
  const ended = orNull(form.exploitationEndedOn);
  if (started !== null && ended !== null && ended < started) errors.exploitationEndedOn = 'ends_before_start';
  return {
    errors,
    body: {
      exploitationTypes: [...form.exploitationTypes],
      forcedLabourSectors: [...form.forcedLabourSectors],
      sexExploitationTypes: [...form.sexExploitationTypes],
      methodsOfControl: [...form.methodsOfControl],
      recruitmentMethods: [...form.recruitmentMethods],
      recruitmentPlatforms: [...form.recruitmentPlatforms],
      recruiterRelationship: orNull(form.recruiterRelationship),
      countryOfExploitation: country === '' ? null : country,
      exploitationStartedOn: started,
      exploitationEndedOn: ended,
      durationMonths: duration === '' ? null : Number(duration),
    },
  };
}
