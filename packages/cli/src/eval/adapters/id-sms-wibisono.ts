import type { Harm } from '@raksa/detect';
import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import {
  datasetPath,
  dedupe,
  lookUpLabel,
  makeRow,
  parseCsvWithHeader,
  readText,
  requireText,
  SCAM_ACCEPT,
} from './common.ts';

const NAME = 'id-sms-wibisono';
const FILE = 'dataset_sms_spam_v1.csv';

const LABELS: Readonly<Record<string, { group: string; labels: readonly Harm[] }>> = {
  '0': { group: 'normal', labels: [] },
  '1': { group: 'fraud', labels: ['scam'] },
  '2': { group: 'promo', labels: [] },
};

export const idSmsWibisono: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'Indonesian SMS spam/fraud v1.0 (Rahmi & Wibisono, 2015–2016 SMS, CC BY-SA 4.0). Label 1 "penipuan" (fraud: mama-minta-pulsa impersonation, ' +
    'transfer requests, prize scams, fake operator notices, credit offers) → labels [scam], accepted when the engine reports scam, recruitment_fraud ' +
    'or predatory_loan; group "fraud". Label 2 "promo" (operator and shop adverts) and label 0 "normal" (personal SMS) are negatives, groups "promo" ' +
    'and "normal"; the false-positive rate that matters most is on "normal". Expect label noise between fraud and promo (some grey-market sales ads ' +
    'are labelled fraud). The one exact duplicate text is dropped.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const file = datasetPath(sharedEvalDir, NAME, FILE);
    const records = parseCsvWithHeader(NAME, file, await readText(NAME, file), ['Teks', 'label'] as const);
    const rows = records.map(({ row, values }) => {
      const mapping = lookUpLabel(NAME, file, row, LABELS, values.label);
      return makeRow(
        `${NAME}-${row}`,
        requireText(NAME, file, row, values.Teks),
        'id',
        mapping.group,
        mapping.labels,
        SCAM_ACCEPT,
      );
    });
    return dedupe(rows, (row) => row.text);
  },
};
