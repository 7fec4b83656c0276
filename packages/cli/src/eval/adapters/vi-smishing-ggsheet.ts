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

const NAME = 'vi-smishing-ggsheet';
const FILE = 'GgSheetData.csv';

const SMISHING = { group: 'smishing', labels: ['scam'] as readonly Harm[] };
const LEGITIMATE = { group: 'legitimate', labels: [] as readonly Harm[] };
const LABELS: Readonly<Record<string, { group: string; labels: readonly Harm[] }>> = {
  '1.0': SMISHING,
  '1': SMISHING,
  '0.0': LEGITIMATE,
  '0': LEGITIMATE,
};

/** A digit, a slash or an at sign, or a dot directly before a letter (a domain): any sign of a link, number or amount. */
const PAYLOAD = /[\d/@]|\.[a-z]/iu;
/** A placeholder other than [NAME] ([LINK], [PHONE_NUMBER], [BANK], …). */
const OTHER_PLACEHOLDER = /\[(?!NAME\])/u;

/**
 * A "long time no see" opener: short, with nothing in it but a greeting (no link, number, amount or
 * placeholder other than [NAME]). The annotators labelled these smishing from where they came from.
 */
export function isBareOpener(text: string): boolean {
  return text.length <= 80 && !PAYLOAD.test(text) && !OTHER_PLACEHOLDER.test(text);
}

export const viSmishingGgsheet: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'Vietnamese smishing SMS (IE403 student project, personal data replaced by [NAME], [LINK], … placeholders; no licence stated, internal ' +
    'evaluation only). Column "label" per the project\'s annotation guidelines: 1.0 smishing (money or OTP requests, bank/police/carrier ' +
    'impersonation, suspicious links, illegal ads, fake jobs, loans) → labels [scam], accepted when the engine reports scam, recruitment_fraud or ' +
    'predatory_loan; 0.0 legitimate (including lawful adverts and OTP notices) → negative, group "legitimate". Smishing rows that are bare ' +
    'conversation openers (at most 80 characters with no digit, link, domain or placeholder other than [NAME]) keep labels [scam] but go to group ' +
    '"smishing-opener", since no text-only detector can flag them; recall on group "smishing" is the quality target. has_url / has_phone_number / ' +
    'sender_type are not used (has_url is 0 on some rows with a link). The one exact duplicate text is dropped. Mainly a recall set: only ' +
    'about two dozen legitimate rows.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const file = datasetPath(sharedEvalDir, NAME, FILE);
    const records = parseCsvWithHeader(NAME, file, await readText(NAME, file), ['content', 'label'] as const);
    const rows = records.map(({ row, values }) => {
      const mapping = lookUpLabel(NAME, file, row, LABELS, values.label);
      const text = requireText(NAME, file, row, values.content);
      const group = mapping === SMISHING && isBareOpener(text) ? 'smishing-opener' : mapping.group;
      return makeRow(`${NAME}-${row}`, text, 'vi', group, mapping.labels, SCAM_ACCEPT);
    });
    return dedupe(rows, (row) => row.text);
  },
};
