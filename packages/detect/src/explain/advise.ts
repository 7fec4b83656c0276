import type { Advice, DetectedLanguage, Harm, HarmFinding, Hotline } from '../types.ts';
import { ADVICE } from './advice-data.ts';
import { HOTLINES } from './hotlines-data.ts';

const LANGUAGE_COUNTRY: Partial<Record<DetectedLanguage, string>> = {
  km: 'KH',
  th: 'TH',
  lo: 'LA',
  my: 'MM',
  vi: 'VN',
  id: 'ID',
  tl: 'PH',
};

/** The hotline directory's code for services that work from anywhere. */
const INTERNATIONAL = 'ZZ';

/** Steps for the reader, one block per reported harm, in the advice language. */
export function adviceFor(findings: readonly HarmFinding[], language: 'en' | 'km'): Advice[] {
  return findings.map((finding) => ({ harm: finding.type, steps: [...ADVICE[finding.type][language]] }));
}

/**
 * Hotlines for the reader's country (given, or guessed from the text's language) that handle the
 * reported harms, followed by international services for those harms.
 */
export function hotlinesFor(harms: readonly Harm[], language: DetectedLanguage, country?: string): Hotline[] {
  if (harms.length === 0) return [];
  const home = (country ?? LANGUAGE_COUNTRY[language] ?? '').toUpperCase();
  const handles = (hotline: Hotline): boolean =>
    hotline.harms === 'all' || hotline.harms.some((harm) => harms.includes(harm));
  const national = HOTLINES.filter((hotline) => hotline.country === home && handles(hotline));
  const international = HOTLINES.filter((hotline) => hotline.country === INTERNATIONAL && handles(hotline));
  return [...national, ...international];
}
