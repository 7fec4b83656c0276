import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Place } from './activity-schemas.ts';
import type { CaseActivityApi } from './case-activity-api.ts';
import { knownPlace, placeName, rememberPlaces } from './place-names.ts';
import { useActivityStrings } from './use-activity-strings.ts';

/** The chain of places from the province down to `locationId`, as far as this page knows it. */
function chainTo(locationId: string): string[] {
  const chain: string[] = [];
  let place = locationId === '' ? undefined : knownPlace(locationId);
  while (place !== undefined) {
    chain.unshift(place.id);
    place = place.parentId === null ? undefined : knownPlace(place.parentId);
  }
  return chain;
}

/**
 * Chooses a place of the location tree, one level at a time (province, then district, commune,
 * village where the tree has them). `onChange` gets the deepest place chosen, or ''.
 */
export function PlacePicker(props: {
  api: CaseActivityApi;
  idPrefix: string;
  country: string;
  locationId: string;
  onChange: (locationId: string) => void;
}) {
  const { api, idPrefix, country, locationId, onChange } = props;
  const { language } = useI18n();
  const strings = useActivityStrings().events;
  const [levels, setLevels] = useState<Place[][]>([]);
  const [failed, setFailed] = useState(false);
  const chain = chainTo(locationId);

  // The provinces of the country, then the places under each chosen one.
  const chainKey = chain.join('/');
  useEffect(() => {
    let live = true;
    if (!/^[A-Z]{2}$/u.test(country)) {
      setLevels([]);
      return;
    }
    const parents = chainKey === '' ? [] : chainKey.split('/');
    Promise.all([api.provinces(country), ...parents.map((parent) => api.placesUnder(parent))]).then(
      (found) => {
        if (!live) return;
        found.forEach(rememberPlaces);
        setFailed(false);
        setLevels(found.filter((level) => level.length > 0));
      },
      () => {
        if (!live) return;
        setFailed(true);
        setLevels([]);
      },
    );
    return () => {
      live = false;
    };
  }, [api, country, chainKey]);

  const unresolved = locationId !== '' && chain.length === 0;
  return (
    <>
      {failed ? <p className="hint">{strings.placesUnavailable}</p> : null}
      {levels.map((places, depth) => {
        const parentId = depth === 0 ? null : chain[depth - 1];
        const parent = parentId === null || parentId === undefined ? undefined : knownPlace(parentId);
        const id = `${idPrefix}-place-${depth}`;
        return (
          <div key={parentId ?? 'country'}>
            <label htmlFor={id}>
              {parent === undefined
                ? strings.province
                : format(strings.placeUnder, { parent: placeName(parent, language) })}
            </label>
            <select
              id={id}
              value={chain[depth] ?? ''}
              onChange={(event) => onChange(event.target.value === '' ? (parentId ?? '') : event.target.value)}
            >
              <option value="">{unresolved && depth === 0 ? strings.unresolvedPlace : strings.anyPlace}</option>
              {places.map((place) => (
                <option key={place.id} value={place.id}>
                  {language === 'km' && place.nameLocal !== null && place.nameLocal !== ''
                    ? place.nameLocal
                    : place.nameLatin}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </>
  );
}
