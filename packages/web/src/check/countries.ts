/** Countries the engine has hotlines for, and the reader's likely country from the browser's languages. */
export const HOTLINE_COUNTRIES = ['KH', 'TH', 'VN', 'LA', 'MM', 'MY', 'ID', 'PH', 'CN', 'US'] as const;
export type HotlineCountry = (typeof HOTLINE_COUNTRIES)[number];

const LANGUAGE_COUNTRY: Record<string, HotlineCountry> = {
  km: 'KH',
  th: 'TH',
  vi: 'VN',
  lo: 'LA',
  my: 'MM',
  ms: 'MY',
  id: 'ID',
  tl: 'PH',
  fil: 'PH',
  zh: 'CN',
};

export function isHotlineCountry(value: unknown): value is HotlineCountry {
  return typeof value === 'string' && (HOTLINE_COUNTRIES as readonly string[]).includes(value);
}

/**
 * The first of the browser's language tags that names a country we have hotlines for
 * (`km-KH`, `en-TH`), or whose language belongs to one (`km` → KH). English without a region
 * says nothing about where the reader is: undefined, and the engine guesses from the text.
 */
export function countryFromLanguages(preferred: readonly string[]): HotlineCountry | undefined {
  for (const tag of preferred) {
    const [language = '', ...rest] = tag.split('-');
    const region = rest.find((part) => /^[A-Za-z]{2}$/u.test(part))?.toUpperCase();
    if (isHotlineCountry(region)) return region;
    const fromLanguage = LANGUAGE_COUNTRY[language.toLowerCase()];
    if (fromLanguage !== undefined) return fromLanguage;
  }
  return undefined;
}
