import { useCallback, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import { CASE_ACTIVITY_SECTIONS } from '../case-activity/index.ts';
import { StaffApiError, type Province } from '../staff-api.ts';
import type { StaffViewProps } from '../staff-views.tsx';
import { ColleaguesProvider } from '../colleagues-context.tsx';
import { createCaseApi, type CaseRecord } from './case-api.ts';
import { CaseError, asStaffError } from './CaseError.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseSection } from './CaseSection.tsx';
import { ConsentsSection } from './ConsentsSection.tsx';
import { ExploitationProfileSection } from './ExploitationProfileSection.tsx';
import { PersonSection } from './PersonSection.tsx';
import { ScreeningSection } from './ScreeningSection.tsx';
import { useCaseStrings } from './use-case-strings.ts';

/**
 * One case: its header, the victim's person record and consents, screening, the exploitation
 * profile, then the activity sections (case-activity/) the user's permissions allow. Each section
 * loads its own data, except the colleagues' names, which the page reads once for all of them
 * (colleagues-context.tsx); a section the role may not see is not shown at all.
 */
export function CasePage({
  api,
  fetchImpl,
  me,
  caseId,
  section,
}: StaffViewProps & { caseId: string; section: string | null }) {
  const { language } = useI18n();
  const strings = useCaseStrings();
  const caseApi = useMemo(() => createCaseApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [provinces, setProvinces] = useState<Province[]>([]);
  const may = useCallback((action: string) => Object.hasOwn(me.permissions, action), [me.permissions]);

  const reload = useCallback(async (): Promise<CaseRecord | null> => {
    try {
      const found = await caseApi.getCase(caseId);
      setRecord(found);
      setFailure(null);
      return found;
    } catch (error) {
      const failed = asStaffError(error);
      // An address whose id is not a case id (the API refuses it as malformed) names no case.
      setFailure(
        failed.code === 'validation_failed' ? new StaffApiError('not_found', failed.message, failed.status) : failed,
      );
      return null;
    }
  }, [caseApi, caseId]);

  useEffect(() => {
    setRecord(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    let live = true;
    // Names of places make the header readable; without them it shows less, never wrong.
    api.provinces().then(
      (found) => live && setProvinces(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  const activity = CASE_ACTIVITY_SECTIONS.filter((item) => may(item.permission));
  const sections = [
    { id: 'case', title: strings.header.title },
    ...(may('person.read') ? [{ id: 'person', title: strings.person.title }] : []),
    ...(may('consent.read') ? [{ id: 'consents', title: strings.consents.title }] : []),
    ...(may('screening.read') ? [{ id: 'screening', title: strings.screening.title }] : []),
    { id: 'profile', title: strings.profile.title },
    ...activity.map((item) => ({ id: item.id, title: item.title(language) })),
  ];

  // `#/staff/cases/<id>/<section>` brings the section into view and gives its heading the focus.
  useEffect(() => {
    if (section === null || record === null) return;
    const heading = document.getElementById(`case-section-${section}-title`);
    if (heading === null) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [section, record]);

  const base = `#/staff/cases/${encodeURIComponent(caseId)}`;
  return (
    <article aria-labelledby="case-title" className="case-page" data-testid="case-page" data-case-id={caseId}>
      <p>
        <a href="#/staff/cases">{strings.page.backToList}</a>
      </p>
      <h3 id="case-title" className="case-title">
        {record === null ? strings.header.title : format(strings.header.caseNumber, { number: record.caseNumber })}
      </h3>
      {failure === null ? null : <CaseError error={failure} />}
      {record === null && failure === null ? <p className="hint">{strings.page.loading}</p> : null}
      {record === null ? null : (
        // The colleagues' names, read once for every section of the page.
        <ColleaguesProvider load={caseApi.colleagues}>
          <nav aria-label={strings.page.contents} className="case-contents" data-testid="case-contents">
            <p className="hint">{strings.page.contents}</p>
            <ol>
              {sections.map((item) => (
                <li key={item.id}>
                  <a href={`${base}/${item.id}`} aria-current={section === item.id ? 'location' : undefined}>
                    {item.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <CaseSection id="case" title={strings.header.title}>
            <CaseHeader
              caseApi={caseApi}
              record={record}
              onChange={setRecord}
              reload={reload}
              provinces={provinces}
              may={may}
            />
          </CaseSection>
          {may('person.read') ? (
            <CaseSection id="person" title={strings.person.title}>
              <PersonSection caseApi={caseApi} personId={record.victimPersonId} mayEdit={may('person.write')} />
            </CaseSection>
          ) : null}
          {may('consent.read') ? (
            <CaseSection id="consents" title={strings.consents.title}>
              <ConsentsSection caseApi={caseApi} personId={record.victimPersonId} mayRecord={may('consent.record')} />
            </CaseSection>
          ) : null}
          {may('screening.read') ? (
            <CaseSection id="screening" title={strings.screening.title}>
              <ScreeningSection
                caseApi={caseApi}
                caseId={record.id}
                victim={record.victim ?? null}
                maySubmit={may('screening.submit')}
              />
            </CaseSection>
          ) : null}
          <CaseSection id="profile" title={strings.profile.title}>
            <ExploitationProfileSection caseApi={caseApi} caseId={record.id} mayEdit={may('case.update')} />
          </CaseSection>
          {activity.map((item) => (
            <CaseSection key={item.id} id={item.id} title={item.title(language)}>
              {item.render({
                api,
                fetchImpl,
                me,
                caseId: record.id,
                victimPersonId: record.victimPersonId,
                onCaseChanged: () => void reload(),
              })}
            </CaseSection>
          ))}
        </ColleaguesProvider>
      )}
    </article>
  );
}
