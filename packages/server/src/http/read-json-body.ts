import { ApiError } from '../errors.ts';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/iu;

/**
 * Reads a JSON request body, counting bytes as they arrive: a body over `maxBytes` is refused with
 * 413 as soon as the limit is crossed, before the rest is read (and whatever Content-Length says).
 * Refuses other media types (415), bytes that are not UTF-8 and text that is not JSON (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new ApiError('unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readAtMost(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ApiError('malformed_json', 'The request body is not valid UTF-8.', { cause: error });
  }
  if (text.trim() === '')
    throw new ApiError('malformed_json', 'The request body is empty; a JSON document was expected.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('malformed_json', 'The request body is not valid JSON.', { cause: error });
  }
}

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError('body_too_large', `The request body is larger than ${maxBytes} bytes.`, {
    details: { limitBytes: maxBytes },
  });
}

/** The body's bytes, refusing (413) as soon as they cross `maxBytes`. */
export async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
