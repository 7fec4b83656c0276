import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AdvanceStageForm } from './AdvanceStageForm.tsx';
import type { CaseSectionProps } from './case-context.ts';
import { dateText } from './prosecution-labels.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** The proceeding as a timeline (oldest first, as the API orders it), and recording the next stage. */
export function StagesSection(props: CaseSectionProps) {
  const { detail, canWrite } = props;
  const { language } = useI18n();
  const text = useProsecutionStrings().stages;
  const [advancing, setAdvancing] = useState(false);
  const last = detail.stages.at(-1);

  return (
    <section aria-labelledby="criminal-case-stages" data-testid="criminal-case-stages">
      <h4 id="criminal-case-stages">{text.heading}</h4>
      {detail.stages.length === 0 ? (
        <p className="hint">{text.none}</p>
      ) : (
        <ol className="proceeding-timeline" data-testid="proceeding-timeline">
          {detail.stages.map((stage) => (
            <li key={stage.id} data-testid="proceeding-stage" data-stage={stage.stage}>
              <time dateTime={stage.occurredOn}>{dateText(stage.occurredOn, language)}</time>{' '}
              <strong>{text.names[stage.stage]}</strong>
              {stage === last ? <span className="hint"> ({text.current})</span> : null}
              {stage.note === null ? null : <p className="proceeding-note">{stage.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              aria-expanded={advancing}
              onClick={() => setAdvancing(!advancing)}
            >
              {text.advance}
            </button>
          </div>
          {advancing ? <AdvanceStageForm {...props} onClose={() => setAdvancing(false)} /> : null}
        </>
      ) : null}
    </section>
  );
}
