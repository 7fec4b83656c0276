import type { Advice } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Every step once, in the order of the strongest harm first (several harms share steps). */
export function adviceSteps(advice: readonly Advice[]): string[] {
  return [...new Set(advice.flatMap((block) => block.steps))];
}

export function AdviceList({ advice }: { advice: readonly Advice[] }) {
  const { strings } = useI18n();
  const steps = adviceSteps(advice);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="advice-title">
      <h3 id="advice-title">{strings.advice.heading}</h3>
      <ol className="advice">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
