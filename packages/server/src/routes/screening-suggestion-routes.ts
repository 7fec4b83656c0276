import type { Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { idParams } from '../api/schemas/common.ts';
import { suggestScreeningIndicators, type CaseText } from '../detection/screening-suggestions.ts';
import { can } from '../policy/can.ts';
import { caseOwnership, loadCase, reportOwnership } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

/** At most this many of a case's notes (the newest) and linked tips are read for suggestions. */
export const SUGGESTION_SOURCES_MAX = 200;

const evidenceSchema = z.object({
  source: z.enum(['tip', 'note']),
  sourceId: z.string(),
  excerpt: z.string(),
  engineIndicator: z.string(),
  label: z.string(),
});
const suggestionsSchema = z.object({
  items: z.array(z.object({ indicator: z.string(), evidence: z.array(evidenceSchema) })),
  /** How many texts were read: the case's notes, and the linked tips the caller may read. */
  textsRead: z.number().int(),
});

/** `GET /api/cases/{id}/screening-suggestions`: screening indicators the case's own texts point to. */
export function screeningSuggestionRoutes(context: RouteContext, store: Store): AnyRoute[] {
  const suggestions = defineRoute({
    method: 'get',
    path: '/api/cases/{id}/screening-suggestions',
    summary:
      'Screening indicators the case’s texts point to (its notes and the tips linked to it, read by the detection engine), with the words that fired each: suggestions for the person screening, never answers',
    tags: ['screenings'],
    access: 'screening.read',
    params: idParams,
    query: z.strictObject({ lang: z.enum(['en', 'km']).default('en') }),
    response: { status: 200, description: 'The suggestions', schema: suggestionsSchema },
    handler: async ({ params, query, actor }) => {
      const record = await loadCase(store, actor!, params.id, 'screening.read');
      const texts: CaseText[] = [];
      if (can(actor!, 'case.read', caseOwnership(record))) {
        const notes = await store.notes.listForCase(params.id);
        for (const note of notes.slice(-SUGGESTION_SOURCES_MAX)) {
          texts.push({ source: 'note', sourceId: note.id, text: note.body });
        }
      }
      // A tip's text is shown only to those who may read that tip.
      for (const report of await store.reports.listForCase(params.id, SUGGESTION_SOURCES_MAX)) {
        if (report.body !== null && can(actor!, 'tip.read', reportOwnership(report))) {
          texts.push({ source: 'tip', sourceId: report.id, text: report.body });
        }
      }
      return { items: suggestScreeningIndicators(context.detector(), texts, query.lang), textsRead: texts.length };
    },
  });
  return [suggestions];
}
