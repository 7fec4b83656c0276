import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import {
  DatasetError,
  datasetPath,
  dedupe,
  lookUpLabel,
  makeRow,
  parseTable,
  readText,
  requireText,
} from './common.ts';

const NAME = 'uci-sms-spam';
export const UCI_FILE = 'SMSSpamCollection.tsv';

const GROUPS: Readonly<Record<string, string>> = { ham: 'ham', spam: 'spam' };

export interface UciMessage {
  row: number;
  label: string;
  text: string;
}

/** Every line of the collection (`label<TAB>text`, no header, no quoting), duplicates kept. */
export async function readUciMessages(sharedEvalDir: string, dataset = NAME): Promise<UciMessage[]> {
  const file = datasetPath(sharedEvalDir, NAME, UCI_FILE);
  const records = parseTable(dataset, file, await readText(dataset, file), { delimiter: '\t', quote: false });
  return records.map((record, index) => {
    const row = index + 1;
    const [label, text] = record;
    if (record.length !== 2 || label === undefined || text === undefined)
      throw new DatasetError(dataset, file, `row ${row}: expected "label<TAB>text"`);
    return { row, label: lookUpLabel(dataset, file, row, GROUPS, label), text: requireText(dataset, file, row, text) };
  });
}

/** The normalisation PROVENANCE uses to find UCI copies: lowercase, whitespace runs collapsed, trimmed. */
export function normaliseForUciMatch(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

export const uciSmsSpam: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'UCI SMS Spam Collection v.1 (English, 2000s–2011 UK/Singapore SMS). "ham" is ordinary personal chat: negative (labels []), group "ham". ' +
    '"spam" is also a negative (labels []), group "spam": it mixes premium-rate promotions and ringtone adverts, which are not a Raksa harm, with prize scams, ' +
    "so it cannot be scored as recall. The quality target is the false-positive rate on the ham group (its flagged share); the spam group's flagged share " +
    'is for information only, and because spam rows are negatives they also count in the overall false-positive rate. Exact duplicate texts ' +
    '(403 rows) are dropped, keeping the first; ids are uci-sms-spam-<line number>.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const messages = dedupe(await readUciMessages(sharedEvalDir), (message) => message.text);
    return messages.map((message) => makeRow(`${NAME}-${message.row}`, message.text, 'en', message.label, []));
  },
};
