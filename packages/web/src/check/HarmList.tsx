import { HARM_LABELS, type HarmFinding } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';

/** A score as a percentage for people: never "100 %" (the engine is never certain) nor "0 %". */
export function certaintyPercent(score: number): number {
  return Math.min(99, Math.max(1, Math.round(score * 100)));
}

export function HarmList({ harms }: { harms: readonly HarmFinding[] }) {
  const { strings, language } = useI18n();
  if (harms.length === 0) return null;
  return (
    <section aria-labelledby="harms-title">
      <h3 id="harms-title">{strings.harms.heading}</h3>
      {harms.map((harm) => (
        <article key={harm.type} className="harm" data-harm={harm.type}>
          <h4>{HARM_LABELS[harm.type][language]}</h4>
          <p className="hint">{format(strings.harms.certainty, { percent: certaintyPercent(harm.score) })}</p>
          <ul className="indicators" aria-label={strings.harms.signsHeading}>
            {harm.indicators.map((indicator) => (
              <li key={indicator.id}>
                <strong>{indicator.label}</strong>
                <span className="explanation">{indicator.explanation}</span>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
