import type { Hotline } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { HOTLINE_COUNTRIES, isHotlineCountry, type HotlineCountry } from './countries.ts';

export interface HotlineListProps {
  hotlines: readonly Hotline[];
  country: HotlineCountry | undefined;
  onCountryChange: (country: HotlineCountry | undefined) => void;
}

export function HotlineList({ hotlines, country, onCountryChange }: HotlineListProps) {
  const { strings } = useI18n();
  return (
    <section aria-labelledby="hotlines-title" className="hotlines">
      <h3 id="hotlines-title">{strings.hotlines.heading}</h3>
      <label htmlFor="hotline-country">{strings.hotlines.countryLabel}</label>
      <select
        id="hotline-country"
        value={country ?? ''}
        onChange={(event) => onCountryChange(isHotlineCountry(event.target.value) ? event.target.value : undefined)}
      >
        <option value="">{strings.hotlines.countryAuto}</option>
        {HOTLINE_COUNTRIES.map((code) => (
          <option key={code} value={code}>
            {strings.countries[code]}
          </option>
        ))}
      </select>
      {hotlines.length === 0 ? (
        <p className="hint">{strings.hotlines.none}</p>
      ) : (
        <ul className="hotline-list">
          {hotlines.map((hotline) => (
            <li key={`${hotline.country}-${hotline.name}`} className="hotline" data-country={hotline.country}>
              <span className="hotline-name">{hotline.name}</span>
              <span className="hotline-where">
                {isHotlineCountry(hotline.country)
                  ? strings.countries[hotline.country]
                  : strings.hotlines.international}
              </span>
              {hotline.number === undefined ? null : (
                <a className="button hotline-call" href={`tel:${hotline.number.replace(/[^\d+]/gu, '')}`}>
                  {format(strings.hotlines.call, { number: hotline.number })}
                </a>
              )}
              {hotline.url === undefined ? null : (
                <a href={hotline.url} rel="noopener noreferrer" target="_blank">
                  {strings.hotlines.website}
                </a>
              )}
              {hotline.hours === undefined ? null : (
                <span className="hint">{format(strings.hotlines.hours, { hours: hotline.hours })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
