import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseSectionProps } from './case-context.ts';
import { asStaffError } from './prosecution-errors.ts';
import type { Offence } from './prosecution-api.ts';
import { articleText, offenceLabel, statuteTitle } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { usePartyName } from './use-party-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The catalogue's offences grouped by statute, in catalogue order. */
function byStatute(offences: readonly Offence[]): [string, Offence[]][] {
  const groups = new Map<string, Offence[]>();
  for (const offence of offences) groups.set(offence.statute, [...(groups.get(offence.statute) ?? []), offence]);
  return [...groups.entries()];
}

/** Charges an offence from the legal catalogue (`GET /api/offences`), optionally naming a suspect and a victim. */
export function ChargeOffenceForm({
  prosecution,
  detail,
  persons,
  reload,
  onClose,
}: CaseSectionProps & { onClose: () => void }) {
  const { language } = useI18n();
  const strings = useProsecutionStrings();
  const text = strings.offences;
  const nameOf = usePartyName(persons);
  const [catalogue, setCatalogue] = useState<Offence[] | null>(null);
  const [offenceCode, setOffenceCode] = useState('');
  const [suspect, setSuspect] = useState('');
  const [victim, setVictim] = useState('');
  const [missingOffence, setMissingOffence] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    prosecution.offences().then(
      (found) => live && setCatalogue(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [prosecution]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setMissingOffence(offenceCode === '');
    if (offenceCode === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await prosecution.chargeOffence(detail.id, {
        offenceCode,
        suspectPersonId: suspect === '' ? null : suspect,
        victimPersonId: victim === '' ? null : victim,
      });
      await reload();
      onClose();
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const partiesAs = (role: 'victim' | 'suspect') => detail.parties.filter((party) => party.role === role);
  return (
    <form
      className="prosecution-form"
      data-testid="charge-offence"
      aria-labelledby="charge-offence-title"
      onSubmit={(event) => void submit(event)}
    >
      <h5 id="charge-offence-title">{text.chargeHeading}</h5>
      <label htmlFor="charge-offence-code">{text.offence}</label>
      <select
        id="charge-offence-code"
        value={offenceCode}
        aria-required="true"
        aria-invalid={missingOffence}
        disabled={catalogue === null}
        onChange={(event) => setOffenceCode(event.target.value)}
      >
        <option value="">{catalogue === null ? strings.loading : text.choose}</option>
        {byStatute(catalogue ?? []).map(([statute, offences]) => (
          <optgroup key={statute} label={statuteTitle(statute, strings)}>
            {offences.map((offence) => (
              <option key={offence.code} value={offence.code}>
                {`${offenceLabel(offence, language)} — ${articleText(offence, strings)}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="charge-offence-suspect">{text.suspectOptional}</label>
      <select id="charge-offence-suspect" value={suspect} onChange={(event) => setSuspect(event.target.value)}>
        <option value="">{text.nobody}</option>
        {partiesAs('suspect').map((party) => (
          <option key={party.personId} value={party.personId}>
            {nameOf(party.personId)}
          </option>
        ))}
      </select>
      <label htmlFor="charge-offence-victim">{text.victimOptional}</label>
      <select id="charge-offence-victim" value={victim} onChange={(event) => setVictim(event.target.value)}>
        <option value="">{text.nobody}</option>
        {partiesAs('victim').map((party) => (
          <option key={party.personId} value={party.personId}>
            {nameOf(party.personId)}
          </option>
        ))}
      </select>
      {missingOffence ? (
        <p className="error" role="alert">
          {text.offenceRequired}
        </p>
      ) : null}
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || catalogue === null}>
          {text.submit}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
