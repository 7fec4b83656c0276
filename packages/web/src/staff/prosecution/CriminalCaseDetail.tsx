import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Me, Province, StaffApiError } from '../staff-api.ts';
import { CaseHistory } from './CaseHistory.tsx';
import type { CaseSectionProps } from './case-context.ts';
import { OffencesSection } from './OffencesSection.tsx';
import { OutcomesSection } from './OutcomesSection.tsx';
import { PartiesSection } from './PartiesSection.tsx';
import { asStaffError } from './prosecution-errors.ts';
import type { CriminalCaseDetail as Detail, HistoryEntry, PersonSummary, ProsecutionApi } from './prosecution-api.ts';
import { caseReference, dateText } from './prosecution-labels.ts';
import { ProsecutionError } from './ProsecutionError.tsx';
import { provinceName } from './province-names.ts';
import { StagesSection } from './StagesSection.tsx';
import { useProsecutionStrings } from './use-prosecution-strings.ts';

/** One criminal case: its facts, parties, charged offences, proceeding, outcomes and history. */
export function CriminalCaseDetail({
  id,
  prosecution,
  provinces,
  me,
  canWrite,
}: {
  id: string;
  prosecution: ProsecutionApi;
  provinces: readonly Province[];
  me: Me;
  canWrite: boolean;
}) {
  const { language } = useI18n();
  const strings = useProsecutionStrings();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [historyFailure, setHistoryFailure] = useState<StaffApiError | null>(null);
  const [persons, setPersons] = useState<ReadonlyMap<string, PersonSummary | null>>(new Map());
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const known = useRef(new Map<string, PersonSummary | null>());
  const readsPersons = Object.hasOwn(me.permissions, 'person.read');

  const loadNames = useCallback(
    async (found: Detail) => {
      const missing = [...new Set(found.parties.map((party) => party.personId))].filter(
        (personId) => !known.current.has(personId),
      );
      if (missing.length === 0) return;
      // A role without person.read (or a person outside its scope) gets no name: the page says so.
      const answers = await Promise.all(
        missing.map(async (personId) => {
          if (!readsPersons) return [personId, null] as const;
          try {
            return [personId, await prosecution.person(personId)] as const;
          } catch {
            return [personId, null] as const;
          }
        }),
      );
      for (const [personId, person] of answers) known.current.set(personId, person);
      setPersons(new Map(known.current));
    },
    [prosecution, readsPersons],
  );

  const reload = useCallback(async () => {
    const [found, changes] = await Promise.allSettled([prosecution.criminalCase(id), prosecution.history(id)]);
    if (found.status === 'rejected') {
      setFailure(asStaffError(found.reason));
      return;
    }
    setFailure(null);
    setDetail(found.value);
    if (changes.status === 'fulfilled') {
      setHistory(changes.value);
      setHistoryFailure(null);
    } else {
      setHistoryFailure(asStaffError(changes.reason));
    }
    await loadNames(found.value);
  }, [id, prosecution, loadNames]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const back = (
    <p>
      <a href="#/staff/criminal-cases">← {strings.detail.back}</a>
    </p>
  );
  if (detail === null) {
    return (
      <section aria-labelledby="criminal-case-title" data-testid="criminal-case-detail">
        {back}
        <h3 id="criminal-case-title">{strings.title}</h3>
        {failure === null ? (
          <p className="hint">{strings.loading}</p>
        ) : (
          <ProsecutionError error={failure} context={{ action: 'other' }} />
        )}
      </section>
    );
  }

  const sectionProps: CaseSectionProps = { prosecution, detail, me, canWrite, persons, reload };
  const province = provinceName(detail.provinceCode, provinces, language);
  return (
    <section
      aria-labelledby="criminal-case-title"
      data-testid="criminal-case-detail"
      data-version={detail.version}
      data-stage={detail.currentStage ?? ''}
    >
      {back}
      <h3 id="criminal-case-title">
        <bdi>{format(strings.detail.heading, { reference: caseReference(detail, strings) })}</bdi>
      </h3>
      <ul className="criminal-case-header" data-testid="criminal-case-facts">
        {detail.unit === null ? null : <li>{format(strings.detail.unit, { unit: detail.unit })}</li>}
        {province === null ? null : <li>{format(strings.detail.province, { province })}</li>}
        {detail.offenceDate === null || detail.offenceDate === undefined ? null : (
          <li>{format(strings.detail.offenceDate, { date: dateText(detail.offenceDate, language) })}</li>
        )}
        <li data-testid="criminal-case-current-stage">
          {format(strings.detail.stage, {
            stage: detail.currentStage === null ? strings.cases.noStage : strings.stages.names[detail.currentStage],
          })}
        </li>
        <li>{format(strings.detail.opened, { date: dateText(detail.createdAt, language) })}</li>
      </ul>
      {failure === null ? null : <ProsecutionError error={failure} context={{ action: 'other' }} />}
      <PartiesSection {...sectionProps} />
      <OffencesSection {...sectionProps} />
      <StagesSection {...sectionProps} />
      <OutcomesSection {...sectionProps} />
      <CaseHistory
        entries={history}
        failure={historyFailure}
        detail={detail}
        me={me}
        persons={persons}
        provinces={provinces}
      />
    </section>
  );
}
