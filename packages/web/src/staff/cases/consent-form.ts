/** The consent form's state and the consent it records. */
import type { NewConsent } from './case-api.ts';

export interface ConsentForm {
  purpose: NewConsent['purpose'] | '';
  organisationId: string;
  legalBasis: NewConsent['legalBasis'] | '';
  givenBy: NewConsent['givenBy'] | '';
  givenOn: string;
  note: string;
}

export const emptyConsentForm = (today: string): ConsentForm => ({
  purpose: '',
  organisationId: '',
  legalBasis: '',
  givenBy: '',
  givenOn: today,
  note: '',
});

/** The consent to record, or null while a required choice is missing (disclosure names its organisation). */
export function newConsentOf(form: ConsentForm): NewConsent | null {
  if (form.purpose === '' || form.legalBasis === '' || form.givenBy === '' || form.givenOn === '') return null;
  const disclosure = form.purpose === 'disclosure_to_organisation';
  if (disclosure && form.organisationId === '') return null;
  return {
    purpose: form.purpose,
    organisationId: disclosure ? form.organisationId : null,
    legalBasis: form.legalBasis,
    givenBy: form.givenBy,
    givenOn: form.givenOn,
    note: form.note.trim() === '' ? null : form.note.trim(),
  };
}
