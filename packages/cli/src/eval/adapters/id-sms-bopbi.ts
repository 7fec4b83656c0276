import { readdir } from 'node:fs/promises';
import type { Harm } from '@raksa/detect';
import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import { DatasetError, datasetPath, dedupe, makeRow, readText, requireText, SCAM_ACCEPT } from './common.ts';

const NAME = 'id-sms-bopbi';

/** Every category folder the dataset has; a new folder must get a decision here rather than a silent default. */
const FOLDERS: Readonly<Record<string, readonly Harm[]>> = {
  loan: ['scam'],
  prize: ['scam'],
  'premium-sms': [],
  'evil-service': [],
  'non-provider-promo': [],
};

const MESSAGE_FILE = /^(\d{1,6})\.txt$/u;

async function listDirectory(path: string, what: string): Promise<import('node:fs').Dirent[]> {
  return readdir(path, { withFileTypes: true }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
    const hint = code === 'ENOENT' ? ' (is the dataset folder present in the shared eval directory?)' : '';
    throw new DatasetError(NAME, path, `cannot list ${what}: ${code}${hint}`, { cause: error });
  });
}

export const idSmsBopbi: DatasetAdapter = {
  name: NAME,
  dir: NAME,
  mapping:
    'Indonesia SMS Spam Dataset (bopbi, real SMS received in 2021, CC0; one message per .txt file, the folder is the category). "loan" (unsecured ' +
    '2%-a-year loans via WhatsApp) and "prize" (fake prize notices) → labels [scam], accepted when the engine reports scam, recruitment_fraud or ' +
    'predatory_loan. "premium-sms" (premium-rate subscriptions), "evil-service" (black-magic services) and "non-provider-promo" are spam, not a Raksa ' +
    'harm → negatives. Group = folder name; ids are id-sms-bopbi-<folder>-<file number>. Texts are trimmed and exact repeats dropped (prize/10.txt repeats ' +
    'prize/9.txt but for a final newline). Only 50 messages and no legitimate class: a recall probe.',
  async load(sharedEvalDir: string): Promise<EvalRow[]> {
    const root = datasetPath(sharedEvalDir, NAME);
    const folders = (await listDirectory(root, 'the dataset folder'))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    if (folders.length === 0) throw new DatasetError(NAME, root, 'no category folders');
    const rows: EvalRow[] = [];
    for (const folder of folders) {
      const labels = Object.hasOwn(FOLDERS, folder) ? FOLDERS[folder] : undefined;
      if (labels === undefined)
        throw new DatasetError(
          NAME,
          datasetPath(sharedEvalDir, NAME, folder),
          `unknown category folder "${folder.slice(0, 40)}" (expected ${Object.keys(FOLDERS).join(', ')})`,
        );
      const entries = await listDirectory(datasetPath(sharedEvalDir, NAME, folder), 'a category folder');
      const numbered = entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
        .map((entry) => {
          const match = MESSAGE_FILE.exec(entry.name);
          if (match === null)
            throw new DatasetError(
              NAME,
              datasetPath(sharedEvalDir, NAME, folder, entry.name),
              'expected a file named <number>.txt',
            );
          return { name: entry.name, number: Number(match[1]) };
        })
        .sort((a, b) => a.number - b.number);
      for (const { name, number } of numbered) {
        const file = datasetPath(sharedEvalDir, NAME, folder, name);
        const text = requireText(NAME, file, `${folder}/${name}`, (await readText(NAME, file)).trim());
        rows.push(makeRow(`${NAME}-${folder}-${number}`, text, 'id', folder, labels, SCAM_ACCEPT));
      }
    }
    return dedupe(rows, (row) => row.text);
  },
};
