import { z } from 'zod';
import type { Identifier } from './entity-index.ts';

export const riskLevels = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskRank: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** The parts of a detection analysis the store reads; everything else is kept but not interpreted. */
const analysisShape = z
  .object({
    language: z.string().max(20).optional(),
    risk: z.enum(riskLevels).optional(),
    harms: z
      .array(
        z
          .object({
            type: z.string().max(100),
            score: z.number().optional(),
            indicators: z
              .array(
                z
                  .object({
                    id: z.string().max(200),
                    evidence: z
                      .array(z.object({ start: z.number(), end: z.number() }).loose())
                      .max(1000)
                      .optional(),
                  })
                  .loose(),
              )
              .max(1000)
              .optional(),
          })
          .loose(),
      )
      .max(100)
      .optional(),
    entities: z
      .array(
        z
          .object({
            type: z.string().max(50),
            value: z.string().max(2000).optional(),
            normalized: z.string().max(2000).optional(),
            start: z.number().optional(),
            end: z.number().optional(),
          })
          .loose(),
      )
      .max(2000)
      .optional(),
    warnings: z
      .array(z.object({ code: z.string().max(100) }).loose())
      .max(100)
      .optional(),
  })
  .loose();
export type AnalysisShape = z.infer<typeof analysisShape>;

export const MAX_ANALYSIS_JSON_BYTES = 2_000_000;

export const analysisSchema = analysisShape.refine(
  (value) => Buffer.byteLength(JSON.stringify(value), 'utf8') <= MAX_ANALYSIS_JSON_BYTES,
  `the analysis must be at most ${MAX_ANALYSIS_JSON_BYTES} bytes of JSON`,
);

const ENGINE_TO_INDEX: Record<string, Identifier['type']> = {
  phone: 'phone',
  url: 'url',
  domain: 'domain',
  email: 'email',
  handle: 'handle',
  crypto_address: 'crypto_wallet',
};

/** The analysis with no text of the message left in it: types, scores, indicator ids and offsets only. */
export function redactAnalysis(analysis: AnalysisShape) {
  return {
    language: analysis.language ?? null,
    risk: analysis.risk ?? null,
    harms: (analysis.harms ?? []).map((harm) => ({
      type: harm.type,
      score: harm.score ?? null,
      indicators: (harm.indicators ?? []).map((indicator) => ({
        id: indicator.id,
        evidence: (indicator.evidence ?? []).map((span) => ({ start: span.start, end: span.end })),
      })),
    })),
    entities: (analysis.entities ?? []).map((entity) => ({
      type: entity.type,
      start: entity.start ?? null,
      end: entity.end ?? null,
    })),
    warnings: (analysis.warnings ?? []).map((warning) => ({ code: warning.code })),
  };
}

/** The identifiers of an analysis worth linking on (phones, handles, e-mails, wallets, URLs, domains). */
export function identifiersOfAnalysis(analysis: AnalysisShape): Identifier[] {
  const identifiers: Identifier[] = [];
  for (const entity of analysis.entities ?? []) {
    const type = ENGINE_TO_INDEX[entity.type];
    const value = entity.normalized || entity.value;
    if (type && value) identifiers.push({ type, value: value.slice(0, 500) });
  }
  return identifiers;
}
