import type { Analysis } from '@raksa/detect';
import type { UiLanguage } from '../i18n/language.ts';
import type { HotlineCountry } from './countries.ts';

/** The last check: the text exactly as analysed, the analysis, and the options it was made with. */
export interface CompletedCheck {
  text: string;
  analysis: Analysis;
  adviceLanguage: UiLanguage;
  country: HotlineCountry | undefined;
  /** Time the engine itself took, in milliseconds. */
  analyzeMs: number;
}

export const CHECK_STARTED_MARK = 'raksa:check-started';
export const ENGINE_ANSWERED_MARK = 'raksa:engine-answered';
export const RESULT_RENDERED_MARK = 'raksa:result-rendered';
export const RESULT_PAINTED_MARK = 'raksa:result-painted';
export const CHECK_MEASURE = 'raksa:check';
export const CHECK_PAINT_MEASURE = 'raksa:check-to-paint';
