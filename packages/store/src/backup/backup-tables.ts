/**
 * The tables a backup holds, in an order that satisfies foreign keys on restore, with the columns
 * that give a stable row order. schema_migrations is not copied: the header carries the version.
 */
export interface BackupTable {
  readonly name: string;
  /** SQL ORDER BY list (column names only, or a fixed expression for the location tree). */
  readonly orderBy: string;
  /** Columns written in a second pass, after every table, because they point forward. */
  readonly deferredColumns?: readonly string[];
  /** Serial columns whose sequence is moved past the restored values. */
  readonly serialColumns?: readonly string[];
}

export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'store_meta', orderBy: 'key' },
  { name: 'organisations', orderBy: 'id' },
  { name: 'teams', orderBy: 'id' },
  { name: 'users', orderBy: 'id' },
  { name: 'sessions', orderBy: 'token_hash' },
  {
    name: 'locations',
    orderBy: "array_position(ARRAY['country','province','district','commune','village'], level), id",
  },
  { name: 'reports', orderBy: 'id', deferredColumns: ['linked_case_id'] },
  { name: 'persons', orderBy: 'id' },
  { name: 'cases', orderBy: 'id', serialColumns: ['case_number'] },
  { name: 'consents', orderBy: 'id' },
  { name: 'exploitation_profiles', orderBy: 'id' },
  { name: 'trafficking_events', orderBy: 'id' },
  { name: 'screenings', orderBy: 'id' },
  { name: 'referrals', orderBy: 'id' },
  { name: 'case_services', orderBy: 'id' },
  { name: 'notes', orderBy: 'id' },
  { name: 'tasks', orderBy: 'id' },
  { name: 'attachments', orderBy: 'id' },
  { name: 'offence_catalogue', orderBy: 'id' },
  { name: 'criminal_cases', orderBy: 'id' },
  { name: 'criminal_case_parties', orderBy: 'criminal_case_id, person_id, role' },
  { name: 'criminal_case_offences', orderBy: 'id' },
  { name: 'proceeding_stages', orderBy: 'id' },
  { name: 'suspect_outcomes', orderBy: 'id' },
  { name: 'case_exports', orderBy: 'id' },
  { name: 'entity_index', orderBy: 'owner_table, owner_id, entity_type, blind_index' },
  { name: 'audit_log', orderBy: 'id', serialColumns: ['id'] },
  { name: 'record_history', orderBy: 'id', serialColumns: ['id'] },
];

/** Tables whose rows mean the database holds someone's work (the seed tables do not count). */
export const USER_DATA_TABLES = [
  'organisations',
  'users',
  'reports',
  'persons',
  'cases',
  'criminal_cases',
  'audit_log',
];
