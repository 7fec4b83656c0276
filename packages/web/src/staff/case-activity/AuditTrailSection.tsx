import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { ActivityError } from './ActivityError.tsx';
import type { AuditTrailEntry } from './activity-schemas.ts';
import { describeAudit, describeOutcome } from './audit-describe.ts';
import { createCaseActivityApi } from './case-activity-api.ts';
import type { CaseSectionProps } from './index.ts';
import { formatTime, namesFrom } from './people.ts';
import { useColleagues } from '../colleagues-context.tsx';
import { useActivityStrings } from './use-activity-strings.ts';
import { useLoaded } from './use-loaded.ts';
import './case-activity.css';

export const TRAIL_PAGE_SIZE = 25;
/** The API pages the trail at most this deep (audit-trail-routes.ts). */
export const TRAIL_DEPTH = 500;

/** Who saw or changed the case and its victim's record, when, from where and how it ended; newest first, paged. */
export function AuditTrailSection({ fetchImpl, me, caseId }: CaseSectionProps) {
  const { language } = useI18n();
  const all = useActivityStrings();
  const strings = all.audit;
  const api = useMemo(() => createCaseActivityApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const [offset, setOffset] = useState(0);
  const trail = useLoaded(() => api.auditTrail(caseId, { limit: TRAIL_PAGE_SIZE, offset }), `${caseId}/${offset}`);
  const colleagues = useColleagues();
  const nameOf = namesFrom(colleagues.value, all);
  const roles: Record<string, string> = strings.roles;
  const items = trail.value?.items;
  const hasOlder = items !== undefined && items.length === TRAIL_PAGE_SIZE && offset + TRAIL_PAGE_SIZE < TRAIL_DEPTH;

  const who = (entry: AuditTrailEntry) => {
    const roleNames = entry.actorRoles.map((role) => (Object.hasOwn(roles, role) ? roles[role] : role));
    return roleNames.length === 0
      ? nameOf(entry.actorUserId)
      : `${nameOf(entry.actorUserId)} (${roleNames.join(', ')})`;
  };

  return (
    <div className="case-activity" data-testid="case-audit-trail">
      <p className="hint">{strings.intro}</p>
      {trail.failure === null ? null : <ActivityError error={trail.failure} />}
      {items === undefined && trail.failure === null ? <p className="hint">{all.loading}</p> : null}
      {items !== undefined && items.length === 0 && offset === 0 ? <p>{strings.empty}</p> : null}
      {items === undefined || items.length === 0 ? null : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={strings.title}>
          <table className="audit-table">
            <caption className="visually-hidden">
              {format(strings.page, { from: offset + 1, to: offset + items.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.who}</th>
                <th scope="col">{strings.what}</th>
                <th scope="col">{strings.outcome}</th>
                <th scope="col">{strings.from}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr
                  key={entry.id}
                  data-testid="audit-entry"
                  data-route={entry.route ?? ''}
                  data-outcome={entry.outcome}
                >
                  <td>{formatTime(entry.occurredAt, language)}</td>
                  <td>{who(entry)}</td>
                  <td>
                    {describeAudit(entry, strings)}
                    {' · '}
                    <span className="hint">{entry.subject === 'victim' ? strings.onVictim : strings.onCase}</span>
                  </td>
                  <td className={entry.outcome === 'success' ? undefined : 'denied'}>
                    {describeOutcome(entry, strings)}
                  </td>
                  <td>{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items === undefined ? null : (
        <>
          <p className="hint">
            {items.length === 0 ? '' : format(strings.page, { from: offset + 1, to: offset + items.length })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                if (offset === 0) trail.reload();
                else setOffset(0);
              }}
            >
              {strings.refresh}
            </button>
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - TRAIL_PAGE_SIZE))}
            >
              {strings.newer}
            </button>
            <button
              type="button"
              className="button"
              disabled={!hasOlder}
              onClick={() => setOffset(offset + TRAIL_PAGE_SIZE)}
            >
              {strings.older}
            </button>
          </div>
          {offset + TRAIL_PAGE_SIZE >= TRAIL_DEPTH ? <p className="hint">{strings.depthLimit}</p> : null}
        </>
      )}
    </div>
  );
}
