import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Harm } from '@raksa/detect';
import { parse } from 'csv-parse/sync';
import type { EvalRow } from '../dataset.ts';

/**
 * What counts as detecting a row a public dataset labels only "scam / fraud / smishing": its
 * labels are coarser than Raksa's harms, so a fake-loan or fake-job report is a correct catch too.
 */
export const SCAM_ACCEPT: readonly Harm[] = ['scam', 'recruitment_fraud', 'predatory_loan'];

/** The error every adapter throws for missing or malformed input: it names the dataset and the file. */
export class DatasetError extends Error {
  constructor(dataset: string, file: string, problem: string, options?: ErrorOptions) {
    super(`${dataset}: ${file}: ${problem}`, options);
    this.name = 'DatasetError';
  }
}

export function datasetPath(sharedEvalDir: string, dir: string, ...parts: string[]): string {
  return join(sharedEvalDir, dir, ...parts);
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(error);
}

/** Reads a whole file; a missing file or folder, or an empty file, is a DatasetError. */
export async function readBytes(dataset: string, file: string): Promise<Uint8Array> {
  const bytes = await readFile(file).catch((error: unknown) => {
    const code = errorCode(error);
    const hint = code === 'ENOENT' ? ' (is the dataset folder present in the shared eval directory?)' : '';
    throw new DatasetError(dataset, file, `cannot read: ${code}${hint}`, { cause: error });
  });
  if (bytes.length === 0) throw new DatasetError(dataset, file, 'the file is empty');
  return bytes;
}

/** Decodes strictly: bytes that are not valid in `encoding` are a DatasetError, not U+FFFD. */
export function decode(dataset: string, file: string, bytes: Uint8Array, encoding = 'utf-8'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new DatasetError(dataset, file, `not valid ${encoding} text`, { cause: error });
  }
}

export async function readText(dataset: string, file: string, encoding = 'utf-8'): Promise<string> {
  return decode(dataset, file, await readBytes(dataset, file), encoding);
}

export interface TableOptions {
  delimiter?: string;
  /** false: the format has no quoting (a `"` is an ordinary character). */
  quote?: false;
}

/** Parses delimited text into records; a parser error becomes a DatasetError naming the file. */
export function parseTable(dataset: string, file: string, text: string, options: TableOptions = {}): string[][] {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: options.delimiter ?? ',',
      ...(options.quote === false ? { quote: false } : {}),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DatasetError(dataset, file, `cannot parse: ${message}`, { cause: error });
  }
  if (records.length === 0) throw new DatasetError(dataset, file, 'no records');
  return records;
}

export interface CsvRecord<C extends string> {
  /** 1-based data row number (the header is not counted): stable, used in row ids. */
  row: number;
  values: Record<C, string>;
}

/**
 * Parses a CSV with a header and returns the wanted columns of every data row. Header names are
 * matched case-insensitively (copies of the same dataset differ in header case).
 */
export function parseCsvWithHeader<C extends string>(
  dataset: string,
  file: string,
  text: string,
  columns: readonly C[],
): CsvRecord<C>[] {
  const records = parseTable(dataset, file, text);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const indexes = columns.map((column) => {
    const index = header.indexOf(column.toLowerCase());
    if (index < 0) throw new DatasetError(dataset, file, `missing column "${column}" in the header`);
    return index;
  });
  if (records.length < 2) throw new DatasetError(dataset, file, 'a header but no data rows');
  return records.slice(1).map((record, index) => {
    const values = {} as Record<C, string>;
    columns.forEach((column, position) => {
      values[column] = record[indexes[position] ?? -1] ?? '';
    });
    return { row: index + 1, values };
  });
}

/** Looks a raw label up in an adapter's table; an unknown label is a DatasetError. */
export function lookUpLabel<T>(
  dataset: string,
  file: string,
  row: number,
  table: Readonly<Record<string, T>>,
  raw: string,
): T {
  const key = raw.trim();
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  if (value === undefined)
    throw new DatasetError(
      dataset,
      file,
      `row ${row}: unknown label "${key.slice(0, 40)}" (expected ${Object.keys(table).join(', ')})`,
    );
  return value;
}

export function requireText(dataset: string, file: string, row: number | string, text: string): string {
  if (text.trim().length === 0) throw new DatasetError(dataset, file, `row ${row}: empty text`);
  return text;
}

/** One evaluation row; `accept` only on positives (exactOptionalPropertyTypes). */
export function makeRow(
  id: string,
  text: string,
  lang: string,
  group: string,
  labels: readonly Harm[],
  accept?: readonly Harm[],
): EvalRow {
  return {
    id,
    text,
    lang,
    group,
    labels: [...labels],
    ...(labels.length > 0 && accept !== undefined ? { accept: [...accept] } : {}),
  };
}

/** Keeps the first row of each key (file order), so ids stay the original row numbers. */
export function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
