import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import { DatasetError, datasetPath, dedupe, makeRow, parseCsvWithHeader, readText, requireText } from './common.ts';
import { decodeHtmlEntities } from './html-entities.ts';

const NAME = 'emscad-fraudulent';
const FILE = 'fake_jobs.csv';
const TEXT_FIELDS = ['title', 'company_profile', 'description', 'requirements', 'benefits'] as const;

export const emscadFraudulent: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'EMSCAD fraudulent job ads only (Vidros et al. 2017; 2012–2014 US-style job-board posts, English). Every ad is a fake job offer → labels ' +
    '[recruitment_fraud], also accepted when the engine reports scam; group "fraudulent". The text is title, company_profile, description, ' +
    'requirements and benefits (empty fields skipped) joined with newlines, HTML entities decoded. There is no legitimate class here, so this is a ' +
    'recall-only set: it cannot measure false positives. Reposts of the same ad (same title and description, 195 rows) and ' +
    'rows whose joined text repeats an earlier one are dropped, keeping the first.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const file = datasetPath(sharedEvalDir, NAME, FILE);
    const records = parseCsvWithHeader(NAME, file, await readText(NAME, file), [...TEXT_FIELDS, 'fraudulent'] as const);
    for (const { row, values } of records) {
      if (values.fraudulent.trim() !== '1')
        throw new DatasetError(
          NAME,
          file,
          `row ${row}: fraudulent is "${values.fraudulent.slice(0, 20)}", expected 1 (this folder holds only fraudulent ads)`,
        );
    }
    const unique = dedupe(records, ({ values }) => JSON.stringify([values.title, values.description]));
    const rows = unique.map(({ row, values }) => {
      const parts = TEXT_FIELDS.map((field) => decodeHtmlEntities(values[field]).trim()).filter(
        (part) => part.length > 0,
      );
      return makeRow(
        `${NAME}-${row}`,
        requireText(NAME, file, row, parts.join('\n')),
        'en',
        'fraudulent',
        ['recruitment_fraud'],
        ['recruitment_fraud', 'scam'],
      );
    });
    return dedupe(rows, (row) => row.text);
  },
};
