import type { z } from 'zod';
import { ApiError } from '../errors.ts';

export interface ValidationIssue {
  /** Where the problem is: `body.contact.email`, `query.page`, `params.code`. */
  path: string;
  message: string;
}

/** Parses a request part with its schema; failures become 400 `validation_failed` listing field paths. */
export function parseRequestPart<T>(schema: z.ZodType<T>, value: unknown, part: 'params' | 'query' | 'body'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.slice(0, 50).map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const fields = [...new Set(issues.map((issue) => issue.path))].slice(0, 5).join(', ');
  throw new ApiError('validation_failed', `The request is not valid: ${fields}.`, { details: { issues } });
}

/** A URL's query as a plain object without prototype (repeated keys: the last one wins). */
export function queryObject(url: string): Record<string, string> {
  const query = Object.create(null) as Record<string, string>;
  for (const [key, value] of new URL(url).searchParams) query[key] = value;
  return query;
}
