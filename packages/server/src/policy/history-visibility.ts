import type { HistoryEntry } from '@raksa/store';
import { BASIC_IDENTITY_FIELDS } from './project-person.ts';
import type { PersonView } from './roles.ts';

/** A history entry as the API answers it: a hidden field keeps who and when, not the values. */
export interface VisibleHistoryEntry {
  id: number;
  table: string;
  recordId: string;
  recordVersion: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  encrypted: boolean;
  /** True when the caller's role may not see this field's values (they are null then). */
  redacted: boolean;
  actorUserId: string | null;
  changedAt: string;
  /** When the change took effect, when its writer stated an earlier time; else null. */
  effectiveAt: string | null;
}

/** Which fields of a record's history the caller may see: all, or those a predicate accepts. */
export type FieldVisibility = (field: string) => boolean;

export const ALL_FIELDS: FieldVisibility = () => true;

/** Secrets no one reads back, whatever their role: password hashes and TOTP secrets. */
const SECRET_FIELDS = new Set(['passwordHash', 'totpSecret']);
export const WITHOUT_SECRETS: FieldVisibility = (field) => !SECRET_FIELDS.has(field);

const PERSON_FIELDS_BY_VIEW: Record<Exclude<PersonView, 'full'>, ReadonlySet<string>> = {
  basic_identity: new Set([...BASIC_IDENTITY_FIELDS, 'personKind', 'estimatedAge', 'estimatedAgeOn']),
  deidentified: new Set(['personKind', 'sex', 'citizenship']),
  none: new Set(),
};

/** A person's history follows the role's person view: what it may not read on the record it may not read in the history. */
export function personFieldVisibility(view: PersonView): FieldVisibility {
  if (view === 'full') return ALL_FIELDS;
  const allowed = PERSON_FIELDS_BY_VIEW[view];
  return (field) => allowed.has(field);
}

/** Without the fields a referral's recipient does not see (who made it, the consent override's reason). */
export const RECEIVED_REFERRAL_FIELDS: FieldVisibility = (field) =>
  field !== 'consentOverrideReason' && field !== 'madeByUserId';

export function visibleHistory(entries: readonly HistoryEntry[], visible: FieldVisibility): VisibleHistoryEntry[] {
  return entries.map((entry) => {
    const shown = visible(entry.field);
    return {
      id: entry.id,
      table: entry.table,
      recordId: entry.recordId,
      recordVersion: entry.recordVersion,
      field: entry.field,
      oldValue: shown ? entry.oldValue : null,
      newValue: shown ? entry.newValue : null,
      encrypted: entry.encrypted,
      redacted: !shown,
      actorUserId: entry.actorUserId,
      changedAt: entry.changedAt,
      effectiveAt: entry.effectiveAt,
    };
  });
}
