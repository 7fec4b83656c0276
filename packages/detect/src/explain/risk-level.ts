import type { Harm, HarmFinding, RiskLevel } from '../types.ts';

/** Harms where a child or a captive person is in danger now: a high score is critical. */
const URGENT_HARMS: ReadonlySet<Harm> = new Set<Harm>([
  'child_sexual_exploitation',
  'sextortion',
  'victim_distress',
  'grooming',
]);

/** `none` exactly when nothing is reported; otherwise graded by the strongest reported harm. */
export function riskLevel(findings: readonly HarmFinding[]): RiskLevel {
  const top = findings[0];
  if (top === undefined) return 'none';
  const score = top.score;
  const urgent = findings.some((finding) => URGENT_HARMS.has(finding.type) && finding.score >= 0.8);
  if (score >= 0.93 || urgent) return 'critical';
  if (score >= 0.8) return 'high';
  if (score >= 0.62) return 'medium';
  return 'low';
}
