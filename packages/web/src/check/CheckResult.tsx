import { memo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AdviceList } from './AdviceList.tsx';
import type { CompletedCheck } from './check-state.ts';
import type { HotlineCountry } from './countries.ts';
import { EntityList } from './EntityList.tsx';
import { EvidenceText } from './EvidenceText.tsx';
import { HarmList } from './HarmList.tsx';
import { HotlineList } from './HotlineList.tsx';
import { RiskSummary } from './RiskSummary.tsx';
import { WarningList } from './WarningList.tsx';

export interface CheckResultProps {
  check: CompletedCheck;
  country: HotlineCountry | undefined;
  onCountryChange: (country: HotlineCountry | undefined) => void;
  onReport: () => void;
}

export const CheckResult = memo(function CheckResult({ check, country, onCountryChange, onReport }: CheckResultProps) {
  const { strings } = useI18n();
  const { analysis, text } = check;
  return (
    <div className="result" data-testid="check-result" data-engine-ms={check.analyzeMs.toFixed(1)}>
      <RiskSummary risk={analysis.risk} />
      <WarningList analysis={analysis} />
      {analysis.risk === 'none' ? null : <EvidenceText text={text} analysis={analysis} />}
      <HarmList harms={analysis.harms} />
      <EntityList entities={analysis.entities} />
      <AdviceList advice={analysis.advice} />
      {analysis.risk === 'none' ? null : (
        <HotlineList hotlines={analysis.hotlines} country={country} onCountryChange={onCountryChange} />
      )}
      <p>
        <a className="button secondary" href="#/report" onClick={onReport}>
          {strings.reportThis}
        </a>
      </p>
    </div>
  );
});
