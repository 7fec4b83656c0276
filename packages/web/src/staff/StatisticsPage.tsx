import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { BarChart } from './BarChart.tsx';
import { StaffError } from './StaffError.tsx';
import { StaffApiError, type Province, type StaffApi, type Statistics } from './staff-api.ts';
import { toCsv } from './statistics-csv.ts';
import { figureGroups, figureRows } from './statistics-figures.ts';
import { useStaffStrings } from './use-staff-strings.ts';

function asStaffError(error: unknown): StaffApiError {
  return error instanceof StaffApiError ? error : new StaffApiError('unexpected', String(error), 0);
}

function thisYear(): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

function saveCsv(text: string, fileName: string): void {
  // The BOM lets spreadsheet programs read the Khmer labels as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Prosecution statistics for a period and a province (`GET /api/statistics`): the numbers in
 * tables, each group also as a bar chart, and the CSV of exactly what is shown, built here.
 * This page and chart.js load only when a user whose role reads statistics opens it.
 */
export function StatisticsPage({ api }: { api: StaffApi }) {
  const { language } = useI18n();
  const staff = useStaffStrings();
  const strings = staff.statistics;
  const [period, setPeriod] = useState(thisYear);
  const [province, setProvince] = useState('');
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [figures, setFigures] = useState<Statistics | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.provinces().then(
      (found) => live && setProvinces(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const load = async (): Promise<void> => {
    setFailure(null);
    if (period.from > period.to) {
      setFailure(new StaffApiError('period_invalid', 'The period ends before it starts.', 0));
      return;
    }
    setBusy(true);
    try {
      setFigures(await api.statistics({ ...period, province }));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    // The first figures load once, for the default period; later ones on request.
    void load();
  }, []);

  const provinceName = (code: string | null): string => {
    if (code === null) return strings.allProvinces;
    const found = provinces.find((item) => item.code === code);
    if (found === undefined) return code;
    return language === 'km' && found.nameLocal !== null ? found.nameLocal : found.nameLatin;
  };

  const groups = useMemo(() => (figures === null ? [] : figureGroups(figures, strings)), [figures, strings]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void load();
  };

  const download = (): void => {
    if (figures === null) return;
    const name = provinceName(figures.provinceCode);
    const suffix = figures.provinceCode === null ? '' : `-${figures.provinceCode}`;
    saveCsv(
      toCsv(figureRows(figures, name, strings)),
      `raksa-statistics-${figures.period.from}-${figures.period.to}${suffix}.csv`,
    );
  };

  return (
    <section aria-labelledby="statistics-title" data-testid="statistics">
      <h3 id="statistics-title">{strings.title}</h3>
      <p className="hint">{strings.intro}</p>
      <form onSubmit={submit} className="statistics-filter" data-testid="statistics-filter">
        <label htmlFor="statistics-from">{strings.from}</label>
        <input
          id="statistics-from"
          type="date"
          required
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
        />
        <label htmlFor="statistics-to">{strings.to}</label>
        <input
          id="statistics-to"
          type="date"
          required
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
        />
        <label htmlFor="statistics-province">{strings.province}</label>
        <select id="statistics-province" value={province} onChange={(event) => setProvince(event.target.value)}>
          <option value="">{strings.allProvinces}</option>
          {provinces.map((item) => (
            <option key={item.code} value={item.code}>
              {language === 'km' && item.nameLocal !== null ? item.nameLocal : item.nameLatin}
            </option>
          ))}
        </select>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {strings.show}
          </button>
        </div>
      </form>
      {failure === null ? null : <StaffError error={failure} />}
      {figures === null ? null : (
        <div
          data-testid="statistics-figures"
          data-period={`${figures.period.from}/${figures.period.to}`}
          data-province={figures.provinceCode ?? ''}
        >
          <p>
            <strong>{strings.casesProsecuted}:</strong>{' '}
            <span data-testid="cases-prosecuted">{figures.casesProsecuted}</span> ·{' '}
            {format('{from} – {to}', { from: figures.period.from, to: figures.period.to })} ·{' '}
            {provinceName(figures.provinceCode)}
          </p>
          <div className="actions">
            <button type="button" className="button secondary" onClick={download}>
              {strings.download}
            </button>
          </div>
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={`figures-${group.id}`} data-testid={`figures-${group.id}`}>
              <h4 id={`figures-${group.id}`}>{group.title}</h4>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{strings.figure}</th>
                    <th scope="col">{strings.count}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.key} data-figure={row.key}>
                      <th scope="row">{row.label}</th>
                      <td>{row.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BarChart
                bars={group.rows}
                description={format(strings.chartOf, { title: group.title })}
                testId={`chart-${group.id}`}
              />
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
