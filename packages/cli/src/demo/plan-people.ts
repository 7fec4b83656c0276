import { addDays } from './demo-dates.ts';
import type { PlannedPerson, Sex } from './demo-plan.ts';
import {
  FOREIGN_NAMES,
  KHMER_FAMILY_NAMES,
  KHMER_FEMALE_GIVEN_NAMES,
  KHMER_MALE_GIVEN_NAMES,
} from './fictional-names.ts';
import { fictionalDocumentNumber, fictionalPhone, type FictionalPhoneCountry } from './fictional-identifiers.ts';
import type { SeededRandom } from './seeded-random.ts';

const LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  KH: ['km'],
  VN: ['vi'],
  TH: ['th'],
  CN: ['zh'],
  ID: ['id'],
};

/** Indonesian given/family names are written in Latin script only. */
const INDONESIAN_NAMES = [
  { given: 'Budi', family: 'Santoso' },
  { given: 'Dewi', family: 'Lestari' },
  { given: 'Agus', family: 'Pratama' },
  { given: 'Siti', family: 'Rahayu' },
  { given: 'Rizky', family: 'Hidayat' },
];

function nameFor(random: SeededRandom, sex: Sex, citizenship: string) {
  if (citizenship === 'ID') {
    const name = random.pick(INDONESIAN_NAMES);
    return { givenNameLatin: name.given, familyNameLatin: name.family, nameLocal: `${name.given} ${name.family}` };
  }
  if (citizenship === 'CN' || citizenship === 'VN' || citizenship === 'TH') {
    const name = random.pick(FOREIGN_NAMES[citizenship]);
    const [family = name.latin, ...given] =
      citizenship === 'TH' ? name.latin.split(' ').reverse() : name.latin.split(' ');
    return { givenNameLatin: given.join(' ') || family, familyNameLatin: family, nameLocal: name.local };
  }
  const family = random.pick(KHMER_FAMILY_NAMES);
  const given = random.pick(sex === 'female' ? KHMER_FEMALE_GIVEN_NAMES : KHMER_MALE_GIVEN_NAMES);
  return { givenNameLatin: given.latin, familyNameLatin: family.latin, nameLocal: `${family.local} ${given.local}` };
}

function phoneCountryOf(citizenship: string): FictionalPhoneCountry {
  return citizenship === 'TH' ? 'TH' : citizenship === 'VN' ? 'VN' : 'KH';
}

export interface PersonRequest {
  readonly sex: Sex;
  readonly citizenship: string;
  /** Age in whole years on `ageOnDate`. */
  readonly age: number;
  readonly ageOnDate: string;
  /** When the person's details were recorded (an estimated age refers to it). */
  readonly recordedOn: string;
  /** Share of persons whose birth date is unknown and whose age is estimated instead. */
  readonly estimatedAgeShare: number;
  readonly phoneShare: number;
  readonly documentShare: number;
}

/** A fictional person: a random combination of common name parts, an age, maybe a phone and an ID. */
export function planPerson(random: SeededRandom, request: PersonRequest): PlannedPerson {
  const name = nameFor(random, request.sex, request.citizenship);
  // Born between (age + 1) years and age years before the reference date, minus a day.
  const birthDate = addDays(request.ageOnDate, -(request.age * 365 + Math.floor(request.age / 4) + random.int(1, 360)));
  const estimated = random.chance(request.estimatedAgeShare);
  const yearsToRecording = Math.floor((Date.parse(request.recordedOn) - Date.parse(birthDate)) / (365.25 * 86_400_000));
  const documentType = request.citizenship === 'KH' && random.chance(0.6) ? 'national_id' : 'passport';
  return {
    ...name,
    birthDate: estimated ? null : birthDate,
    estimatedAge: estimated ? Math.max(0, yearsToRecording) : null,
    estimatedAgeOn: estimated ? request.recordedOn : null,
    sex: request.sex,
    citizenship: [request.citizenship],
    languages: LANGUAGES[request.citizenship] ?? ['km'],
    phones: random.chance(request.phoneShare) ? [fictionalPhone(random, phoneCountryOf(request.citizenship))] : [],
    identityDocuments:
      request.age >= 15 && random.chance(request.documentShare)
        ? [
            {
              type: documentType,
              number: fictionalDocumentNumber(random, documentType),
              issuingCountry: request.citizenship,
            },
          ]
        : [],
  };
}
