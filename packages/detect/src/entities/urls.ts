/**
 * URLs and bare domains, including defanged forms (hxxp://, [.], (.), [dot], " dot " inside an
 * otherwise defanged host). Public-suffix aware through tldts: "example.com.kh" is a domain,
 * "file.txt" is not. Type `url` when there is a scheme or a path, `domain` for a bare host.
 */
import { LINK_SHORTENERS } from './link-shorteners.ts';
import type { Entity, EntityDetails } from '../types.ts';
import { hasBracketDefang, HOST_PATTERN, longestValidHost, spacedDotCut } from './hosts.ts';

const SCHEME = '(https?|hxxps?|hxtps?|htxps?|h\\*\\*ps?|h\\[tt\\]ps?|ftp|fxp)';
const SCHEME_SEP = '(?::\\/\\/|\\[:\\]\\/\\/|\\[:\\/\\/\\]|\\[:\\/\\]\\/)';
/** RFC 3986 characters allowed in a path, query and fragment (ASCII only, so adjacent Thai or Chinese text is not swallowed). */
const PATH = "[/?#][a-z0-9_\\-.~:/?#\\[\\]@!$&'()*+,;=%]{0,2048}";

/**
 * Starts only where no host or e-mail character precedes (so an e-mail's domain and the middle of
 * a word never start a match, and the scan stays linear). Every repetition is bounded.
 */
const URL_RE = new RegExp(
  `(?<![a-z0-9@._%+\\-])(?:${SCHEME}${SCHEME_SEP}(?:[^\\s/@]{1,64}@)?)?(${HOST_PATTERN})(?::(\\d{1,5}))?(${PATH})?`,
  'giu',
);

/**
 * Real TLDs that are far more often file extensions in chat ("readme.md", "setup.py", "a.zip").
 * A bare host ending in one of these is not reported; with a scheme or "www." it is.
 */
const FILE_LIKE_TLDS = new Set(['zip', 'mov', 'md', 'py', 'rs', 'sh', 'so', 'ps', 'pm']);

const TRAILING_PUNCT = /[.,;:!?'"*\]}>]$/u;

function trimPath(path: string): string {
  let p = path;
  for (let guard = 0; guard < 16 && p.length > 1; guard++) {
    if (TRAILING_PUNCT.test(p)) {
      p = p.slice(0, -1);
      continue;
    }
    if (p.endsWith(')')) {
      let open = 0;
      let close = 0;
      for (const ch of p) {
        if (ch === '(') open++;
        else if (ch === ')') close++;
      }
      if (close > open) {
        p = p.slice(0, -1);
        continue;
      }
    }
    break;
  }
  return p;
}

function canonicalScheme(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const s = written.toLowerCase();
  if (s === 'ftp' || s === 'fxp') return 'ftp';
  return s.endsWith('s') ? 'https' : 'http';
}

/** A bare host that reads like a file name or two words glued at a full stop ("Hello.World"). */
function looksLikeProse(written: string, host: string): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (host.startsWith('www.')) return false;
  if (FILE_LIKE_TLDS.has(tld)) return true;
  const writtenTld = written.slice(written.length - tld.length);
  // "Hello.World": capitalised TLD with lower-case rest.
  return /^[A-Z][a-z]+$/u.test(writtenTld);
}

/** URLs (type url) and bare domains (type domain). */
export function findUrls(text: string): Entity[] {
  const out: Entity[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
    const [whole, schemeWritten, hostWritten = '', port, pathWritten] = m;
    const start = m.index;
    const hostStart =
      start +
      whole.length -
      (pathWritten?.length ?? 0) -
      (port === undefined ? 0 : port.length + 1) -
      hostWritten.length;
    const scheme = canonicalScheme(schemeWritten);
    const schemeDefanged = schemeWritten !== undefined && !/^(?:https?|ftp)$/iu.test(schemeWritten);
    const defanged = schemeDefanged || hasBracketDefang(hostWritten);
    const usable = hostWritten.slice(0, spacedDotCut(hostWritten, defanged));
    let valid = longestValidHost(usable);
    // "example.com.Next": drop trailing labels that read like prose or a file extension.
    while (
      valid !== undefined &&
      scheme === undefined &&
      !defanged &&
      looksLikeProse(usable.slice(0, valid.length), valid.host)
    ) {
      const lastDot = usable.lastIndexOf('.', valid.length - 1);
      valid = lastDot > 0 ? longestValidHost(usable.slice(0, lastDot)) : undefined;
    }
    if (valid === undefined) continue;
    const cut = valid.length < hostWritten.length;
    if (valid.kind === 'ip' && scheme === undefined) continue;
    let end = hostStart + valid.length;
    let path = '';
    let portPart = '';
    if (!cut) {
      if (port !== undefined) {
        end += port.length + 1;
        if (!((scheme === 'http' && port === '80') || (scheme !== 'http' && port === '443'))) portPart = `:${port}`;
      }
      if (pathWritten !== undefined) {
        path = trimPath(pathWritten);
        end += path.length;
      }
    }
    const bare = scheme === undefined && path === '' && (port === undefined || cut);
    const value = text.slice(start, end);
    const details: EntityDetails = {};
    const bareHost = valid.host.startsWith('www.') ? valid.host.slice(4) : valid.host;
    if (LINK_SHORTENERS.has(bareHost)) details.tags = ['shortener'];
    const withDetails = details.tags !== undefined ? { details } : {};
    if (bare) {
      out.push({ type: 'domain', start, end, value, normalized: valid.host, ...withDetails });
    } else {
      const normalizedPath = path === '' ? '/' : path.startsWith('/') ? path : `/${path}`;
      out.push({
        type: 'url',
        start,
        end,
        value,
        normalized: `${scheme ?? 'https'}://${valid.host}${portPart}${normalizedPath}`,
        ...withDetails,
      });
    }
  }
  return out;
}
