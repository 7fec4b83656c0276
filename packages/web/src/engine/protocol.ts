/** Messages between the page and the detection worker. */
import type { Analysis } from '@raksa/detect';

export interface CheckOptions {
  /** Language of labels, explanations and advice. */
  adviceLanguage: 'en' | 'km';
  /** ISO country whose hotlines to list; the engine guesses from the text when absent. */
  country?: string;
}

export type WorkerRequest =
  { id: number; kind: 'warm-up' } | { id: number; kind: 'analyze'; text: string; options: CheckOptions };

export interface WorkerError {
  code: string;
  message: string;
}

export type WorkerResponse =
  | { id: number; ok: true; kind: 'ready'; compileMs: number }
  | { id: number; ok: true; kind: 'analysis'; analysis: Analysis; analyzeMs: number }
  | { id: number; ok: false; error: WorkerError };
