/** Advice and hotlines for a conversation's harms (runs in the worker, next to the engine's directories). */
import { adviceFor, hotlinesFor, type Harm, type Hotline } from '@raksa/detect';
import type { ReportLanguage } from './local-format.ts';

export interface HelpForHarms {
  /** The engine's advice steps for the harms, deduplicated, in the harms' order. */
  advice: string[];
  /** Services of the reader's country that handle the harms, then international ones. */
  hotlines: Hotline[];
}

/** Advice and hotlines for a conversation's harms, for a reader in `country` (ISO alpha-2, optional). */
export function helpForHarms(harms: readonly Harm[], language: ReportLanguage, country?: string): HelpForHarms {
  if (harms.length === 0) return { advice: [], hotlines: [] };
  const advice: string[] = [];
  for (const { steps } of adviceFor(
    harms.map((type) => ({ type, score: 1, indicators: [] })),
    language,
  )) {
    for (const step of steps) if (!advice.includes(step)) advice.push(step);
  }
  const home = country?.toUpperCase();
  // Without a country, only the services that work from anywhere: a guess from the language
  // could send a Khmer speaker in Thailand to the wrong police.
  const hotlines = hotlinesFor(harms, 'und', home !== undefined && /^[A-Z]{2}$/u.test(home) ? home : undefined);
  const seen = new Set<string>();
  return {
    advice,
    hotlines: hotlines.filter((hotline) => {
      const key = `${hotline.country}|${hotline.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}
