import { useState, type FormEvent } from 'react';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import type { CaseSectionProps } from './case-context.ts';
import { asStaffError } from './prosecution-errors.ts';
import {
  IDENTIFIER_TYPES,
  PARTY_ROLES,
  type IdentifierType,
  type PartyRole,
  type PersonSearch,
  type PersonSummary,
} from './prosecution-api.ts';
import { personName } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** Each person once (a victim of several cases is found once per case). */
function distinctPersons(search: PersonSearch): (PersonSummary & { id: string })[] {
  const seen = new Map<string, PersonSummary & { id: string }>();
  for (const item of search.items) {
    const id = item.person?.id;
    if (item.person !== null && id !== undefined && !seen.has(id)) seen.set(id, { ...item.person, id });
  }
  return [...seen.values()];
}

/** Finds a person of the organisation (by name, or exactly by a phone, account or document) and links them. */
export function LinkPartyForm({ prosecution, detail, reload, onClose }: CaseSectionProps & { onClose: () => void }) {
  const strings = useProsecutionStrings();
  const text = strings.parties;
  const [role, setRole] = useState<PartyRole>('victim');
  const [by, setBy] = useState<'name' | 'identifier'>('name');
  const [name, setName] = useState('');
  const [identifierType, setIdentifierType] = useState<IdentifierType>('phone');
  const [identifierValue, setIdentifierValue] = useState('');
  const [found, setFound] = useState<PersonSearch | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  const search = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      setFound(
        await prosecution.searchPersons(
          by === 'name'
            ? { kind: role, name: name.trim() }
            : { kind: role, identifierType, identifierValue: identifierValue.trim() },
        ),
      );
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const link = async (personId: string): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await prosecution.linkParty(detail.id, personId, role);
      await reload();
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const roleOf = (personId: string) =>
    detail.parties.find((party) => party.personId === personId && party.role === role);
  const persons = found === null ? [] : distinctPersons(found);
  return (
    <div className="prosecution-form" data-testid="link-party">
      <form aria-labelledby="link-party-title" onSubmit={(event) => void search(event)}>
        <h5 id="link-party-title">{text.linkHeading}</h5>
        <fieldset>
          <legend>{text.role}</legend>
          {PARTY_ROLES.map((value) => (
            <div className="checkbox" key={value}>
              <input
                type="radio"
                id={`link-party-role-${value}`}
                name="link-party-role"
                checked={role === value}
                onChange={() => {
                  setRole(value);
                  setFound(null);
                }}
              />
              <label htmlFor={`link-party-role-${value}`}>{strings.roles[value]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{text.searchBy}</legend>
          <div className="checkbox">
            <input
              type="radio"
              id="link-party-by-name"
              name="link-party-by"
              checked={by === 'name'}
              onChange={() => setBy('name')}
            />
            <label htmlFor="link-party-by-name">{text.byName}</label>
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="link-party-by-identifier"
              name="link-party-by"
              checked={by === 'identifier'}
              onChange={() => setBy('identifier')}
            />
            <label htmlFor="link-party-by-identifier">{text.byIdentifier}</label>
          </div>
        </fieldset>
        <p id="link-party-hint" className="hint">
          {text.searchHint}
        </p>
        {by === 'name' ? (
          <>
            <label htmlFor="link-party-name">{text.name}</label>
            <input
              id="link-party-name"
              value={name}
              minLength={2}
              maxLength={200}
              required
              aria-describedby="link-party-hint"
              onChange={(event) => setName(event.target.value)}
            />
          </>
        ) : (
          <>
            <label htmlFor="link-party-identifier-type">{text.identifierType}</label>
            <select
              id="link-party-identifier-type"
              value={identifierType}
              onChange={(event) => setIdentifierType(event.target.value as IdentifierType)}
            >
              {IDENTIFIER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {strings.identifierTypes[type]}
                </option>
              ))}
            </select>
            <label htmlFor="link-party-identifier">{text.identifierValue}</label>
            <input
              id="link-party-identifier"
              value={identifierValue}
              maxLength={500}
              required
              aria-describedby="link-party-hint"
              onChange={(event) => setIdentifierValue(event.target.value)}
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {text.search}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            {text.cancel}
          </button>
        </div>
      </form>
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      {found === null ? null : (
        <div aria-live="polite">
          <h6>{text.results}</h6>
          {found.truncated ? <p className="hint">{text.truncated}</p> : null}
          {persons.length === 0 ? (
            <p>{text.noResults}</p>
          ) : (
            <ul className="person-results" data-testid="person-results">
              {persons.map((person) => {
                const kind = person.personKind;
                const kinds: Readonly<Record<string, string>> = text.kind;
                const linked = roleOf(person.id) !== undefined;
                return (
                  <li key={person.id} data-testid="person-result" data-person-id={person.id}>
                    <bdi>
                      {personName(person) ?? (person.hiddenName === true ? text.nameHidden : text.nameNotShown)}
                    </bdi>
                    {typeof kind === 'string' && Object.hasOwn(kinds, kind) ? ` (${kinds[kind]})` : null}{' '}
                    {linked ? (
                      <span className="hint">{format(text.alreadyLinked, { role: strings.roles[role] })}</span>
                    ) : (
                      <button
                        type="button"
                        className="button secondary"
                        disabled={busy}
                        onClick={() => void link(person.id)}
                      >
                        {format(text.linkAs, { role: strings.roles[role] })}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
