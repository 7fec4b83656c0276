import type { Me } from '../staff-api.ts';
import type { CriminalCaseDetail, PersonSummary, ProsecutionApi } from './prosecution-api.ts';

/** What every section of a criminal case's page gets. */
export interface CaseSectionProps {
  prosecution: ProsecutionApi;
  detail: CriminalCaseDetail;
  me: Me;
  canWrite: boolean;
  /** What the API gave of each party (null: it gave nothing to this role). */
  persons: ReadonlyMap<string, PersonSummary | null>;
  /** Reloads the case, its history and its parties' names after a change (or a refused stale change). */
  reload: () => Promise<void>;
}
