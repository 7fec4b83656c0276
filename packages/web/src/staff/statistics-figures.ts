import type { Statistics } from './staff-api.ts';
import type { StaffStrings } from './staff-strings-en.ts';

export interface FigureGroup {
  readonly id: 'suspects' | 'victims-sex' | 'victims-age' | 'offences';
  readonly title: string;
  readonly rows: ReadonlyArray<{ readonly key: string; readonly label: string; readonly value: number }>;
}

/** The figures of a statistics answer, grouped and labelled as the page and its CSV show them. */
export function figureGroups(figures: Statistics, strings: StaffStrings['statistics']): FigureGroup[] {
  const offenceLabels: Record<string, string> = strings.offences;
  return [
    {
      id: 'suspects',
      title: strings.suspectsHeading,
      rows: (['total', 'nationals', 'foreigners', 'citizenshipUnknown'] as const).map((key) => ({
        key,
        label: strings.suspects[key],
        value: figures.suspects[key],
      })),
    },
    {
      id: 'victims-sex',
      title: strings.victimsSexHeading,
      rows: (['female', 'male', 'sexUnknown'] as const).map((key) => ({
        key,
        label: strings.victimsSex[key],
        value: figures.victims[key],
      })),
    },
    {
      id: 'victims-age',
      title: strings.victimsAgeHeading,
      rows: (['minorsUnder15', 'aged15To17', 'adults', 'ageUnknown'] as const).map((key) => ({
        key,
        label: strings.victimsAge[key],
        value: figures.victims[key],
      })),
    },
    {
      id: 'offences',
      title: strings.offencesHeading,
      rows: Object.entries(figures.offences).map(([key, value]) => ({
        key,
        label: Object.hasOwn(offenceLabels, key) ? (offenceLabels[key] ?? key) : key,
        value,
      })),
    },
  ];
}

/** The CSV rows of what the page shows: the period and province, then one row per figure. */
export function figureRows(
  figures: Statistics,
  provinceName: string,
  strings: StaffStrings['statistics'],
): Array<Array<string | number>> {
  return [
    [strings.csvPeriod, `${figures.period.from} – ${figures.period.to}`],
    [strings.csvProvince, provinceName],
    [strings.figure, strings.count],
    [strings.casesProsecuted, figures.casesProsecuted],
    ...figureGroups(figures, strings).flatMap((group) =>
      group.rows.map((row) => [`${group.title}: ${row.label}`, row.value]),
    ),
  ];
}
