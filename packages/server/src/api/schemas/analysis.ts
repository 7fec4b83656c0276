import { ENTITY_TYPES, HARMS, LANGUAGES } from '@raksa/detect';
import { z } from 'zod';

/** The detection engine's Analysis, as the API documents it (the engine's `Analysis` type). */
export const riskLevelSchema = z.enum(['none', 'low', 'medium', 'high', 'critical']);
export const harmSchema = z.enum(HARMS);

export const evidenceSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const harmFindingSchema = z.object({
  type: harmSchema,
  score: z.number(),
  indicators: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      explanation: z.string(),
      weight: z.number(),
      evidence: z.array(evidenceSchema),
    }),
  ),
});

export const entitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  value: z.string(),
  normalized: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  details: z
    .object({
      country: z.string().optional(),
      kind: z.string().optional(),
      amount: z.number().optional(),
      currency: z.string().optional(),
      usd: z.number().optional(),
      period: z.enum(['hour', 'day', 'week', 'month', 'year']).optional(),
      years: z.number().optional(),
      tags: z.array(z.string()).optional(),
    })
    .optional(),
});

export const analysisSchema = z.object({
  language: z.enum([...LANGUAGES, 'und']),
  scripts: z.record(z.string(), z.number()),
  risk: riskLevelSchema,
  harms: z.array(harmFindingSchema),
  scores: z.record(z.string(), z.number()),
  entities: z.array(entitySchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  advice: z.array(z.object({ harm: harmSchema, steps: z.array(z.string()) })),
  hotlines: z.array(
    z.object({
      country: z.string(),
      name: z.string(),
      number: z.string().optional(),
      url: z.string().optional(),
      harms: z.union([z.array(harmSchema), z.literal('all')]),
      hours: z.string().optional(),
    }),
  ),
  catalogVersion: z.string(),
  analyzedLength: z.number().int(),
});
