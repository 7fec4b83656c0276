import { useState } from 'react';
import type { CaseSectionProps } from './case-context.ts';
import { LinkPartyForm } from './LinkPartyForm.tsx';
import { NewSuspectForm } from './NewSuspectForm.tsx';
import { PARTY_ROLES } from './prosecution-api.ts';
import { usePartyName } from './use-party-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The victims and suspects linked to the case (names as far as the API gives them), and linking more. */
export function PartiesSection(props: CaseSectionProps) {
  const { detail, me, canWrite, persons } = props;
  const strings = useProsecutionStrings().parties;
  const nameOf = usePartyName(persons);
  const [open, setOpen] = useState<'link' | 'new' | null>(null);
  const recordsPersons = Object.hasOwn(me.permissions, 'person.write');

  return (
    <section aria-labelledby="criminal-case-parties" data-testid="criminal-case-parties">
      <h4 id="criminal-case-parties">{strings.heading}</h4>
      <div className="criminal-case-parties">
        {PARTY_ROLES.map((role) => {
          const linked = detail.parties.filter((party) => party.role === role);
          return (
            <div key={role}>
              <h5>{role === 'victim' ? strings.victims : strings.suspects}</h5>
              {linked.length === 0 ? (
                <p className="hint">{strings.none}</p>
              ) : (
                <ul data-testid={`criminal-case-${role}s`}>
                  {linked.map((party) => (
                    <li key={party.personId} data-testid="party" data-person-id={party.personId} data-role={role}>
                      <bdi>{nameOf(party.personId)}</bdi>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {canWrite ? (
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            aria-expanded={open === 'link'}
            onClick={() => setOpen(open === 'link' ? null : 'link')}
          >
            {strings.link}
          </button>
          {recordsPersons ? (
            <button
              type="button"
              className="button secondary"
              aria-expanded={open === 'new'}
              onClick={() => setOpen(open === 'new' ? null : 'new')}
            >
              {strings.newSuspect}
            </button>
          ) : null}
        </div>
      ) : null}
      {canWrite && open === 'link' ? <LinkPartyForm {...props} onClose={() => setOpen(null)} /> : null}
      {canWrite && recordsPersons && open === 'new' ? (
        <NewSuspectForm {...props} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
