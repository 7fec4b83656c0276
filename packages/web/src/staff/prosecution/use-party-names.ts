import { personName } from './prosecution-labels.ts';
import type { PersonSummary } from './prosecution-api.ts';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** A party's name as the API gave it, or a plain sentence saying why there is none. */
export function usePartyName(persons: ReadonlyMap<string, PersonSummary | null>): (personId: string) => string {
  const strings = useProsecutionStrings().parties;
  return (personId) => {
    const person = persons.get(personId);
    if (person === undefined || person === null) return strings.nameNotShown;
    return personName(person) ?? (person.hiddenName === true ? strings.nameHidden : strings.nameNotShown);
  };
}
