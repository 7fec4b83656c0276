/**
 * Every English string of the case CSV export (CaseExportPanel.tsx). `export-strings-km.ts` must
 * have the same keys (type-checked). They load with the case list.
 */
export const caseExportEn = {
  open: 'Export cases (CSV)…',
  title: 'Export cases as a CSV file',
  intro:
    'A spreadsheet file of the cases: number, trafficking status, stage, risk, province, dates opened and closed, and the victim’s name (hidden for children), sex and age band.',
  scope: {
    own: 'It holds your own cases.',
    team: 'It holds your team’s cases.',
    organisation: 'It holds your organisation’s cases.',
    all: 'It holds every case.',
  },
  which: 'Which cases',
  all: 'Open and closed',
  openOnly: 'Open cases',
  closedOnly: 'Closed cases',
  province: 'Province',
  anyProvince: 'Every province',
  consentRule:
    'Victims who have not given the consent “Counting in reports without identifying the person” (or whose consent was withdrawn) are left out of the file.',
  includeWithoutConsent: 'Include victims without consent to reporting',
  includeExplain:
    'Only when there is a serious reason, for example a court order or a child’s safety. The export is then recorded in the audit log as made without consent, with your name and the time.',
  reason: 'Why must these victims be included? (at least 10 characters)',
  reasonLength: '{count} characters',
  keepSafe:
    'The file holds victims’ names. Keep it on a protected device, share it only with people who need it, and delete it when it is no longer needed.',
  download: 'Download the CSV',
  downloadWithoutConsent: 'Download, including victims without consent',
  downloading: 'Preparing the file…',
  close: 'Close',
  doneOne: 'Downloaded {file}: 1 case.',
  doneMany: 'Downloaded {file}: {rows} cases.',
  omittedNone: 'No victim was left out for lack of consent.',
  omittedOne: '1 victim was left out because they have not consented to reporting.',
  omittedMany: '{count} victims were left out because they have not consented to reporting.',
  overrideUsed: 'Victims without consent are included: the audit log records this export as made without consent.',
  nothingSent: 'Nothing was sent:',
  problems: {
    reason_too_short: 'Give the reason in at least 10 characters.',
    reason_too_long: 'The reason may be at most 2000 characters.',
  },
  errors: {
    forbidden: 'Your role may not export cases (or no longer may). Ask an administrator if you need to.',
    validation_failed:
      'The server refused the export: the reason must have 10 to 2000 characters, and the province must be one of the list. Check the form and try again.',
    unexpected_response: 'The server’s answer was not the expected CSV file, so nothing was saved. Please try again.',
  },
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type CaseExportStrings = Widen<typeof caseExportEn>;
