import type { ImportWarning } from './types.ts';

const EXCERPT_CHARS = 200;

export function excerptOf(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS)}…`;
}

/** Collects warnings up to a bound; beyond it, counts them and ends with one `warnings_truncated`. */
export class WarningSink {
  private readonly kept: ImportWarning[] = [];
  private dropped = 0;
  private readonly once = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly listener?: (warning: ImportWarning) => void,
  ) {}

  add(warning: ImportWarning): void {
    this.listener?.(warning);
    if (this.kept.length < this.max) this.kept.push(warning);
    else this.dropped++;
  }

  /** Adds a warning only the first time this code is seen. */
  addOnce(warning: ImportWarning): void {
    if (this.once.has(warning.code)) return;
    this.once.add(warning.code);
    this.add(warning);
  }

  list(): ImportWarning[] {
    if (this.dropped === 0) return [...this.kept];
    return [
      ...this.kept,
      { code: 'warnings_truncated', message: `${this.dropped} more warnings were not kept (limit ${this.max}).` },
    ];
  }
}
