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
import { normaliseForUciMatch, readUciMessages } from './uci-sms-spam.ts';

const NAME = 'mendeley-smishing';
const FILE = 'Mendeley_Dataset_5971.csv';

interface LabelMapping {
  group: string;
  labels: readonly Harm[];
}

const SMISHING: LabelMapping = { group: 'smishing', labels: ['scam'] };
const LABELS: Readonly<Record<string, LabelMapping>> = {
  ham: { group: 'ham', labels: [] },
  spam: { group: 'spam', labels: [] },
  smishing: SMISHING,
};

export const mendeleySmishing: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'SMS Phishing Dataset (Mishra & Soni, Mendeley 2022, English). Labels are case-folded. "smishing" → labels [scam], accepted when the engine reports ' +
    'scam, recruitment_fraud or predatory_loan; "spam" (promotions, not a Raksa harm) and "ham" are negatives. Most rows are copies of UCI SMS Spam ' +
    'messages (matched as PROVENANCE does: lowercased, whitespace collapsed, trimmed), and some old UCI premium-rate spam is relabelled smishing, so copies ' +
    'get the group suffix "-uci-copy" (smishing-uci-copy, spam-uci-copy, ham-uci-copy). The quality target is recall on the "smishing" group (not UCI ' +
    'copies; many are still UK prize spam, some may be near-copies); the false-positive rate on "ham" is the fresh-negative figure. Exact duplicate texts ' +
    'are dropped keeping the first (22 rows, two of which repeat a smishing text as spam). Loading needs ../uci-sms-spam beside it.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const file = datasetPath(sharedEvalDir, NAME, FILE);
    const records = parseCsvWithHeader(NAME, file, await readText(NAME, file), ['LABEL', 'TEXT'] as const);
    const uci = new Set(
      (await readUciMessages(sharedEvalDir, NAME)).map((message) => normaliseForUciMatch(message.text)),
    );
    const rows = records.map(({ row, values }) => {
      const mapping = lookUpLabel(NAME, file, row, LABELS, values.LABEL.toLowerCase());
      const text = requireText(NAME, file, row, values.TEXT);
      const group = uci.has(normaliseForUciMatch(text)) ? `${mapping.group}-uci-copy` : mapping.group;
      return makeRow(`${NAME}-${row}`, text, 'en', group, mapping.labels, SCAM_ACCEPT);
    });
    return dedupe(rows, (row) => row.text);
  },
};
