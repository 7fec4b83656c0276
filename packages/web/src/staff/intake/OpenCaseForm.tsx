import { LANGUAGES } from '@raksa/detect';
import { useMemo, useState } from 'react';
import { format } from '../../i18n/language.ts';
import { CASE_RISK_LEVELS, SEXES, type OpenCaseRequest, type TriagedTip } from './intake-api.ts';
import { useIntakeStrings } from './use-intake-strings.ts';
import {
  buildOpenCaseRequest,
  initialVictimForm,
  suggestionsFromTip,
  type AgeKnown,
  type VictimForm,
  type VictimProblem,
} from './victim-prefill.ts';

const AGE_CHOICES: readonly AgeKnown[] = ['birth_date', 'estimated', 'unknown'];

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The victim and the case to open from a tip (`POST /api/tips/{id}/case`). Prefilled from the tip
 * where it says something (its language and risk, one stated age); the phone numbers the engine
 * found are offered unticked. What is typed stays if saving fails.
 */
export function OpenCaseForm(props: {
  tip: TriagedTip;
  busy: boolean;
  onSubmit: (request: OpenCaseRequest) => void;
  onCancel: () => void;
}) {
  const { tip, busy, onSubmit, onCancel } = props;
  const strings = useIntakeStrings();
  const text = strings.openCase;
  const suggestions = useMemo(() => suggestionsFromTip(tip), [tip]);
  const [form, setForm] = useState<VictimForm>(() => initialVictimForm(suggestions));
  const [otherCountry, setOtherCountry] = useState(false);
  const [problems, setProblems] = useState<VictimProblem[]>([]);
  const set = <K extends keyof VictimForm>(key: K, value: VictimForm[K]) => setForm({ ...form, [key]: value });
  const id = (field: string) => `victim-${field}-${tip.id}`;
  const countries: Record<string, string> = strings.countries;
  const languageNames: Record<string, string> = strings.languages;
  const ageFromTip = suggestions.ages.length === 1 && form.estimatedAge === String(suggestions.ages[0]);

  const submit = (): void => {
    const built = buildOpenCaseRequest(form, suggestions, tip.version, todayIso());
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    onSubmit(built.request);
  };

  return (
    <form
      className="triage-form open-case"
      data-testid="open-case"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h5>{text.heading}</h5>
      <p className="hint">{text.intro}</p>
      <fieldset>
        <legend>{text.victimLegend}</legend>
        <div className="field-grid">
          <div>
            <label htmlFor={id('given')}>{text.givenNameLatin}</label>
            <input
              id={id('given')}
              value={form.givenNameLatin}
              maxLength={200}
              autoComplete="off"
              onChange={(event) => set('givenNameLatin', event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={id('family')}>{text.familyNameLatin}</label>
            <input
              id={id('family')}
              value={form.familyNameLatin}
              maxLength={200}
              autoComplete="off"
              onChange={(event) => set('familyNameLatin', event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={id('local')}>{text.nameLocal}</label>
            <input
              id={id('local')}
              value={form.nameLocal}
              maxLength={200}
              autoComplete="off"
              dir="auto"
              onChange={(event) => set('nameLocal', event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={id('sex')}>{text.sex}</label>
            <select
              id={id('sex')}
              value={form.sex}
              onChange={(event) => set('sex', SEXES.find((sex) => sex === event.target.value) ?? '')}
            >
              <option value="">{text.sexNotSaid}</option>
              {SEXES.map((sex) => (
                <option key={sex} value={sex}>
                  {strings.sexes[sex]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{text.ageLegend}</legend>
          {AGE_CHOICES.map((choice) => (
            <div className="checkbox" key={choice}>
              <input
                type="radio"
                id={id(`age-${choice}`)}
                name={id('age')}
                checked={form.ageKnown === choice}
                onChange={() => set('ageKnown', choice)}
              />
              <label htmlFor={id(`age-${choice}`)}>
                {choice === 'birth_date'
                  ? text.ageBirthDate
                  : choice === 'estimated'
                    ? text.ageEstimated
                    : text.ageUnknown}
              </label>
            </div>
          ))}
          {form.ageKnown === 'birth_date' ? (
            <>
              <label htmlFor={id('birth-date')}>{text.birthDate}</label>
              <input
                id={id('birth-date')}
                type="date"
                value={form.birthDate}
                max={todayIso()}
                aria-invalid={problems.includes('birth_date_missing') || problems.includes('birth_date_in_future')}
                onChange={(event) => set('birthDate', event.target.value)}
              />
            </>
          ) : null}
          {form.ageKnown === 'estimated' ? (
            <>
              <label htmlFor={id('estimated-age')}>{text.estimatedAge}</label>
              {ageFromTip ? (
                <p className="hint" id={id('age-hint')}>
                  {text.ageFromTip}
                </p>
              ) : null}
              <input
                id={id('estimated-age')}
                inputMode="numeric"
                value={form.estimatedAge}
                aria-describedby={ageFromTip ? id('age-hint') : undefined}
                aria-invalid={problems.includes('estimated_age_invalid')}
                onChange={(event) => set('estimatedAge', event.target.value)}
              />
            </>
          ) : null}
          {suggestions.ages.length > 1 ? (
            <p className="hint">{format(text.agesInTip, { ages: suggestions.ages.join(', ') })}</p>
          ) : null}
        </fieldset>
        <label htmlFor={id('citizenship')}>{text.citizenship}</label>
        <select
          id={id('citizenship')}
          value={otherCountry ? 'other' : form.citizenship}
          onChange={(event) => {
            const value = event.target.value;
            setOtherCountry(value === 'other');
            set('citizenship', value === 'other' ? '' : value);
          }}
        >
          <option value="">{text.citizenshipUnknown}</option>
          {Object.keys(countries).map((code) => (
            <option key={code} value={code}>
              {countries[code]}
            </option>
          ))}
          <option value="other">{text.citizenshipOther}</option>
        </select>
        {otherCountry ? (
          <>
            <label htmlFor={id('citizenship-other')}>{text.citizenshipOther}</label>
            <input
              id={id('citizenship-other')}
              value={form.citizenship}
              maxLength={2}
              autoComplete="off"
              aria-invalid={problems.includes('citizenship_invalid')}
              onChange={(event) => set('citizenship', event.target.value.toUpperCase())}
            />
          </>
        ) : null}
        {suggestions.phones.length === 0 ? null : (
          <fieldset data-testid="suggested-phones">
            <legend>{text.phonesLegend}</legend>
            <p className="hint">{text.phonesHint}</p>
            {suggestions.phones.map((phone, index) => (
              <div className="checkbox" key={phone.normalized}>
                <input
                  type="checkbox"
                  id={id(`phone-${index}`)}
                  value={phone.normalized}
                  checked={form.phones.includes(phone.normalized)}
                  onChange={(event) =>
                    set(
                      'phones',
                      event.target.checked
                        ? [...form.phones, phone.normalized]
                        : form.phones.filter((kept) => kept !== phone.normalized),
                    )
                  }
                />
                <label htmlFor={id(`phone-${index}`)}>
                  <bdi>{phone.value}</bdi>
                  {phone.value === phone.normalized ? null : <span className="hint"> ({phone.normalized})</span>}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <label htmlFor={id('other-phone')}>{text.otherPhone}</label>
        <input
          id={id('other-phone')}
          type="tel"
          value={form.otherPhone}
          maxLength={50}
          autoComplete="off"
          aria-invalid={problems.includes('phone_invalid')}
          onChange={(event) => set('otherPhone', event.target.value)}
        />
        {suggestions.ownContactDetails === null ? null : (
          <div className="checkbox">
            <input
              type="checkbox"
              id={id('own-contact')}
              checked={form.useOwnContactDetails}
              onChange={(event) => set('useOwnContactDetails', event.target.checked)}
            />
            <label htmlFor={id('own-contact')}>
              {format(text.ownContact, { contact: suggestions.ownContactDetails })}
            </label>
          </div>
        )}
        <fieldset>
          <legend>{text.languages}</legend>
          <div className="language-choices">
            {LANGUAGES.map((code) => (
              <div className="checkbox" key={code}>
                <input
                  type="checkbox"
                  id={id(`language-${code}`)}
                  checked={form.languages.includes(code)}
                  onChange={(event) =>
                    set(
                      'languages',
                      event.target.checked ? [...form.languages, code] : form.languages.filter((kept) => kept !== code),
                    )
                  }
                />
                <label htmlFor={id(`language-${code}`)}>{languageNames[code] ?? code}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <label htmlFor={id('description')}>{text.description}</label>
        <textarea
          id={id('description')}
          className="short"
          value={form.description}
          maxLength={100_000}
          onChange={(event) => set('description', event.target.value)}
        />
      </fieldset>
      <fieldset>
        <legend>{text.caseLegend}</legend>
        <label htmlFor={id('risk')}>{text.riskLevel}</label>
        <select
          id={id('risk')}
          value={form.riskLevel}
          onChange={(event) =>
            set('riskLevel', CASE_RISK_LEVELS.find((risk) => risk === event.target.value) ?? form.riskLevel)
          }
        >
          {CASE_RISK_LEVELS.map((risk) => (
            <option key={risk} value={risk}>
              {strings.caseRisks[risk]}
            </option>
          ))}
        </select>
        <label htmlFor={id('summary')}>{text.summary}</label>
        <textarea
          id={id('summary')}
          className="short"
          value={form.summary}
          maxLength={100_000}
          onChange={(event) => set('summary', event.target.value)}
        />
      </fieldset>
      {problems.length === 0 ? null : (
        <div className="error" role="alert" data-testid="open-case-problems">
          <ul>
            {problems.map((problem) => (
              <li key={problem} data-problem={problem}>
                {text.problems[problem]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {text.submit}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {strings.actions.cancel}
        </button>
      </div>
    </form>
  );
}
