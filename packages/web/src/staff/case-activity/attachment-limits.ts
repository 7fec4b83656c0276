/**
 * What the API accepts as an attachment (packages/store/src/cases/attachments.ts): at most 10 MiB,
 * of these types. Checked here before uploading so the user is told at once; the server checks again.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'audio/mpeg',
  'audio/ogg',
  'audio/mp4',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** The file-picker's filter: the same types, with their usual extensions. */
export const ACCEPT_ATTRIBUTE = [
  ...ALLOWED_ATTACHMENT_TYPES,
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.mp3',
  '.ogg',
  '.m4a',
  '.txt',
  '.docx',
].join(',');

/** Browsers name some types differently (or not at all); the extension decides then. */
const BY_EXTENSION: Record<string, (typeof ALLOWED_ATTACHMENT_TYPES)[number]> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type FileProblem = 'empty' | 'too_big' | 'wrong_type' | 'name_invalid';

/** The type to upload the file as, or null when the API would refuse it. */
export function mediaTypeOf(file: { name: string; type: string }): string | null {
  const declared = file.type.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if ((ALLOWED_ATTACHMENT_TYPES as readonly string[]).includes(declared)) return declared;
  const extension = /\.([a-z0-9]+)$/iu.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(BY_EXTENSION, extension) ? (BY_EXTENSION[extension] ?? null) : null;
}

/** The file's name as the API takes it: no path, no control characters, at most 255 characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const PATH_OR_CONTROL = /[/\\\u0000-\u001f\u007f]/u;

function nameIsValid(name: string): boolean {
  return name.trim() !== '' && name.length <= 255 && !PATH_OR_CONTROL.test(name) && name !== '.' && name !== '..';
}

export function checkFile(file: {
  name: string;
  type: string;
  size: number;
}): { mediaType: string } | { problem: FileProblem } {
  if (!nameIsValid(file.name)) return { problem: 'name_invalid' };
  if (file.size === 0) return { problem: 'empty' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { problem: 'too_big' };
  const mediaType = mediaTypeOf(file);
  return mediaType === null ? { problem: 'wrong_type' } : { mediaType };
}

/** A size for people: bytes, KB or MB (1 KB = 1024 bytes, as the 10 MB limit is counted). */
export function formatSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** The SHA-256 of bytes, in lower-case hex (null where the browser offers no Web Crypto: not a secure context). */
export async function sha256Hex(blob: Blob): Promise<string | null> {
  if (globalThis.crypto?.subtle === undefined) return null;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'audio/mpeg': 'MP3',
  'audio/ogg': 'Ogg',
  'audio/mp4': 'M4A',
  'text/plain': 'TXT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** A short, language-neutral name for a stored file's type (its media type when unknown). */
export function typeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? mediaType;
}
