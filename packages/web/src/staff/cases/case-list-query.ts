/** The case list's filters and the API query they make. */
import type { CaseListQuery } from './case-api.ts';

export const CASES_PER_PAGE = 25;

export interface CaseFilters {
  open: '' | 'true' | 'false';
  traffickingStatus: string;
  riskLevel: string;
  province: string;
}

export const NO_FILTERS: CaseFilters = { open: '', traffickingStatus: '', riskLevel: '', province: '' };

/** The list query of a filter form and a page offset (only the filters set are sent). */
export function listQueryOf(filters: CaseFilters, offset: number): CaseListQuery {
  return {
    ...(filters.open === '' ? {} : { open: filters.open === 'true' }),
    ...(filters.traffickingStatus === ''
      ? {}
      : { traffickingStatus: filters.traffickingStatus as NonNullable<CaseListQuery['traffickingStatus']> }),
    ...(filters.riskLevel === '' ? {} : { riskLevel: filters.riskLevel as NonNullable<CaseListQuery['riskLevel']> }),
    ...(filters.province === '' ? {} : { province: filters.province }),
    limit: CASES_PER_PAGE,
    offset,
  };
}
