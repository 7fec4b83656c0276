/**
 * The places of the location tree this page has loaded, by id, so an event's `locationId` can be
 * shown by name (the API gives the tree one level at a time; there is no look-up by id).
 */
import type { Place } from './activity-schemas.ts';

const known = new Map<string, Place>();

export function rememberPlaces(places: readonly Place[]): void {
  for (const place of places) known.set(place.id, place);
}

export function knownPlace(id: string): Place | undefined {
  return known.get(id);
}

/** The place's name in the interface language (its local name in Khmer when it has one), with its parents. */
export function placeName(place: Place, language: string): string {
  const own =
    language === 'km' && place.nameLocal !== null && place.nameLocal !== '' ? place.nameLocal : place.nameLatin;
  const parent = place.parentId === null ? undefined : known.get(place.parentId);
  return parent === undefined ? own : `${own}, ${placeName(parent, language)}`;
}
