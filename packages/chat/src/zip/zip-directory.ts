import { ChatImportError } from '../errors.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The size the directory declares; the inflater does not trust it. */
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const MAX_COMMENT = 0xffff;
const names = new TextDecoder('utf-8');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

function damaged(detail: string): ChatImportError {
  return new ChatImportError('unsupported_zip', `it is damaged (${detail})`);
}

function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  throw damaged('no zip directory at its end; the download may be incomplete');
}

/** Reads a zip's central directory (ZIP64 too) without inflating anything; refuses more than `maxEntries` entries. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22) throw damaged('too short');
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, end - 12);
    if (zip64End + 56 > bytes.length || u32(bytes, zip64End) !== ZIP64_END) throw damaged('bad ZIP64 directory');
    count = u64(bytes, zip64End + 32);
    offset = u64(bytes, zip64End + 48);
  }
  if (count > maxEntries) {
    throw new ChatImportError(
      'zip_bomb',
      `it has ${count} entries, more than the limit of ${maxEntries} (the maxZipEntries option)`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY)
      throw damaged(`directory entry ${index + 1} is missing`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damaged('directory runs past the end');
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 sizes and offset live in the extra field (id 1) when the 32-bit fields hold 0xFFFFFFFF. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  const stop = start + length;
  for (let at = start; at + 4 <= stop;) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 1) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] === 0xffffffff && field + 8 <= at + 4 + size) {
          entry[key] = u64(bytes, field);
          field += 8;
        }
      }
      return;
    }
    at += 4 + size;
  }
}

/** Where an entry's compressed data starts, after its local header. */
export function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw damaged(`no local header for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} runs past the end`);
  return start;
}

/** A name that could escape the folder it is unpacked in: absolute, `..`, a drive letter, or a NUL. */
export function isUnsafeZipPath(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/iu.test(name) || name.includes('\0')) return true;
  return name.split(/[/\\]/u).some((segment) => segment === '..');
}
