import type { RiskLevel } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';

export function RiskSummary({ risk }: { risk: RiskLevel }) {
  const { strings } = useI18n();
  const words = strings.risk[risk];
  return (
    <section className={`risk risk-${risk}`} aria-labelledby="risk-title" data-risk={risk}>
      <p className="risk-kicker">{strings.risk.heading}</p>
      <h3 id="risk-title" className="risk-title">
        {words.title}
      </h3>
      <p>{words.body}</p>
    </section>
  );
}
