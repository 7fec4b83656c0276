/** Why the demo dataset could not be loaded. */
export type DemoErrorCode = 'store_not_empty' | 'invalid_options' | 'load_failed';

export class DemoDatasetError extends Error {
  readonly code: DemoErrorCode;

  constructor(code: DemoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DemoDatasetError';
    this.code = code;
  }
}

export function isDemoDatasetError(error: unknown, code?: DemoErrorCode): error is DemoDatasetError {
  return error instanceof DemoDatasetError && (code === undefined || error.code === code);
}
