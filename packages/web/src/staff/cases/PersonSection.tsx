import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import { useVersionedSave } from '../use-versioned-save.ts';
import type { CaseApi, Person } from './case-api.ts';
import { GENDERS, IDENTITY_DOCUMENT_TYPES, SEXES } from './case-codes.ts';
import { formatDate, labelOf, todayIso } from './case-display.ts';
import { CaseError, asStaffError } from './CaseError.tsx';
import { changesByOthers, rebaseDraft, type ChangedField } from './conflict.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import {
  ageOf,
  personFormOf,
  personPatch,
  type DocumentRow,
  type EditablePersonField,
  type PersonFieldError,
  type PersonForm,
} from './person-form.ts';
import { useCaseStrings } from './use-case-strings.ts';

/** The victim's person record as the role may see it (`GET /api/persons/{id}`), and its edit form. */
export function PersonSection({
  caseApi,
  personId,
  mayEdit,
}: {
  caseApi: CaseApi;
  personId: string;
  mayEdit: boolean;
}) {
  const { language } = useI18n();
  const strings = useCaseStrings();
  const text = strings.person;
  const codes = strings.codes;
  const [person, setPerson] = useState<Person | null>(null);
  const [editing, setEditing] = useState(false);
  const [base, setBase] = useState<PersonForm | null>(null);
  const [draft, setDraft] = useState<PersonForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<EditablePersonField, PersonFieldError>>>({});
  const [loadFailure, setLoadFailure] = useState<StaffApiError | null>(null);
  const saving = useVersionedSave<ChangedField<string>[]>();
  const { busy, conflict, saved } = saving;
  const failure = saving.failure ?? loadFailure;

  useEffect(() => {
    let live = true;
    caseApi.getPerson(personId).then(
      (found) => live && setPerson(found),
      (error: unknown) => live && setLoadFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [caseApi, personId]);

  if (person === null) {
    return failure === null ? <p className="hint">{strings.page.loading}</p> : <CaseError error={failure} />;
  }
  const { form: shownForm, present } = personFormOf(person);
  const version = person.version;
  const canEdit = mayEdit && version !== undefined;

  const startEditing = (): void => {
    setBase(shownForm);
    setDraft(shownForm);
    setErrors({});
    saving.reset();
    setEditing(true);
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (base === null || draft === null || version === undefined) return;
    const { patch, errors: found } = personPatch(base, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(patch).length === 0) {
      setEditing(false);
      return;
    }
    await saving.save(
      async () => {
        await caseApi.updatePerson(personId, version, patch);
        // What is shown comes from the projection the role may see, not from the write's answer.
        return caseApi.getPerson(personId);
      },
      {
        onSaved: (updated) => {
          setPerson(updated);
          setEditing(false);
        },
        reload: () => caseApi.getPerson(personId),
        onConflict: (current) => {
          const now = personFormOf(current).form;
          setDraft(rebaseDraft(base, now, draft));
          setBase(now);
          setPerson(current);
          return changesByOthers(base, now, draft);
        },
      },
    );
  };

  const age = ageOf(person, todayIso());
  const valueOf = (field: string, value: unknown): string => {
    if (field === 'sex') return labelOf(codes.sexes, String(value));
    if (field === 'gender') return labelOf(codes.genders, String(value));
    if (field === 'identityDocuments')
      return (value as DocumentRow[])
        .map((row) => `${labelOf(codes.documentTypes, row.type)} ${row.number} ${row.issuingCountry}`.trim())
        .join('; ');
    return String(value ?? '');
  };
  const labelFor = (field: string): string => {
    const label: unknown = (text as Readonly<Record<string, unknown>>)[field];
    return typeof label === 'string' ? label : field;
  };

  const facts: [string, ReactNode][] = [];
  const add = (field: EditablePersonField, value: ReactNode) => {
    if (present.has(field)) facts.push([field, value]);
  };
  add('givenNameLatin', person.givenNameLatin);
  add('familyNameLatin', person.familyNameLatin);
  add(
    'nameLocal',
    person.nameLocal === null || person.nameLocal === undefined ? null : <bdi lang="km">{person.nameLocal}</bdi>,
  );
  add('aliases', person.aliases?.join(', '));
  add(
    'birthDate',
    person.birthDate === null || person.birthDate === undefined ? null : formatDate(person.birthDate, language),
  );
  add(
    'estimatedAge',
    person.estimatedAge === null || person.estimatedAge === undefined
      ? null
      : `${format(text.ageYears, { age: person.estimatedAge })}${
          person.estimatedAgeOn ? ` (${formatDate(person.estimatedAgeOn, language)})` : ''
        }`,
  );
  add('sex', person.sex === null || person.sex === undefined ? null : labelOf(codes.sexes, person.sex));
  add('gender', person.gender === null || person.gender === undefined ? null : labelOf(codes.genders, person.gender));
  add('citizenship', person.citizenship?.join(', '));
  add('languages', person.languages?.join(', '));
  add(
    'identityDocuments',
    (person.identityDocuments ?? []).length === 0 ? null : (
      <ul>
        {(person.identityDocuments ?? []).map((document, index) => (
          <li key={index}>
            {labelOf(codes.documentTypes, document.type)}: <bdi>{document.number}</bdi>
            {document.issuingCountry ? ` (${document.issuingCountry})` : null}
          </li>
        ))}
      </ul>
    ),
  );
  add('phones', person.phones?.join(', '));
  add('address', person.address);
  add('contactDetails', person.contactDetails);
  add('description', person.description);

  const fieldError = (field: EditablePersonField) =>
    errors[field] === undefined ? null : (
      <p className="error" id={`person-${field}-error`} role="alert">
        {text.fieldErrors[errors[field]]}
      </p>
    );
  const describedBy = (field: EditablePersonField) =>
    errors[field] === undefined ? undefined : `person-${field}-error`;
  const input = (
    field: Exclude<EditablePersonField, 'identityDocuments'>,
    type: 'text' | 'date' | 'number' = 'text',
  ) =>
    present.has(field) && draft !== null ? (
      <div key={field}>
        <label htmlFor={`person-${field}`}>{labelFor(field)}</label>
        <input
          id={`person-${field}`}
          // A whole number is checked by personPatch, which says what to fix (a number input would refuse silently).
          type={type === 'number' ? 'text' : type}
          {...(type === 'number' ? { inputMode: 'numeric' as const } : {})}
          value={draft[field]}
          aria-invalid={errors[field] === undefined ? undefined : true}
          aria-describedby={describedBy(field)}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
        {fieldError(field)}
      </div>
    ) : null;
  const area = (field: Exclude<EditablePersonField, 'identityDocuments'>) =>
    present.has(field) && draft !== null ? (
      <div key={field}>
        <label htmlFor={`person-${field}`}>{labelFor(field)}</label>
        <textarea
          id={`person-${field}`}
          className="short"
          value={draft[field]}
          aria-invalid={errors[field] === undefined ? undefined : true}
          aria-describedby={describedBy(field)}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
        {fieldError(field)}
      </div>
    ) : null;
  const choice = (field: 'sex' | 'gender', options: readonly string[], labels: Readonly<Record<string, string>>) =>
    present.has(field) && draft !== null ? (
      <div key={field}>
        <label htmlFor={`person-${field}`}>{labelFor(field)}</label>
        <select
          id={`person-${field}`}
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        >
          <option value="">{strings.page.notRecorded}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(labels, option)}
            </option>
          ))}
        </select>
      </div>
    ) : null;
  const setDocument = (index: number, row: Partial<DocumentRow>): void => {
    if (draft === null) return;
    setDraft({
      ...draft,
      identityDocuments: draft.identityDocuments.map((item, at) => (at === index ? { ...item, ...row } : item)),
    });
  };

  return (
    <div data-testid="person-section">
      <p className="hint">{text.intro}</p>
      {person.hiddenName === true ? <p>{text.hiddenName}</p> : null}
      <dl className="case-facts" data-testid="person-facts">
        {facts.map(([field, value]) => (
          <div key={field} data-field={field}>
            <dt>{labelFor(field)}</dt>
            <dd>
              {value === null || value === undefined || value === '' ? (
                <span className="hint">{strings.page.notRecorded}</span>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
        <div data-field="age">
          <dt>{text.age}</dt>
          <dd data-testid="person-age">
            {age === undefined ? text.ageUnknown : format(text.ageYears, { age })}
            {age !== undefined && age < 18 ? ` (${text.child})` : null}
          </dd>
        </div>
        {person.onlineIdentifiers === undefined ||
        person.onlineIdentifiers === null ||
        person.onlineIdentifiers.length === 0 ? null : (
          <div data-field="onlineIdentifiers">
            <dt>{text.onlineIdentifiers}</dt>
            <dd>
              {person.onlineIdentifiers.map((identifier) => (
                <bdi key={`${identifier.type}:${identifier.value}`}>{identifier.value} </bdi>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {saved ? (
        <p className="status" role="status">
          {strings.page.saved}
        </p>
      ) : null}
      {failure === null ? null : <CaseError error={failure} />}
      {canEdit && !editing ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={startEditing}>
            {text.edit}
          </button>
        </div>
      ) : null}
      {editing && draft !== null ? (
        <form
          className="case-form"
          data-testid="person-form"
          aria-label={text.edit}
          onSubmit={(event) => void save(event)}
        >
          {conflict === null ? null : <ConflictNotice changes={conflict} label={labelFor} show={valueOf} />}
          {Object.keys(errors).length > 0 ? (
            <p className="error" role="alert">
              {text.fixErrors}
            </p>
          ) : null}
          <div className="case-form-grid">
            {input('givenNameLatin')}
            {input('familyNameLatin')}
            {input('nameLocal')}
            {input('birthDate', 'date')}
            {input('estimatedAge', 'number')}
            {input('estimatedAgeOn', 'date')}
            {choice('sex', SEXES, codes.sexes)}
            {choice('gender', GENDERS, codes.genders)}
            {input('citizenship')}
            {input('languages')}
          </div>
          {area('aliases')}
          {present.has('identityDocuments') ? (
            <fieldset aria-describedby={describedBy('identityDocuments')}>
              <legend>{text.identityDocuments}</legend>
              {draft.identityDocuments.length === 0 ? <p className="hint">{text.noDocuments}</p> : null}
              {draft.identityDocuments.map((row, index) => (
                <div key={index} className="case-document-row" data-testid="person-document">
                  <div>
                    <label htmlFor={`person-document-${index}-type`}>{text.documentType}</label>
                    <select
                      id={`person-document-${index}-type`}
                      value={row.type}
                      onChange={(event) => setDocument(index, { type: event.target.value })}
                    >
                      <option value="">{strings.consents.choose}</option>
                      {IDENTITY_DOCUMENT_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {codes.documentTypes[type]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`person-document-${index}-number`}>{text.documentNumber}</label>
                    <input
                      id={`person-document-${index}-number`}
                      value={row.number}
                      maxLength={100}
                      onChange={(event) => setDocument(index, { number: event.target.value })}
                    />
                  </div>
                  <div>
                    <label htmlFor={`person-document-${index}-country`}>{text.issuingCountry}</label>
                    <input
                      id={`person-document-${index}-country`}
                      value={row.issuingCountry}
                      maxLength={2}
                      autoCapitalize="characters"
                      onChange={(event) => setDocument(index, { issuingCountry: event.target.value })}
                    />
                  </div>
                  <div className="actions">
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() =>
                        setDraft({
                          ...draft,
                          identityDocuments: draft.identityDocuments.filter((_, at) => at !== index),
                        })
                      }
                    >
                      {text.removeDocument}
                    </button>
                  </div>
                </div>
              ))}
              <div className="actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    setDraft({
                      ...draft,
                      identityDocuments: [...draft.identityDocuments, { type: '', number: '', issuingCountry: '' }],
                    })
                  }
                >
                  {text.addDocument}
                </button>
              </div>
              {fieldError('identityDocuments')}
            </fieldset>
          ) : null}
          {area('phones')}
          {area('address')}
          {area('contactDetails')}
          {area('description')}
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? strings.page.saving : strings.page.save}
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              {strings.page.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
