/**
 * Host names as written in messages, including defanged forms ("example[.]com", "example(.)com",
 * "example[dot]com", "example dot com"), and their validation against the public suffix list.
 * Shared by the URL and e-mail extractors.
 */
import { parse } from 'tldts';

/** One DNS label, loosely (hyphen placement is checked afterwards). ASCII only: IDNs appear as xn--. */
const LABEL = '[a-z0-9\\-]{1,63}';

/**
 * A dot, plain or defanged. Every alternative starts with a different character (or a different
 * second character after "[", "(", "{"), so the alternation never backtracks more than a few steps.
 */
const DOT = '(?:\\.|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\{dot\\}| dot )';

/** Two to nine labels. Use with the `i` flag. Labels cannot contain DOT's first characters. */
export const HOST_PATTERN = `${LABEL}(?:${DOT}${LABEL}){1,8}`;

const DOT_VARIANTS = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}| dot /giu;
const BRACKET_DEFANG = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}/iu;
const SPACED_DOT = / dot /iu;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/u;

/** The host with defanged dots restored, lower-case. */
export function refangHost(written: string): string {
  return written.replace(DOT_VARIANTS, '.').toLowerCase();
}

/** True when the written host uses a bracketed defang marker such as "[.]". */
export function hasBracketDefang(written: string): boolean {
  return BRACKET_DEFANG.test(written);
}

/**
 * Where to cut a written host so that a " dot " is only accepted inside an obviously defanged
 * host (`defanged`: the surrounding URL or e-mail already uses another defang marker). Returns the
 * written host's usable length.
 */
export function spacedDotCut(written: string, defanged: boolean): number {
  if (defanged) return written.length;
  const m = SPACED_DOT.exec(written);
  return m === null ? written.length : m.index;
}

export type HostKind = 'domain' | 'ip';

/** Classify a refanged, lower-case host: a registrable ICANN domain, an IPv4 address, or invalid. */
export function classifyHost(host: string): HostKind | undefined {
  if (host.length > 253) return undefined;
  if (IPV4.test(host)) return 'ip';
  const labels = host.split('.');
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return undefined;
  }
  const tld = labels[labels.length - 1] ?? '';
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u.test(tld)) return undefined;
  const info = parse(host, { extractHostname: false });
  if (info.isIcann !== true || info.domain === null || info.isIp === true) return undefined;
  return 'domain';
}

/**
 * The longest valid prefix of a written host's labels ("example.com.Next" → "example.com"), as a
 * written length (undefined if none). Only plain dots are considered when cutting.
 */
export function longestValidHost(written: string): { length: number; host: string; kind: HostKind } | undefined {
  let cut = written.length;
  for (let tries = 0; tries < 9; tries++) {
    const part = written.slice(0, cut);
    const host = refangHost(part);
    const kind = classifyHost(host);
    if (kind !== undefined) return { length: cut, host, kind };
    const lastDot = part.lastIndexOf('.');
    if (lastDot <= 0) return undefined;
    cut = lastDot;
  }
  return undefined;
}
