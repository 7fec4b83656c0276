import { CONVERSATION_STAGES } from '@raksa/detect';
import { z } from 'zod';
import { entitySchema, evidenceSchema, harmFindingSchema, harmSchema, riskLevelSchema } from './analysis.ts';

/** The engine's ConversationAnalysis, as the API documents it. */
const stageNames = [...new Set(Object.values(CONVERSATION_STAGES).flat())] as [string, ...string[]];

const messageEvidenceSchema = evidenceSchema.extend({ messageIndex: z.number().int() });

export const conversationAnalysisSchema = z.object({
  messages: z.number().int(),
  authors: z.array(
    z.object({
      author: z.string(),
      messages: z.number().int(),
      initiations: z.number().int(),
      statedAges: z.array(z.number()),
      lateNightShare: z.number(),
      risk: riskLevelSchema,
      harms: z.array(harmFindingSchema),
      role: z.enum(['likely_offender', 'likely_target', 'other']),
    }),
  ),
  risk: riskLevelSchema,
  harms: z.array(
    harmFindingSchema.extend({
      actor: z.string(),
      indicators: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          explanation: z.string(),
          weight: z.number(),
          evidence: z.array(messageEvidenceSchema),
        }),
      ),
    }),
  ),
  offender: z.string().nullable(),
  target: z.string().nullable(),
  alert: z.object({ messageIndex: z.number().int(), time: z.string().nullable(), harm: harmSchema }).nullable(),
  stages: z.array(
    z.object({
      harm: harmSchema,
      stage: z.enum(stageNames),
      messageIndex: z.number().int(),
      time: z.string().nullable(),
      author: z.string(),
      evidence: z.array(evidenceSchema),
    }),
  ),
  timeline: z.array(z.object({ messageIndex: z.number().int(), time: z.string().nullable(), risk: z.number() })),
  keyMessages: z.array(
    z.object({
      messageIndex: z.number().int(),
      author: z.string(),
      time: z.string().nullable(),
      text: z.string(),
      risk: riskLevelSchema,
      harms: z.array(harmFindingSchema),
      features: z.array(z.object({ code: z.string(), evidence: z.array(evidenceSchema) })),
    }),
  ),
  entities: z.array(entitySchema.extend({ messageIndex: z.number().int() })),
  span: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});
