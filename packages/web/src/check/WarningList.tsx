import type { Analysis, WarningCode } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import type { Strings } from '../i18n/strings-en.ts';

type ShownCode = Exclude<WarningCode, 'input_empty' | 'language_hint_ignored'>;
const SHOWN: readonly ShownCode[] = [
  'input_truncated',
  'awareness_context',
  'legitimacy_context',
  'binary_content',
  'invalid_utf16',
];

/** The engine's warnings the reader should know about, in the interface language, each once. */
export function warningTexts(analysis: Analysis, strings: Strings): string[] {
  const codes = new Set(analysis.warnings.map((warning) => warning.code));
  return SHOWN.filter((code) => codes.has(code)).map((code) =>
    format(strings.warnings[code], { count: analysis.analyzedLength.toLocaleString('en-US') }),
  );
}

export function WarningList({ analysis }: { analysis: Analysis }) {
  const { strings } = useI18n();
  const texts = warningTexts(analysis, strings);
  if (texts.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="notice">
      <h3 id="warnings-title">{strings.warnings.heading}</h3>
      <ul>
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
