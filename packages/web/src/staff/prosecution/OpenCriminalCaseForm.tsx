import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { Province } from '../staff-api.ts';
import { asStaffError } from './prosecution-errors.ts';
import type { CriminalCase, ProsecutionApi } from './prosecution-api.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import type { StaffApiError } from '../staff-api.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

const trimmedOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Opens a criminal case: a police or court reference, the unit, the province, the date of the offence. */
export function OpenCriminalCaseForm({
  prosecution,
  provinces,
  onOpened,
  onCancel,
}: {
  prosecution: ProsecutionApi;
  provinces: readonly Province[];
  onOpened: (criminalCase: CriminalCase) => void;
  onCancel: () => void;
}) {
  const { language } = useI18n();
  const strings = useProsecutionStrings().openCase;
  const [fields, setFields] = useState({
    policeReference: '',
    courtReference: '',
    unit: '',
    provinceCode: '',
    offenceDate: '',
  });
  const [missingReference, setMissingReference] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const set = (name: keyof typeof fields) => (value: string) => setFields({ ...fields, [name]: value });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const input = {
      policeReference: trimmedOrNull(fields.policeReference),
      courtReference: trimmedOrNull(fields.courtReference),
      unit: trimmedOrNull(fields.unit),
      provinceCode: trimmedOrNull(fields.provinceCode),
      offenceDate: trimmedOrNull(fields.offenceDate),
    };
    const noReference = input.policeReference === null && input.courtReference === null;
    setMissingReference(noReference);
    if (noReference) return;
    setBusy(true);
    try {
      onOpened(await prosecution.openCriminalCase(input));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="prosecution-form"
      data-testid="open-criminal-case"
      aria-labelledby="open-criminal-case-title"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id="open-criminal-case-title">{strings.heading}</h4>
      <p id="open-criminal-case-hint" className="hint">
        {strings.referenceHint}
      </p>
      <label htmlFor="criminal-case-police-reference">{strings.policeReference}</label>
      <input
        id="criminal-case-police-reference"
        maxLength={100}
        value={fields.policeReference}
        aria-describedby="open-criminal-case-hint"
        aria-invalid={missingReference}
        onChange={(event) => set('policeReference')(event.target.value)}
      />
      <label htmlFor="criminal-case-court-reference">{strings.courtReference}</label>
      <input
        id="criminal-case-court-reference"
        maxLength={100}
        value={fields.courtReference}
        aria-describedby="open-criminal-case-hint"
        aria-invalid={missingReference}
        onChange={(event) => set('courtReference')(event.target.value)}
      />
      <label htmlFor="criminal-case-unit">{strings.unit}</label>
      <input
        id="criminal-case-unit"
        maxLength={200}
        value={fields.unit}
        onChange={(event) => set('unit')(event.target.value)}
      />
      <label htmlFor="criminal-case-province">{strings.province}</label>
      <select
        id="criminal-case-province"
        value={fields.provinceCode}
        onChange={(event) => set('provinceCode')(event.target.value)}
      >
        <option value="">{strings.noProvince}</option>
        {provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {language === 'km' && province.nameLocal !== null ? province.nameLocal : province.nameLatin}
          </option>
        ))}
      </select>
      <label htmlFor="criminal-case-offence-date">{strings.offenceDate}</label>
      <input
        id="criminal-case-offence-date"
        type="date"
        value={fields.offenceDate}
        onChange={(event) => set('offenceDate')(event.target.value)}
      />
      {missingReference ? (
        <p className="error" role="alert">
          {strings.referenceRequired}
        </p>
      ) : null}
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {strings.submit}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}
