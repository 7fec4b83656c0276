import type { PersonView } from './roles.ts';

/**
 * A person record as the API handles it before projection. Only the fields the projections reason
 * about are typed; anything else the store adds is dropped by every view except `full`.
 */
export interface PersonFields {
  id: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  nameLocal?: string | null;
  aliases?: readonly string[] | null;
  birthDate?: string | null;
  estimatedAge?: number | null;
  sex?: string | null;
  citizenship?: readonly string[] | null;
  languages?: readonly string[] | null;
  [field: string]: unknown;
}

/** Fields that name a person: hidden for children in lists, absent from de-identified views. */
export const NAME_FIELDS = ['givenNameLatin', 'familyNameLatin', 'nameLocal', 'aliases'] as const;
/** What a referral recipient sees of the referred person. */
export const BASIC_IDENTITY_FIELDS = [
  'id',
  'givenNameLatin',
  'familyNameLatin',
  'nameLocal',
  'sex',
  'languages',
] as const;

export const AGE_BANDS = ['0-8', '9-14', '15-17', '18-20', '21-29', '30-39', '40-49', '50+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number] | 'unknown';

/** Age in whole years on `today` (YYYY-MM-DD dates), from the birth date or the estimate. */
export function ageOf(person: Pick<PersonFields, 'birthDate' | 'estimatedAge'>, today: Date): number | undefined {
  if (typeof person.birthDate === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(person.birthDate);
    if (match !== null) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      let age = today.getUTCFullYear() - year;
      const beforeBirthday =
        today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
      if (beforeBirthday) age--;
      return age;
    }
  }
  return typeof person.estimatedAge === 'number' ? Math.floor(person.estimatedAge) : undefined;
}

/** A child is under 18. A person of unknown age is treated as a child where names are concerned. */
export function isChildOrUnknownAge(person: PersonFields, today: Date): boolean {
  const age = ageOf(person, today);
  return age === undefined || age < 18;
}

export function ageBandOf(age: number | undefined): AgeBand {
  if (age === undefined || age < 0) return 'unknown';
  if (age <= 8) return '0-8';
  if (age <= 14) return '9-14';
  if (age <= 17) return '15-17';
  if (age <= 20) return '18-20';
  if (age <= 29) return '21-29';
  if (age <= 39) return '30-39';
  if (age <= 49) return '40-49';
  return '50+';
}

export type ProjectedPerson = Record<string, unknown>;

/**
 * What a role sees of a person. `list` views hide the names of children (and of persons whose age
 * is unknown) behind `hiddenName: true`; only the `detail` view (the case page) shows them, and only
 * to roles whose view is `full` or `basic_identity`. Returns undefined for the `none` view.
 */
export function projectPerson(
  person: PersonFields,
  view: PersonView,
  context: { display: 'list' | 'detail'; today: Date },
): ProjectedPerson | undefined {
  if (view === 'none') return undefined;
  if (view === 'deidentified') {
    return {
      sex: person.sex ?? null,
      citizenship: person.citizenship ?? null,
      ageBand: ageBandOf(ageOf(person, context.today)),
    };
  }
  // fromEntries defines own properties: a stored `__proto__` key cannot reach the prototype.
  const projected: ProjectedPerson = view === 'full' ? Object.fromEntries(Object.entries(person)) : {};
  if (view === 'basic_identity') {
    for (const field of BASIC_IDENTITY_FIELDS) projected[field] = person[field] ?? null;
    const age = ageOf(person, context.today);
    projected.age = age ?? null;
  }
  const hideName = context.display === 'list' && isChildOrUnknownAge(person, context.today);
  projected.hiddenName = hideName;
  if (hideName) for (const field of NAME_FIELDS) if (field in projected) projected[field] = null;
  return projected;
}
