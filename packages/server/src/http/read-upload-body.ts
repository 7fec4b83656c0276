import { ApiError } from '../errors.ts';
import { readAtMost, tooLarge } from './read-json-body.ts';

/**
 * Reads a file upload sent as the raw request body: its Content-Type must be one of `mediaTypes`
 * (415 otherwise), and the bytes are counted as they arrive and refused with 413 as soon as they
 * cross `maxBytes`. An empty body is refused (400).
 */
export async function readUploadBody(
  request: Request,
  limits: { mediaTypes: readonly string[]; maxBytes: number },
): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!limits.mediaTypes.includes(mediaType)) {
    throw new ApiError('unsupported_media_type', `The file type must be one of: ${limits.mediaTypes.join(', ')}.`, {
      details: { allowedMediaTypes: [...limits.mediaTypes] },
    });
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const bytes = await readAtMost(request, limits.maxBytes);
  if (bytes.byteLength === 0) {
    throw new ApiError('validation_failed', 'The uploaded file is empty.', {
      details: { issues: [{ path: 'body', message: 'must not be empty' }] },
    });
  }
  return { bytes, mediaType };
}
