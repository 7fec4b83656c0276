import { analyzeConversation } from '@raksa/detect';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { analysisSchema } from '../api/schemas/analysis.ts';
import { conversationAnalysisSchema } from '../api/schemas/conversation.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from './route-context.ts';

export const adviceLanguageSchema = z.enum(['en', 'km']);
export const languageTagSchema = z
  .string()
  .trim()
  .min(1)
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:-[\dA-Za-z]{1,8})*$/u);
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/u, 'An ISO 3166-1 alpha-2 country code such as KH.')
  .transform((code) => code.toUpperCase());

/**
 * `POST /api/check` (one text) and `POST /api/analyze` (a conversation): the engine's analysis.
 * Public, rate-limited, nothing is stored.
 */
export function detectionRoutes(context: RouteContext): AnyRoute[] {
  const checkBody = z.strictObject({
    text: z.string().min(1).max(context.config.maxCheckChars),
    lang: languageTagSchema.optional(),
    country: countryCodeSchema.optional(),
    adviceLanguage: adviceLanguageSchema.optional(),
  });
  const check = defineRoute({
    method: 'post',
    path: '/api/check',
    summary: 'Analyse one text (a message, a job ad): harms, evidence, entities, advice. Nothing is stored.',
    tags: ['detection'],
    access: 'public',
    rateLimited: true,
    body: checkBody,
    response: { status: 200, description: 'The analysis', schema: analysisSchema },
    handler: ({ body }) =>
      context.detector().analyzeText(body.text, {
        ...(body.lang === undefined ? {} : { lang: body.lang }),
        ...(body.country === undefined ? {} : { country: body.country }),
        ...(body.adviceLanguage === undefined ? {} : { adviceLanguage: body.adviceLanguage }),
      }),
  });
  const { maxConversationMessages, maxConversationChars } = context.config;
  const analyzeBody = z.strictObject({
    messages: z
      .array(
        z.strictObject({
          author: z.string().max(200),
          time: z.string().max(40).nullable(),
          text: z.string().max(maxConversationChars),
          media: z.array(z.string().max(40)).max(20).optional(),
        }),
      )
      .min(1)
      .max(maxConversationMessages),
    adviceLanguage: adviceLanguageSchema.optional(),
  });
  const analyze = defineRoute({
    method: 'post',
    path: '/api/analyze',
    summary: 'Analyse a conversation (exported chat): per-author profiles, stages, alert, key messages',
    tags: ['detection'],
    access: 'public',
    rateLimited: true,
    // JSON escaping can triple the size of the text (Khmer as \uXXXX); leave room for the envelope.
    maxBodyBytes: maxConversationChars * 6 + maxConversationMessages * 200,
    body: analyzeBody,
    response: { status: 200, description: 'The conversation analysis', schema: conversationAnalysisSchema },
    handler: ({ body }) => {
      let total = 0;
      for (const message of body.messages) total += message.text.length;
      if (total > maxConversationChars) {
        throw new ApiError(
          'validation_failed',
          `The messages hold more than ${maxConversationChars} characters in all.`,
          {
            details: {
              issues: [{ path: 'body.messages', message: `at most ${maxConversationChars} characters in all` }],
            },
          },
        );
      }
      return analyzeConversation(
        body.messages.map((message) => ({
          author: message.author,
          time: message.time,
          text: message.text,
          ...(message.media === undefined ? {} : { media: message.media }),
        })),
        {
          detector: context.detector(),
          ...(body.adviceLanguage === undefined ? {} : { adviceLanguage: body.adviceLanguage }),
        },
      );
    },
  });
  return [check, analyze];
}
