import type { WarningSink } from '../warnings.ts';

const SURROGATE = /[\uD800-\uDFFF]/u;

/** Replaces unpaired UTF-16 surrogates (possible in JSON `\ud83d` escapes) with U+FFFD. */
export function toWellFormed(text: string, warnings?: WarningSink): string {
  if (!SURROGATE.test(text)) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
      out += '\uFFFD';
      changed = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\uFFFD';
      changed = true;
    } else {
      out += text[i]!;
    }
  }
  if (changed) {
    warnings?.addOnce({
      code: 'lone_surrogate',
      message: 'Some text held broken characters (unpaired UTF-16 surrogates); they were replaced by "�".',
    });
  }
  return out;
}
