const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Repairs text whose UTF-8 bytes were read as Latin-1, as Facebook and Instagram write their
 * "Download your information" JSON (`"\u00e1\u009e\u0080"` for "ក"). Text is changed only when every
 * character fits in a byte, at least one is above ASCII, and those bytes are valid UTF-8: correct
 * text with characters beyond U+00FF, or Latin-1 text such as "café" (not valid UTF-8), is kept.
 */
export function repairMojibake(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) high = true;
  }
  if (!high) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return text;
  }
}
