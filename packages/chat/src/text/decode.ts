import type { WarningSink } from '../warnings.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Length of the incomplete UTF-8 sequence at the end of `bytes` (0 when it ends on a boundary). */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/** Decodes UTF-8 bytes that end on a character boundary; invalid bytes become U+FFFD and a warning. */
export function decodeUtf8(bytes: Uint8Array, warnings: WarningSink): string {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    warnings.addOnce({
      code: 'invalid_utf8',
      message: 'The file has bytes that are not valid UTF-8; they were replaced by "�". The rest was read.',
    });
    return lenientUtf8.decode(bytes);
  }
}

/**
 * Turns a sequence of byte chunks into text, chunk by chunk: reads the byte-order mark (UTF-8,
 * UTF-16 LE/BE; UTF-8 without one), keeps a character split across chunks for the next one, and
 * replaces invalid bytes with U+FFFD (one `invalid_utf8` warning).
 */
export class ChunkDecoder {
  private encoding: Encoding | null = null;
  private head: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(0);
  private utf16: InstanceType<typeof TextDecoder> | null = null;

  constructor(private readonly warnings: WarningSink) {}

  decode(chunk: Uint8Array, final = false): string {
    let bytes = chunk;
    if (this.encoding === null) {
      bytes = concat(this.head, chunk);
      if (bytes.length < 3 && !final) {
        this.head = bytes;
        return '';
      }
      this.head = new Uint8Array(0);
      bytes = this.readByteOrderMark(bytes);
    }
    if (this.utf16) return this.utf16.decode(bytes, { stream: !final });
    bytes = this.tail.length > 0 ? concat(this.tail, bytes) : bytes;
    const cut = final ? 0 : incompleteTail(bytes);
    this.tail = cut > 0 ? bytes.slice(bytes.length - cut) : new Uint8Array(0);
    return decodeUtf8(cut > 0 ? bytes.subarray(0, bytes.length - cut) : bytes, this.warnings);
  }

  /** Whether chunks are UTF-8 (known after the first bytes): only then can raw bytes be searched for line breaks. */
  get isUtf8(): boolean {
    return this.encoding === 'utf-8';
  }

  /** Passes over a UTF-8 chunk without decoding it (its text is not wanted), keeping a split character's start. */
  skip(chunk: Uint8Array): void {
    const cut = incompleteTail(chunk);
    this.tail = cut > 0 ? chunk.slice(chunk.length - cut) : new Uint8Array(0);
  }

  private readByteOrderMark(bytes: Uint8Array): Uint8Array {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.encoding = 'utf-8';
      return bytes.subarray(3);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
      this.utf16 = new TextDecoder(this.encoding, { ignoreBOM: true });
      return bytes.subarray(2);
    }
    this.encoding = 'utf-8';
    return bytes;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Decodes a whole file held in memory (BOM-aware), as `ChunkDecoder` would. */
export function decodeWhole(bytes: Uint8Array, warnings: WarningSink): string {
  return new ChunkDecoder(warnings).decode(bytes, true);
}
