import { z } from 'zod';
import { StoreError } from '../errors.ts';

/** Validates input at the store's boundary; a failure becomes `invalid_input` listing each problem. */
export function parseInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  what: string,
): z.output<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = problems
    .slice(0, 5)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
    .join('; ');
  throw new StoreError('invalid_input', `invalid ${what}: ${summary}`, { problems });
}
