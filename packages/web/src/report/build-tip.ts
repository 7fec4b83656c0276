/** Turns what the person typed into the form into a valid tip request, or says what to fix. */
import { TIP_TEXT_MAX, TipRequestSchema, type TipRequest } from './tip-contract.ts';
import type { TipFormValues } from './tip-form.ts';

export type TipFormProblem =
  | { field: 'text'; code: 'empty' }
  | { field: 'text'; code: 'too_long'; count: number; max: number }
  | { field: 'email'; code: 'invalid_email' };

export type BuiltTip = { ok: true; request: TipRequest } | { ok: false; problems: TipFormProblem[] };

export function buildTipRequest(values: TipFormValues, language: string, canAttach: boolean): BuiltTip {
  const problems: TipFormProblem[] = [];
  const text = values.text.trim();
  if (text.length === 0) problems.push({ field: 'text', code: 'empty' });
  if (text.length > TIP_TEXT_MAX)
    problems.push({ field: 'text', code: 'too_long', count: text.length, max: TIP_TEXT_MAX });

  const contact: NonNullable<TipRequest['contact']> = {};
  const name = values.name.trim();
  const phone = values.phone.trim();
  const email = values.email.trim();
  const messenger = values.messenger.trim();
  if (name !== '') contact.name = name.slice(0, 200);
  if (phone !== '') contact.phone = phone.slice(0, 200);
  if (messenger !== '') contact.messenger = messenger.slice(0, 200);
  if (email !== '') contact.email = email;

  const request = {
    text,
    language,
    country: /^[A-Z]{2}$/u.test(values.country) ? values.country : null,
    attachAnalysis: canAttach && values.attachAnalysis,
    contact: Object.keys(contact).length > 0 ? contact : null,
  };
  const parsed = TipRequestSchema.safeParse(request);
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path.join('.') === 'contact.email')) {
    problems.push({ field: 'email', code: 'invalid_email' });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!parsed.success) {
    // Everything the person typed was checked above; anything else is this module's own bug.
    throw new Error(
      `Tip request failed its own contract: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
    );
  }
  return { ok: true, request: parsed.data };
}
