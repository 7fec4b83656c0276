import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HARMS } from '@raksa/detect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetAdapter, EvalRow } from '../dataset.ts';
import { decodeHtmlEntities } from './html-entities.ts';
import { ADAPTERS, findAdapter } from './index.ts';
import { isBareOpener } from './vi-smishing-ggsheet.ts';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
const SHARED_EVAL = resolve(REPOSITORY_ROOT, '..', 'shared', 'eval');

function adapter(name: string): DatasetAdapter {
  const found = findAdapter(name);
  if (found === undefined) throw new Error(`no adapter ${name}`);
  return found;
}

/**
 * Rows per group after deduplication, derived from each PROVENANCE.md (exact duplicate texts
 * dropped, keeping the first; Mendeley rows matching UCI after lowercasing and collapsing
 * whitespace get the "-uci-copy" suffix).
 */
const EXPECTED: Record<string, Record<string, number>> = {
  // 4,827 ham / 747 spam; 403 repeats; unique texts 4,518 ham and 653 spam.
  'uci-sms-spam': { ham: 4518, spam: 653 },
  // ham 4,844 (4,319 UCI copies), spam 489 (345), smishing 638 (361); the 22 exact repeats are
  // 1 fresh ham, 9 ham, 2 spam and 10 smishing UCI copies (two are a smishing text repeated as spam).
  'mendeley-smishing': {
    ham: 4844 - 4319 - 1,
    'ham-uci-copy': 4319 - 9,
    spam: 489 - 345,
    'spam-uci-copy': 345 - 2,
    smishing: 638 - 361,
    'smishing-uci-copy': 361 - 10,
  },
  // 0: 569, 1: 335, 2: 239; the one exact duplicate is a normal SMS.
  'id-sms-wibisono': { normal: 569 - 1, fraud: 335, promo: 239 },
  // 26 loan, 20 prize, 2 premium-sms, 1 evil-service, 1 non-provider-promo; prize/10 repeats prize/9.
  'id-sms-bopbi': { loan: 26, prize: 20 - 1, 'premium-sms': 2, 'evil-service': 1, 'non-provider-promo': 1 },
  // 0 (non-scam) 309, 1 (scam) 306, no duplicates.
  'th-sms-scamguard': { 'non-scam': 309, scam: 306 },
  // 1.0: 227 (5 bare "long time no see" openers), 0.0: 24 with the one exact duplicate.
  'vi-smishing-ggsheet': { smishing: 227 - 5, 'smishing-opener': 5, legitimate: 24 - 1 },
  // 866 ads; 195 repeat an earlier (title, description) pair, and 1 more repeats an earlier ad's
  // joined text (its description differs only by a trailing no-break space).
  'emscad-fraudulent': { fraudulent: 866 - 195 - 1 },
};

const LANG: Record<string, string> = {
  'uci-sms-spam': 'en',
  'mendeley-smishing': 'en',
  'id-sms-wibisono': 'id',
  'id-sms-bopbi': 'id',
  'th-sms-scamguard': 'th',
  'vi-smishing-ggsheet': 'vi',
  'emscad-fraudulent': 'en',
};

function countGroups(rows: readonly EvalRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.group ?? '(none)'] = (counts[row.group ?? '(none)'] ?? 0) + 1;
  return counts;
}

