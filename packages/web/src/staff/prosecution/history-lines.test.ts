import { describe, expect, it } from 'vitest';
import { historyLines, type HistoryNames } from './history-lines.ts';
import type { HistoryEntry } from './prosecution-api.ts';
import { prosecutionEn } from './prosecution-strings-en.ts';

const names: HistoryNames = {
  strings: prosecutionEn,
  language: 'en',
  provinces: [{ code: '12', nameLatin: 'Phnom Penh', nameLocal: 'ភ្នំពេញ' }],
  outcomes: [
    {
      id: 'o1',
      version: 2,
      personId: 'p1',
      outcome: 'convicted',
      decidedOn: '2026-10-01',
      sentenceMonths: 72,
      fineAmount: null,
      compensationAmount: null,
      currency: 'KHR',
    },
  ],
  nameOf: (personId) => (personId === 'p1' ? 'Fictional Suspect' : 'someone'),
  myUserId: 'me',
};

const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  table: 'criminal_cases',
  recordId: 'c1',
  field: 'unit',
  oldValue: null,
  newValue: null,
  redacted: false,
  actorUserId: 'me',
  changedAt: '2026-11-20T10:00:00.000Z',
  ...fields,
});

describe(historyLines.name, () => {
  it('names the fields, stages, provinces and suspects, and who made the change', () => {
    const lines = historyLines(
      [
        entry({ id: 1, field: 'provinceCode', newValue: '12' }),
        entry({ id: 2, field: 'organisationId', newValue: 'org-uuid' }),
        entry({ id: 3, field: 'currentStage', oldValue: 'arrest', newValue: 'charge', actorUserId: 'other' }),
        entry({
          id: 4,
          table: 'suspect_outcomes',
          recordId: 'o1',
          field: 'sentenceMonths',
          oldValue: 60,
          newValue: 72,
        }),
        entry({
          id: 5,
          table: 'suspect_outcomes',
          recordId: 'o1',
          field: 'personId',
          newValue: 'p1',
          actorUserId: null,
        }),
        entry({ id: 6, field: 'summary', redacted: true, oldValue: null, newValue: null }),
      ],
      names,
    );
    expect(lines.map((line) => [line.subject, line.text, line.by])).toEqual([
      [null, 'Province: Phnom Penh', 'by you'],
      [null, 'Current stage: Arrest → Charge', 'by another user'],
      ['Outcome (Fictional Suspect)', 'Sentence (months): 60 → 72', 'by you'],
      ['Outcome (Fictional Suspect)', 'Suspect: Fictional Suspect', 'by the system'],
      [null, 'Summary: hidden from your role', 'by you'],
    ]);
  });

  it('keeps a field it does not know under its own name', () => {
    expect(historyLines([entry({ field: 'newField', oldValue: 'a', newValue: { b: 1 } })], names)[0]?.text).toBe(
      'newField: a → {"b":1}',
    );
  });
});
