/** Codes of programmer errors (misuse of the API). Odd text never throws: it gives warnings. */
export type DetectErrorCode = 'invalid_option' | 'invalid_input_type' | 'invalid_model';

const MESSAGES: Record<DetectErrorCode, (detail: string) => string> = {
  invalid_option: (detail) => `Invalid option: ${detail}`,
  invalid_input_type: (detail) => `Expected the text to be a string, received ${detail}`,
  invalid_model: (detail) => `The learned model cannot be read: ${detail}`,
};

/** Thrown only for misuse of the API, with a stable `code`. */
export class DetectError extends Error {
  readonly code: DetectErrorCode;
  constructor(code: DetectErrorCode, detail: string) {
    super(MESSAGES[code](detail));
    this.name = 'DetectError';
    this.code = code;
  }
}
