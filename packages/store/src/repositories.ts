import { createAuditRepository } from './audit/audit-log.ts';
import { createHistoryRepository } from './records/record-history.ts';
import { createOrganisationRepository, createTeamRepository } from './identity/organisations.ts';
import { createSessionRepository } from './identity/sessions.ts';
import { createUserRepository } from './identity/users.ts';
import { createReportRepository } from './intake/reports.ts';
import { createAttachmentRepository } from './cases/attachments.ts';
import { createCaseDetailRepositories } from './cases/case-details.ts';
import { createCaseRepository } from './cases/cases.ts';
import { createCaseServiceRepository } from './cases/case-services.ts';
import { createConsentRepository } from './cases/consents.ts';
import { createLocationRepository } from './cases/locations.ts';
import { createPersonRepository } from './cases/persons.ts';
import { createReferralRepository } from './cases/referrals.ts';
import { createCriminalCaseRepository } from './prosecution/criminal-cases.ts';
import { createOffenceRepository } from './prosecution/offences.ts';
import { createCaseExportRepository } from './exports/case-exports.ts';
import { prosecutionStatistics, type StatisticsQuery } from './statistics/prosecution-statistics.ts';
import { withTranslatedErrors } from './db/translate-database-error.ts';
import type { StoreContext } from './records/store-context.ts';

/** Every repository, bound to one executor (the database, or a transaction). */
export function createRepositories(ctx: StoreContext) {
  return withTranslatedErrors({
    audit: createAuditRepository(ctx),
    history: createHistoryRepository(ctx),
    organisations: createOrganisationRepository(ctx),
    teams: createTeamRepository(ctx),
    users: createUserRepository(ctx),
    sessions: createSessionRepository(ctx),
    reports: createReportRepository(ctx),
    locations: createLocationRepository(ctx),
    persons: createPersonRepository(ctx),
    consents: createConsentRepository(ctx),
    cases: createCaseRepository(ctx),
    ...createCaseDetailRepositories(ctx),
    referrals: createReferralRepository(ctx),
    services: createCaseServiceRepository(ctx),
    attachments: createAttachmentRepository(ctx),
    offences: createOffenceRepository(ctx),
    criminalCases: createCriminalCaseRepository(ctx),
    caseExports: createCaseExportRepository(ctx),
    /** The prosecution figures for a period (and province): see statistics/prosecution-statistics.ts. */
    statistics: (query: StatisticsQuery) => prosecutionStatistics(ctx, query),
  });
}

export type Repositories = ReturnType<typeof createRepositories>;
