import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { CaseSectionProps } from './case-context.ts';
import { ChargeOffenceForm } from './ChargeOffenceForm.tsx';
import { articleText, offenceLabel, statuteTitle } from './prosecution-labels.ts';
import { usePartyName } from './use-party-names.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The offences charged (statute, article, label in the interface language), and charging another. */
export function OffencesSection(props: CaseSectionProps) {
  const { detail, canWrite, persons } = props;
  const { language } = useI18n();
  const strings = useProsecutionStrings();
  const text = strings.offences;
  const nameOf = usePartyName(persons);
  const [charging, setCharging] = useState(false);
  const categories: Readonly<Record<string, string>> = text.category;

  return (
    <section aria-labelledby="criminal-case-offences" data-testid="criminal-case-offences">
      <h4 id="criminal-case-offences">{text.heading}</h4>
      {detail.offences.length === 0 ? (
        <p className="hint">{text.none}</p>
      ) : (
        <ul className="charged-offences">
          {detail.offences.map((charged) => {
            const people = [
              charged.suspectPersonId === null ? null : format(text.suspect, { name: nameOf(charged.suspectPersonId) }),
              charged.victimPersonId === null ? null : format(text.victim, { name: nameOf(charged.victimPersonId) }),
            ].filter((part): part is string => part !== null);
            return (
              <li key={charged.id} data-testid="charged-offence" data-offence-code={charged.offence.code}>
                <strong>{offenceLabel(charged.offence, language)}</strong>
                <br />
                {statuteTitle(charged.offence.statute, strings)}, {articleText(charged.offence, strings)}
                {Object.hasOwn(categories, charged.offence.category) ? (
                  <span className="hint"> · {categories[charged.offence.category]}</span>
                ) : null}
                {people.length === 0 ? null : (
                  <>
                    <br />
                    <bdi>{format(text.concerning, { people: people.join(', ') })}</bdi>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite ? (
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            aria-expanded={charging}
            onClick={() => setCharging(!charging)}
          >
            {text.charge}
          </button>
        </div>
      ) : null}
      {canWrite && charging ? <ChargeOffenceForm {...props} onClose={() => setCharging(false)} /> : null}
    </section>
  );
}
