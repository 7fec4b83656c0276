import pino, { type Logger } from 'pino';

/** A pino logger writing into memory, for tests that read what was logged. */
export function captureLogger(): { logger: Logger; lines: () => string[]; text: () => string } {
  const chunks: string[] = [];
  const logger = pino({ base: null }, { write: (chunk: string) => void chunks.push(chunk) });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '');
  return { logger, lines, text: () => chunks.join('') };
}
