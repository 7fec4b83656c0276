import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseApi, Consent, Organisation } from './case-api.ts';
import { emptyConsentForm, newConsentOf, type ConsentForm } from './consent-form.ts';
import { CONSENT_GIVERS, CONSENT_PURPOSES, LEGAL_BASES } from './case-codes.ts';
import { formatDate, labelOf, todayIso } from './case-display.ts';
import { CaseError, asStaffError } from './CaseError.tsx';
import { isConflict } from './conflict.ts';
import { useCaseStrings } from './use-case-strings.ts';

function ConsentItem({
  consent,
  organisations,
  mayRecord,
  onWithdraw,
  busy,
}: {
  consent: Consent;
  organisations: readonly Organisation[];
  mayRecord: boolean;
  onWithdraw: (consent: Consent, on: string) => void;
  busy: boolean;
}) {
  const { language } = useI18n();
  const strings = useCaseStrings();
  const text = strings.consents;
  const [withdrawOn, setWithdrawOn] = useState(todayIso());
  const [asking, setAsking] = useState(false);
  const withdrawn = consent.withdrawnOn !== null;
  const organisation =
    consent.organisationId === null
      ? null
      : (organisations.find((item) => item.id === consent.organisationId)?.name ?? consent.organisationId);
  return (
    <li
      data-testid="consent"
      data-consent-id={consent.id}
      data-withdrawn={withdrawn}
      className={withdrawn ? 'withdrawn' : undefined}
    >
      <p>
        <strong>{labelOf(strings.codes.purposes, consent.purpose)}</strong>
        {organisation === null ? null : ` — ${format(text.organisation, { name: organisation })}`}
      </p>
      <p data-testid="consent-state">
        {withdrawn
          ? format(text.withdrawn, {
              given: formatDate(consent.givenOn, language),
              withdrawn: formatDate(consent.withdrawnOn ?? '', language),
            })
          : format(text.inForce, { date: formatDate(consent.givenOn, language) })}
      </p>
      <p className="hint">
        {format(text.legalBasis, { basis: labelOf(strings.codes.legalBases, consent.legalBasis) })} ·{' '}
        {format(text.givenBy, { giver: labelOf(strings.codes.givers, consent.givenBy) })}
      </p>
      {consent.note === null || consent.note === undefined ? null : <p>{format(text.note, { note: consent.note })}</p>}
      {mayRecord && !withdrawn ? (
        asking ? (
          <form
            className="case-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onWithdraw(consent, withdrawOn);
            }}
          >
            <label htmlFor={`consent-withdraw-${consent.id}`}>{text.withdrawOn}</label>
            <input
              id={`consent-withdraw-${consent.id}`}
              type="date"
              required
              min={consent.givenOn}
              value={withdrawOn}
              onChange={(event) => setWithdrawOn(event.target.value)}
            />
            <div className="actions">
              <button type="submit" className="button primary" disabled={busy || withdrawOn === ''}>
                {text.confirmWithdraw}
              </button>
              <button type="button" className="button secondary" onClick={() => setAsking(false)}>
                {strings.page.cancel}
              </button>
            </div>
          </form>
        ) : (
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setAsking(true)}>
              {text.withdraw}
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

/** The person's consents (in force and withdrawn), recording one, and withdrawing one from a date. */
export function ConsentsSection({
  caseApi,
  personId,
  mayRecord,
}: {
  caseApi: CaseApi;
  personId: string;
  mayRecord: boolean;
}) {
  const strings = useCaseStrings();
  const text = strings.consents;
  const codes = strings.codes;
  const [consents, setConsents] = useState<Consent[] | null>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [form, setForm] = useState<ConsentForm>(() => emptyConsentForm(todayIso()));
  const [recording, setRecording] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    try {
      setConsents(await caseApi.consents(personId));
    } catch (error) {
      setFailure(asStaffError(error));
    }
  }, [caseApi, personId]);

  useEffect(() => {
    void load();
    let live = true;
    caseApi.organisations().then(
      (found) => live && setOrganisations(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseApi, load]);

  const act = async (change: () => Promise<Consent>): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      await change();
      await load();
      setSaved(true);
      return true;
    } catch (error) {
      setFailure(asStaffError(error));
      // Someone else withdrew it first: show the consents as they are now.
      if (isConflict(error)) await load();
      return false;
    } finally {
      setBusy(false);
    }
  };

  const record = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const consent = newConsentOf(form);
    if (consent === null) return;
    if (await act(() => caseApi.recordConsent(personId, consent))) {
      setForm(emptyConsentForm(todayIso()));
      setRecording(false);
    }
  };

  const ready = newConsentOf(form) !== null;
  return (
    <div data-testid="consents-section">
      <p className="hint">{text.intro}</p>
      {failure === null ? null : <CaseError error={failure} />}
      {saved ? (
        <p className="status" role="status">
          {strings.page.saved}
        </p>
      ) : null}
      {consents === null && failure === null ? <p className="hint">{strings.page.loading}</p> : null}
      {consents !== null && consents.length === 0 ? <p>{text.empty}</p> : null}
      {consents === null || consents.length === 0 ? null : (
        <ul className="case-items" data-testid="consent-list">
          {consents.map((consent) => (
            <ConsentItem
              key={`${consent.id}:${consent.version}`}
              consent={consent}
              organisations={organisations}
              mayRecord={mayRecord}
              busy={busy}
              onWithdraw={(item, on) => void act(() => caseApi.withdrawConsent(item.id, item.version, on))}
            />
          ))}
        </ul>
      )}
      {mayRecord && !recording ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setRecording(true)}>
            {text.record}
          </button>
        </div>
      ) : null}
      {mayRecord && recording ? (
        <form
          className="case-form"
          data-testid="consent-form"
          aria-label={text.record}
          onSubmit={(event) => void record(event)}
        >
          <label htmlFor="consent-purpose">{text.purpose}</label>
          <select
            id="consent-purpose"
            required
            value={form.purpose}
            onChange={(event) => setForm({ ...form, purpose: event.target.value as ConsentForm['purpose'] })}
          >
            <option value="">{text.choose}</option>
            {CONSENT_PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {codes.purposes[purpose]}
              </option>
            ))}
          </select>
          {form.purpose === 'disclosure_to_organisation' ? (
            <>
              <label htmlFor="consent-organisation">{text.organisationField}</label>
              <select
                id="consent-organisation"
                required
                value={form.organisationId}
                onChange={(event) => setForm({ ...form, organisationId: event.target.value })}
              >
                <option value="">{text.choose}</option>
                {organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label htmlFor="consent-basis">{text.legalBasisField}</label>
          <select
            id="consent-basis"
            required
            value={form.legalBasis}
            onChange={(event) => setForm({ ...form, legalBasis: event.target.value as ConsentForm['legalBasis'] })}
          >
            <option value="">{text.choose}</option>
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {codes.legalBases[basis]}
              </option>
            ))}
          </select>
          <label htmlFor="consent-giver">{text.givenByField}</label>
          <select
            id="consent-giver"
            required
            value={form.givenBy}
            onChange={(event) => setForm({ ...form, givenBy: event.target.value as ConsentForm['givenBy'] })}
          >
            <option value="">{text.choose}</option>
            {CONSENT_GIVERS.map((giver) => (
              <option key={giver} value={giver}>
                {codes.givers[giver]}
              </option>
            ))}
          </select>
          <label htmlFor="consent-given-on">{text.givenOn}</label>
          <input
            id="consent-given-on"
            type="date"
            required
            max={todayIso()}
            value={form.givenOn}
            onChange={(event) => setForm({ ...form, givenOn: event.target.value })}
          />
          <label htmlFor="consent-note">{text.noteField}</label>
          <textarea
            id="consent-note"
            className="short"
            maxLength={2000}
            value={form.note}
            onChange={(event) => setForm({ ...form, note: event.target.value })}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || !ready}>
              {text.confirmRecord}
            </button>
            <button type="button" className="button secondary" onClick={() => setRecording(false)}>
              {strings.page.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
