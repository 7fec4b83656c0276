/**
 * The person's edit form: its state from what the API gave (only the fields the role may see are
 * present, and only those are editable), and the PATCH body of what the user changed, checked
 * against the API's rules first so that the user learns what to fix before anything is sent.
 */
import type { Person, PersonPatch } from './case-api.ts';

export interface DocumentRow {
  type: string;
  number: string;
  issuingCountry: string;
}

export interface PersonForm {
  [field: string]: unknown;
  givenNameLatin: string;
  familyNameLatin: string;
  nameLocal: string;
  /** One alias a line. */
  aliases: string;
  birthDate: string;
  estimatedAge: string;
  estimatedAgeOn: string;
  sex: string;
  gender: string;
  /** ISO 3166 codes, separated by commas or spaces (KH, TH). */
  citizenship: string;
  /** Language codes, separated by commas or spaces (km, en). */
  languages: string;
  identityDocuments: DocumentRow[];
  /** One number a line. */
  phones: string;
  address: string;
  contactDetails: string;
  description: string;
}

export type PersonField = Exclude<keyof PersonForm, number>;

export const PERSON_FIELDS = [
  'givenNameLatin',
  'familyNameLatin',
  'nameLocal',
  'aliases',
  'birthDate',
  'estimatedAge',
  'estimatedAgeOn',
  'sex',
  'gender',
  'citizenship',
  'languages',
  'identityDocuments',
  'phones',
  'address',
  'contactDetails',
  'description',
] as const satisfies readonly PersonField[];
export type EditablePersonField = (typeof PERSON_FIELDS)[number];

export type PersonFieldError =
  'country_code' | 'language_code' | 'age' | 'document_incomplete' | 'date' | 'phone' | 'too_long';

const text = (value: string | null | undefined): string => value ?? '';
const lines = (values: readonly string[] | null | undefined): string => (values ?? []).join('\n');
const codes = (values: readonly string[] | null | undefined): string => (values ?? []).join(', ');

/** The form's values, and which fields the API gave (the others are not shown to the role). */
export function personFormOf(person: Person): { form: PersonForm; present: ReadonlySet<EditablePersonField> } {
  const present = new Set(PERSON_FIELDS.filter((field) => Object.hasOwn(person, field)));
  return {
    present,
    form: {
      givenNameLatin: text(person.givenNameLatin),
      familyNameLatin: text(person.familyNameLatin),
      nameLocal: text(person.nameLocal),
      aliases: lines(person.aliases),
      birthDate: text(person.birthDate),
      estimatedAge:
        person.estimatedAge === null || person.estimatedAge === undefined ? '' : String(person.estimatedAge),
      estimatedAgeOn: text(person.estimatedAgeOn),
      sex: text(person.sex),
      gender: text(person.gender),
      citizenship: codes(person.citizenship),
      languages: codes(person.languages),
      identityDocuments: (person.identityDocuments ?? []).map((document) => ({
        type: document.type,
        number: document.number,
        issuingCountry: document.issuingCountry ?? '',
      })),
      phones: lines(person.phones),
      address: text(person.address),
      contactDetails: text(person.contactDetails),
      description: text(person.description),
    },
  };
}

const splitLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const splitCodes = (value: string): string[] =>
  value
    .split(/[\s,;]+/u)
    .map((code) => code.trim())
    .filter((code) => code !== '');
const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const COUNTRY = /^[A-Z]{2}$/u;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/u;

/**
 * The PATCH body of the fields the user changed (lists from lines or codes, empty → null), or the
 * problems to fix, field by field. Country codes are upper-cased, language codes lower-cased.
 */
export function personPatch(
  base: PersonForm,
  draft: PersonForm,
): { patch: PersonPatch; errors: Partial<Record<EditablePersonField, PersonFieldError>> } {
  const patch: PersonPatch = {};
  const errors: Partial<Record<EditablePersonField, PersonFieldError>> = {};
  const changed = (field: EditablePersonField) => JSON.stringify(base[field]) !== JSON.stringify(draft[field]);

  for (const field of ['givenNameLatin', 'familyNameLatin', 'nameLocal', 'sex', 'gender'] as const) {
    if (!changed(field)) continue;
    if (draft[field].trim().length > 200) errors[field] = 'too_long';
    else patch[field] = orNull(draft[field]);
  }
  for (const field of ['address', 'contactDetails', 'description'] as const) {
    if (changed(field)) patch[field] = orNull(draft[field]);
  }
  for (const field of ['birthDate', 'estimatedAgeOn'] as const) {
    if (!changed(field)) continue;
    const value = draft[field].trim();
    if (value !== '' && !ISO_DATE.test(value)) errors[field] = 'date';
    else patch[field] = orNull(value);
  }
  if (changed('estimatedAge')) {
    const value = draft.estimatedAge.trim();
    const age = Number(value);
    if (value !== '' && (!/^\d+$/u.test(value) || age > 130)) errors.estimatedAge = 'age';
    else patch.estimatedAge = value === '' ? null : age;
  }
  if (changed('aliases')) {
    const aliases = splitLines(draft.aliases);
    if (aliases.some((alias) => alias.length > 200)) errors.aliases = 'too_long';
    else patch.aliases = aliases.length === 0 ? null : aliases;
  }
  if (changed('phones')) {
    const phones = splitLines(draft.phones);
    if (phones.some((phone) => phone.length < 3 || phone.length > 50)) errors.phones = 'phone';
    else patch.phones = phones.length === 0 ? null : phones;
  }
  if (changed('citizenship')) {
    const countries = splitCodes(draft.citizenship).map((code) => code.toUpperCase());
    if (countries.some((code) => !COUNTRY.test(code))) errors.citizenship = 'country_code';
    else patch.citizenship = countries;
  }
  if (changed('languages')) {
    const languages = splitCodes(draft.languages).map((code) => code.toLowerCase());
    if (languages.some((code) => !LANGUAGE.test(code))) errors.languages = 'language_code';
    else patch.languages = languages;
  }
  if (changed('identityDocuments')) {
    const rows = draft.identityDocuments.filter(
      (row) => row.type !== '' || row.number.trim() !== '' || row.issuingCountry.trim() !== '',
    );
    const documents = rows.map((row) => ({
      type: row.type,
      number: row.number.trim(),
      issuingCountry: orNull(row.issuingCountry.toUpperCase()),
    }));
    if (documents.some((row) => row.type === '' || row.number === '')) errors.identityDocuments = 'document_incomplete';
    else if (documents.some((row) => row.issuingCountry !== null && !COUNTRY.test(row.issuingCountry)))
      errors.identityDocuments = 'country_code';
    else patch.identityDocuments = documents.length === 0 ? null : documents;
  }
  return { patch, errors };
}

/** Age in whole years today from what the API gave (birth date, estimate, or the age itself); undefined if unknown. */
export function ageOf(person: Person, today: string): number | undefined {
  if (typeof person.birthDate === 'string' && ISO_DATE.test(person.birthDate)) {
    const [by, bm, bd] = person.birthDate.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  }
  if (typeof person.estimatedAge === 'number') {
    if (typeof person.estimatedAgeOn === 'string' && ISO_DATE.test(person.estimatedAgeOn)) {
      return person.estimatedAge + (ageOf({ birthDate: person.estimatedAgeOn }, today) ?? 0);
    }
    return person.estimatedAge;
  }
  return typeof person.age === 'number' ? person.age : undefined;
}
