import { useState, type FormEvent } from 'react';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseSectionProps } from './case-context.ts';
import { asStaffError } from './prosecution-errors.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

const trimmedOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * Records a new suspect person (`POST /api/persons`, personKind 'suspect') and links them to the case;
 * for roles that also write persons.
 */
export function NewSuspectForm({ prosecution, detail, reload, onClose }: CaseSectionProps & { onClose: () => void }) {
  const strings = useProsecutionStrings().parties;
  const [names, setNames] = useState({ givenNameLatin: '', familyNameLatin: '', nameLocal: '' });
  const [missingName, setMissingName] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  // Once recorded, a retry after a failed link links the same person instead of recording a second one.
  const [recordedId, setRecordedId] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = {
      givenNameLatin: trimmedOrNull(names.givenNameLatin),
      familyNameLatin: trimmedOrNull(names.familyNameLatin),
      nameLocal: trimmedOrNull(names.nameLocal),
    };
    const none = Object.values(input).every((value) => value === null);
    setMissingName(none);
    if (none) return;
    setBusy(true);
    setFailure(null);
    try {
      const suspectId = recordedId ?? (await prosecution.recordSuspect(input)).id;
      setRecordedId(suspectId);
      await prosecution.linkParty(detail.id, suspectId, 'suspect');
      await reload();
      onClose();
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof names, label: string) => (
    <>
      <label htmlFor={`new-suspect-${name}`}>{label}</label>
      <input
        id={`new-suspect-${name}`}
        value={names[name]}
        maxLength={200}
        aria-invalid={missingName}
        onChange={(event) => setNames({ ...names, [name]: event.target.value })}
      />
    </>
  );

  return (
    <form
      className="prosecution-form"
      data-testid="new-suspect"
      aria-labelledby="new-suspect-title"
      onSubmit={(event) => void submit(event)}
    >
      <h5 id="new-suspect-title">{strings.newSuspectHeading}</h5>
      {field('givenNameLatin', strings.givenName)}
      {field('familyNameLatin', strings.familyName)}
      {field('nameLocal', strings.localName)}
      {missingName ? (
        <p className="error" role="alert">
          {strings.nameRequired}
        </p>
      ) : null}
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {strings.recordSuspect}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}