describe('ADAPTERS', () => {
  it('has one adapter per shared dataset folder, named after the folder', () => {
    expect(ADAPTERS.map((a) => a.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const a of ADAPTERS) {
      expect(a.dir).toBe(a.name);
      expect(findAdapter(a.name)).toBe(a);
      expect(a.mapping.length).toBeGreaterThan(100);
    }
    expect(findAdapter('nope')).toBeUndefined();
  });
});

describe.each(ADAPTERS.map((a) => [a.name, a] as const))('%s on the shared dataset', (name, a) => {
  const present =
    existsSync(join(SHARED_EVAL, a.dir)) &&
    (name !== 'mendeley-smishing' || existsSync(join(SHARED_EVAL, 'uci-sms-spam')));
  it.skipIf(!present)(
    'loads the documented rows per group, with unique ids, non-empty texts and a language',
    async () => {
      const started = performance.now();
      const rows = await a.load(SHARED_EVAL);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(countGroups(rows)).toEqual(EXPECTED[name]);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
      const idPattern = new RegExp(`^${name}-(?:[a-z-]+-)?\\d+$`, 'u');
      for (const row of rows) {
        expect(row.id).toMatch(idPattern);
        expect(typeof row.text).toBe('string');
        expect(row.text.trim().length).toBeGreaterThan(0);
        expect(row.lang).toBe(LANG[name]);
        for (const harm of [...row.labels, ...(row.accept ?? [])]) expect(HARMS).toContain(harm);
        if (row.labels.length === 0) expect(row.accept).toBeUndefined();
        else expect(row.accept).toEqual(expect.arrayContaining(row.labels));
      }
    },
  );
});

describe('malformed input gives an error naming the dataset and the file', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'raksa-adapters-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function fixture(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
    const root = join(dir, name, Math.random().toString(36).slice(2));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), content);
    }
    return root;
  }

  async function expectError(a: DatasetAdapter, shared: string, file: string, detail: RegExp): Promise<void> {
    const error: unknown = await a.load(shared).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(a.name);
    expect(message).toContain(file);
    expect(message).toMatch(detail);
  }

  const CSV_FILES: Record<string, { file: string; header: string; good: string; unknown: string }> = {
    'mendeley-smishing': {
      file: 'Mendeley_Dataset_5971.csv',
      header: 'LABEL,TEXT,URL,EMAIL,PHONE',
      good: 'ham,see you at noon,No,No,No',
      unknown: 'phish,see you,No,No,No',
    },
    'id-sms-wibisono': {
      file: 'dataset_sms_spam_v1.csv',
      header: 'Teks,label',
      good: 'sampai nanti,0',
      unknown: 'sampai nanti,7',
    },
    'th-sms-scamguard': { file: 'SMS_Dataset_cp874.csv', header: 'text,label', good: 'hello,0', unknown: 'hello,scam' },
    'vi-smishing-ggsheet': {
      file: 'GgSheetData.csv',
      header: 'content,label,has_url,has_phone_number,sender_type',
      good: 'hen gap lai,0.0,0,0,personal_number',
      unknown: 'hen gap lai,0.5,0,0,personal_number',
    },
    'emscad-fraudulent': {
      file: 'fake_jobs.csv',
      header:
        'title,location,department,salary_range,company_profile,description,requirements,benefits,industry,function,fraudulent',
      good: 'Clerk,US,,,,Type things,,,,,1',
      unknown: 'Clerk,US,,,,Type things,,,,,0',
    },
  };
  const UCI_OK = { 'uci-sms-spam/SMSSpamCollection.tsv': 'ham\tan invented message\n' };

  describe.each(Object.entries(CSV_FILES))('%s', (name, { file, header, good, unknown }) => {
    const a = adapter(name);
    const extra = name === 'mendeley-smishing' ? UCI_OK : {};
    const columns = header.split(',').length;

    it('a broken quote', async () => {
      const broken = `"an "unbalanced quote${','.repeat(columns - 1)}`;
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: `${header}\n${good}\n${broken}\n` });
      await expectError(a, shared, file, /cannot parse/u);
    });
    it('an empty file', async () => {
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: '' });
      await expectError(a, shared, file, /empty/u);
    });
    it('a missing folder', async () => {
      const shared = await fixture(name, extra);
      await expectError(a, shared, file, /ENOENT/u);
    });
    it('a missing column', async () => {
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: 'a,b\n1,2\n' });
      await expectError(a, shared, file, /missing column/u);
    });
    it('a row with the wrong number of fields', async () => {
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: `${header}\n${good}\nonly one field\n` });
      await expectError(a, shared, file, /cannot parse/u);
    });
    it('an unknown label', async () => {
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: `${header}\n${unknown}\n` });
      await expectError(a, shared, file, /row 1: (?:unknown label|fraudulent is)/u);
    });
    it('reads a well-formed invented file', async () => {
      const shared = await fixture(name, { ...extra, [`${name}/${file}`]: `${header}\r\n${good}\r\n` });
      const rows = await a.load(shared);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.id).toBe(`${name}-1`);
    });
  });

  it('mendeley-smishing needs the UCI file to mark copies, and says so', async () => {
    const { file, header, good } = CSV_FILES['mendeley-smishing'] ?? { file: '', header: '', good: '' };
    const shared = await fixture('mendeley-no-uci', { [`mendeley-smishing/${file}`]: `${header}\n${good}\n` });
    await expectError(adapter('mendeley-smishing'), shared, 'SMSSpamCollection.tsv', /ENOENT/u);
  });

  it('mendeley-smishing marks UCI copies after lowercasing and collapsing whitespace', async () => {
    const shared = await fixture('mendeley-copies', {
      'uci-sms-spam/SMSSpamCollection.tsv': 'spam\tWIN a  prize now\nham\tsee you\n',
      'mendeley-smishing/Mendeley_Dataset_5971.csv':
        'LABEL,TEXT\nSmishing,"win a prize\nnow "\nsmishing,verify your account at the link\nham,see you\nSpam,cheap ringtones\n',
    });
    const rows = await adapter('mendeley-smishing').load(shared);
    expect(rows.map((row) => [row.id, row.group, row.labels])).toEqual([
      ['mendeley-smishing-1', 'smishing-uci-copy', ['scam']],
      ['mendeley-smishing-2', 'smishing', ['scam']],
      ['mendeley-smishing-3', 'ham-uci-copy', []],
      ['mendeley-smishing-4', 'spam', []],
    ]);
  });

  describe('uci-sms-spam', () => {
    const a = adapter('uci-sms-spam');
    const file = 'SMSSpamCollection.tsv';
    it('a line without a tab', async () => {
      const shared = await fixture('uci', { [`uci-sms-spam/${file}`]: 'ham\tfine\nno tab here\n' });
      await expectError(a, shared, file, /cannot parse|expected "label<TAB>text"/u);
    });
    it('an empty file, a missing folder, an unknown label', async () => {
      await expectError(a, await fixture('uci', { [`uci-sms-spam/${file}`]: '' }), file, /empty/u);
      await expectError(a, await fixture('uci', {}), file, /ENOENT/u);
      await expectError(
        a,
        await fixture('uci', { [`uci-sms-spam/${file}`]: 'junk\ttext\n' }),
        file,
        /row 1: unknown label/u,
      );
    });
    it('keeps quotes as ordinary characters and drops exact repeats', async () => {
      const shared = await fixture('uci', {
        [`uci-sms-spam/${file}`]: 'ham\the said "hi\nspam\tWin!\nham\the said "hi\n',
      });
      const rows = await a.load(shared);
      expect(rows.map((row) => [row.id, row.text, row.group])).toEqual([
        ['uci-sms-spam-1', 'he said "hi', 'ham'],
        ['uci-sms-spam-2', 'Win!', 'spam'],
      ]);
    });
  });

  describe('th-sms-scamguard encoding', () => {
    const a = adapter('th-sms-scamguard');
    const file = 'SMS_Dataset_cp874.csv';
    it('decodes Windows-874', async () => {
      // "text,label\n" then THAI CHARACTER KO KAI (0xA1 in cp874) and label 1.
      const bytes = Uint8Array.from([...Buffer.from('text,label\n', 'latin1'), 0xa1, ...Buffer.from(',1\n', 'latin1')]);
      const rows = await a.load(await fixture('th', { [`th-sms-scamguard/${file}`]: bytes }));
      expect(rows).toEqual([
        {
          id: 'th-sms-scamguard-1',
          text: '\u0E01',
          lang: 'th',
          group: 'scam',
          labels: ['scam'],
          accept: ['scam', 'recruitment_fraud', 'predatory_loan'],
        },
      ]);
    });
    it('refuses a UTF-8 copy', async () => {
      await expectError(
        a,
        await fixture('th', { [`th-sms-scamguard/${file}`]: 'text,label\n\u0E01,1\n' }),
        file,
        /UTF-8/u,
      );
    });
  });

  describe('id-sms-bopbi', () => {
    const a = adapter('id-sms-bopbi');
    it('a missing folder', async () => {
      await expectError(a, await fixture('bopbi', {}), 'id-sms-bopbi', /ENOENT/u);
    });
    it('an empty message file', async () => {
      const shared = await fixture('bopbi', {
        'id-sms-bopbi/loan/1.txt': 'pinjaman cepat',
        'id-sms-bopbi/loan/2.txt': '',
      });
      await expectError(a, shared, join('loan', '2.txt'), /empty/u);
    });
    it('an unknown category folder', async () => {
      const shared = await fixture('bopbi', { 'id-sms-bopbi/phishing/1.txt': 'klik tautan ini' });
      await expectError(a, shared, 'phishing', /unknown category folder/u);
    });
    it('maps folders and numbers files', async () => {
      const shared = await fixture('bopbi', {
        'id-sms-bopbi/LICENSE.txt': 'CC0',
        'id-sms-bopbi/loan/10.txt': 'pinjaman dua\n',
        'id-sms-bopbi/loan/9.txt': 'pinjaman satu',
        'id-sms-bopbi/premium-sms/1.txt': 'langganan',
      });
      const rows = await a.load(shared);
      expect(rows.map((row) => [row.id, row.text, row.group, row.labels])).toEqual([
        ['id-sms-bopbi-loan-9', 'pinjaman satu', 'loan', ['scam']],
        ['id-sms-bopbi-loan-10', 'pinjaman dua', 'loan', ['scam']],
        ['id-sms-bopbi-premium-sms-1', 'langganan', 'premium-sms', []],
      ]);
    });
  });

  it('emscad-fraudulent joins the text fields and decodes entities', async () => {
    const { header } = CSV_FILES['emscad-fraudulent'] ?? { header: '' };
    const shared = await fixture('emscad', {
      'emscad-fraudulent/fake_jobs.csv': `${header}\nData Entry,US,,,We &amp; you,Work from home&nbsp;now,,Pay &#36;50,,,1\nData Entry,US,,,Other,Work from home&nbsp;now,,,,,1\n`,
    });
    const rows = await adapter('emscad-fraudulent').load(shared);
    expect(rows).toEqual([
      {
        id: 'emscad-fraudulent-1',
        text: 'Data Entry\nWe & you\nWork from home\u00A0now\nPay $50',
        lang: 'en',
        group: 'fraudulent',
        labels: ['recruitment_fraud'],
        accept: ['recruitment_fraud', 'scam'],
      },
    ]);
  });
});

describe('helpers', () => {
  it('decodes HTML entities once and safely', () => {
    expect(decodeHtmlEntities('a &amp;lt; b &lt; c &#x263A; &#0; &#xD800; &bogus; &amp')).toBe(
      'a &lt; b < c \u263A &#0; &#xD800; &bogus; &amp',
    );
  });
  it('tells bare openers from lures', () => {
    expect(isBareOpener('Chào [NAME]! Lâu rồi không gặp, dạo này khoẻ chứ?')).toBe(true);
    expect(isBareOpener('Chào [NAME], gọi lại [PHONE_NUMBER] gấp')).toBe(false);
    expect(isBareOpener('Nhận quà tại abc.vip ngay')).toBe(false);
    expect(isBareOpener('Bạn được tặng 500k')).toBe(false);
  });
});
