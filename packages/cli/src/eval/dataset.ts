import type { Harm } from '@raksa/detect';

/**
 * One evaluation row. `labels` are the harms the row shows (empty for a negative). For public
 * datasets whose labels are coarser than Raksa's harms, `accept` lists the harms that count as a
 * correct detection of a positive row (e.g. an Indonesian "penipuan" SMS is detected when the
 * engine reports `scam` or `predatory_loan` or `recruitment_fraud`).
 */
export interface EvalRow {
  id: string;
  text: string;
  /** Language tag as the dataset gives it (or the language of the whole dataset). */
  lang?: string;
  labels: Harm[];
  accept?: Harm[];
  /** A dataset-specific class name kept for per-class reporting (`ham`, `spam`, `promo`, `fraud`). */
  group?: string;
}

/** A public dataset adapter: reads the dataset's own files from `../shared/eval/<dir>/`. */
export interface DatasetAdapter {
  /** Name used on the command line: `raksa eval --dataset <name>`. */
  name: string;
  /** Folder under the shared eval directory. */
  dir: string;
  /** One paragraph: what the labels mean and how they map to Raksa's harms, and why. */
  mapping: string;
  /** Reads every row (deduplicated as the dataset's caveats require). */
  load(sharedEvalDir: string): Promise<EvalRow[]>;
}
