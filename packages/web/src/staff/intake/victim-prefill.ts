/**
 * The victim form of "open a case from this tip": what the tip suggests (phone numbers and ages
 * the engine found, the tip's language and risk, a self-caller's contact details), the form's
 * first state, and the request built from what the operator kept. Nothing found in the tip goes
 * into the person record unless the operator ticks it; an age stated once is offered prefilled,
 * to be checked.
 */
import type { CaseRiskLevel, OpenCaseRequest, RiskLevel, Sex, TriagedTip, VictimFields } from './intake-api.ts';
import { EntityListSchema } from './intake-api.ts';

export interface PhoneSuggestion {
  /** As written in the tip. */
  value: string;
  /** E.164, as the engine normalised it: what is stored. */
  normalized: string;
}

export interface VictimSuggestions {
  phones: PhoneSuggestion[];
  /** Distinct ages stated in the tip ("she is 16"), in the order found. */
  ages: number[];
  language: string | null;
  /** Contact details the caller gave about themselves, when the caller is the victim. */
  ownContactDetails: string | null;
  riskLevel: CaseRiskLevel;
}

export type AgeKnown = 'birth_date' | 'estimated' | 'unknown';

export interface VictimForm {
  givenNameLatin: string;
  familyNameLatin: string;
  nameLocal: string;
  sex: Sex | '';
  ageKnown: AgeKnown;
  birthDate: string;
  estimatedAge: string;
  /** An ISO country code, or '' (not known). */
  citizenship: string;
  /** Normalised numbers of the suggested phones the operator ticked. */
  phones: string[];
  /** A number the operator types in. */
  otherPhone: string;
  useOwnContactDetails: boolean;
  languages: string[];
  description: string;
  riskLevel: CaseRiskLevel;
  summary: string;
}

export type VictimProblem =
  'birth_date_missing' | 'birth_date_in_future' | 'estimated_age_invalid' | 'citizenship_invalid' | 'phone_invalid';

const CASE_RISK: Readonly<Record<RiskLevel, CaseRiskLevel>> = {
  none: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};

export function suggestionsFromTip(tip: TriagedTip): VictimSuggestions {
  const parsed = EntityListSchema.safeParse(tip.analysis);
  const entities = parsed.success ? (parsed.data.entities ?? []) : [];
  const phones: PhoneSuggestion[] = [];
  const ages: number[] = [];
  for (const entity of entities) {
    if (entity.type === 'phone' && entity.normalized !== '' && !phones.some((p) => p.normalized === entity.normalized))
      phones.push({ value: entity.value, normalized: entity.normalized });
    const years = entity.details?.years;
    if (entity.type === 'age' && years !== undefined && Number.isInteger(years) && years >= 0 && years <= 130)
      if (!ages.includes(years)) ages.push(years);
  }
  const ownContact = tip.callerRelationship === 'self' ? (tip.contactDetails ?? '').trim() : '';
  return {
    phones,
    ages,
    language: tip.language,
    ownContactDetails: ownContact === '' ? null : ownContact,
    riskLevel: CASE_RISK[tip.risk ?? 'none'],
  };
}

export function initialVictimForm(suggestions: VictimSuggestions): VictimForm {
  const [onlyAge] = suggestions.ages.length === 1 ? suggestions.ages : [];
  return {
    givenNameLatin: '',
    familyNameLatin: '',
    nameLocal: '',
    sex: '',
    ageKnown: onlyAge === undefined ? 'unknown' : 'estimated',
    birthDate: '',
    estimatedAge: onlyAge === undefined ? '' : String(onlyAge),
    citizenship: '',
    phones: [],
    otherPhone: '',
    useOwnContactDetails: false,
    languages: suggestions.language === null || suggestions.language === 'und' ? [] : [suggestions.language],
    description: '',
    riskLevel: suggestions.riskLevel,
    summary: '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The request for `POST /api/tips/{id}/case`, or what stops it. `today` is an ISO date (YYYY-MM-DD). */
export function buildOpenCaseRequest(
  form: VictimForm,
  suggestions: VictimSuggestions,
  version: number,
  today: string,
): { ok: true; request: OpenCaseRequest } | { ok: false; problems: VictimProblem[] } {
  const problems: VictimProblem[] = [];
  const victim: VictimFields = {
    givenNameLatin: orNull(form.givenNameLatin),
    familyNameLatin: orNull(form.familyNameLatin),
    nameLocal: orNull(form.nameLocal),
    sex: form.sex === '' ? null : form.sex,
  };
  if (form.ageKnown === 'birth_date') {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(form.birthDate)) problems.push('birth_date_missing');
    else if (form.birthDate > today) problems.push('birth_date_in_future');
    else victim.birthDate = form.birthDate;
  } else if (form.ageKnown === 'estimated') {
    const age = Number(form.estimatedAge.trim());
    if (form.estimatedAge.trim() === '' || !Number.isInteger(age) || age < 0 || age > 130)
      problems.push('estimated_age_invalid');
    else {
      victim.estimatedAge = age;
      victim.estimatedAgeOn = today;
    }
  }
  const citizenship = form.citizenship.trim().toUpperCase();
  if (citizenship !== '') {
    if (/^[A-Z]{2}$/u.test(citizenship)) victim.citizenship = [citizenship];
    else problems.push('citizenship_invalid');
  }
  const offered = new Set(suggestions.phones.map((phone) => phone.normalized));
  const phones = form.phones.filter((phone) => offered.has(phone));
  const otherPhone = form.otherPhone.trim();
  if (otherPhone !== '') {
    if (otherPhone.length < 3 || otherPhone.length > 50 || !/\d/u.test(otherPhone)) problems.push('phone_invalid');
    else if (!phones.includes(otherPhone)) phones.push(otherPhone);
  }
  if (phones.length > 0) victim.phones = phones;
  if (form.useOwnContactDetails && suggestions.ownContactDetails !== null)
    victim.contactDetails = suggestions.ownContactDetails;
  if (form.languages.length > 0) victim.languages = form.languages;
  const description = orNull(form.description);
  if (description !== null) victim.description = description;
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: { version, victim, riskLevel: form.riskLevel, summary: orNull(form.summary) },
  };
}
