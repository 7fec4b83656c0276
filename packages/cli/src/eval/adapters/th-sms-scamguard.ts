import type { Harm } from '@raksa/detect';
import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import {
  DatasetError,
  datasetPath,
  decode,
  dedupe,
  lookUpLabel,
  makeRow,
  parseCsvWithHeader,
  readBytes,
  requireText,
  SCAM_ACCEPT,
} from './common.ts';

const NAME = 'th-sms-scamguard';
const FILE = 'SMS_Dataset_cp874.csv';

const LABELS: Readonly<Record<string, { group: string; labels: readonly Harm[] }>> = {
  '0': { group: 'non-scam', labels: [] },
  '1': { group: 'scam', labels: ['scam'] },
};

const THAI = /[\u0E00-\u0E7F]/u;

/** The file is Windows-874; a UTF-8 copy with Thai text would decode to mojibake silently, so refuse it. */
function decodeThai(file: string, bytes: Uint8Array): string {
  let asUtf8: string | undefined;
  try {
    asUtf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    asUtf8 = undefined;
  }
  if (asUtf8 !== undefined && THAI.test(asUtf8))
    throw new DatasetError(NAME, file, 'the file is UTF-8, expected Windows-874 (cp874)');
  return decode(NAME, file, bytes, 'windows-874');
}

export const thSmsScamguard: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'ThaiSMS-ScamGuard (2024 student project, Thai, Windows-874; no licence stated, internal evaluation only). Label 1 "scam" (loan offers, gambling ' +
    'and slot sites, work-from-home income lures, fake prizes, premium-rate USSD subscriptions) → labels [scam], accepted when the engine reports scam, ' +
    'recruitment_fraud or predatory_loan; group "scam". Label 0 → negative, group "non-scam". The labels are noisy: premium-rate horoscope ' +
    'subscriptions and some brand-like coupons are labelled scam, and the non-scam rows are almost all operator, retail and bank marketing, so the ' +
    'false-positive rate here is on marketing SMS, not on personal chat. Every row is tagged th (one row is English-only).',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const file = datasetPath(sharedEvalDir, NAME, FILE);
    const records = parseCsvWithHeader(NAME, file, decodeThai(file, await readBytes(NAME, file)), [
      'text',
      'label',
    ] as const);
    const rows = records.map(({ row, values }) => {
      const mapping = lookUpLabel(NAME, file, row, LABELS, values.label);
      return makeRow(
        `${NAME}-${row}`,
        requireText(NAME, file, row, values.text),
        'th',
        mapping.group,
        mapping.labels,
        SCAM_ACCEPT,
      );
    });
    return dedupe(rows, (row) => row.text);
  },
};
