import { readFile } from 'node:fs/promises';
import { HARMS } from '@raksa/detect';
import { z } from 'zod';
import type { EvalRow } from './dataset.ts';

const LabelledLine = z.object({
  id: z.string().min(1).max(512),
  text: z.string(),
  labels: z.array(z.enum(HARMS)),
  lang: z.string().max(35).optional(),
  kind: z.string().max(64).optional(),
});

export interface LabelledFile {
  rows: EvalRow[];
  /** One message per rejected line: `file:line: reason`. */
  errors: string[];
}

/** Reads `{"id","text","labels":[harm…],"lang"?,"kind"?}` lines; bad lines are reported, not dropped silently. */
export async function loadLabelledFile(path: string): Promise<LabelledFile> {
  const content = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  });
  const rows: EvalRow[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`${path}:${index + 1}: not valid JSON`);
      return;
    }
    const parsed = LabelledLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${path}:${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
      return;
    }
    const { id, text, labels, lang, kind } = parsed.data;
    if (ids.has(id)) {
      errors.push(`${path}:${index + 1}: duplicate id "${id}"`);
      return;
    }
    ids.add(id);
    rows.push({
      id,
      text,
      labels,
      ...(lang !== undefined ? { lang } : {}),
      ...(kind !== undefined ? { group: kind } : {}),
    });
  });
  return { rows, errors };
}
