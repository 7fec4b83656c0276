/**
 * Characters that change how text around them is displayed without being visible: bidirectional
 * overrides and isolates (which can make "evil.com" show as "moc.live"), and other format and
 * control characters. Message text is hostile; these are shown as visible markers instead.
 */
const INVISIBLE_CONTROLS = /(?![\t\n\r])[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Replaces direction overrides and control characters with a visible `⟦U+202E⟧`-style marker. */
export function revealControls(text: string): string {
  return text.replace(
    INVISIBLE_CONTROLS,
    (char) => `⟦U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟧`,
  );
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Lone surrogates (broken UTF-16) become U+FFFD; with the `u` flag, `\p{Cs}` matches only lone ones. */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

/** Text made safe for HTML element content and quoted attribute values; lone surrogates become U+FFFD. */
export function escapeHtml(text: string): string {
  return revealControls(wellFormed(text)).replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char] ?? char);
}
