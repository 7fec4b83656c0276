/** E-mail addresses, including defanged ones ("name[at]example[.]com"). Normalized lower-case. */
import type { Entity } from '../types.ts';
import { hasBracketDefang, HOST_PATTERN, longestValidHost, spacedDotCut } from './hosts.ts';

/**
 * Local part, then "@" (or a defanged at), then a host. The local-part class contains none of the
 * at-sign forms' first characters, so it never backtracks into them; the lookbehind keeps match
 * starts at the beginning of a local part (linear scan).
 */
const EMAIL_RE = new RegExp(
  `(?<![a-z0-9._%+\\-])([a-z0-9][a-z0-9._%+\\-]{0,63})(@|\\s?\\[at\\]\\s?|\\s?\\(at\\)\\s?|\\s?\\{at\\}\\s?|\\[@\\]|\\(@\\))(${HOST_PATTERN})`,
  'giu',
);

export function findEmails(text: string): Entity[] {
  const out: Entity[] = [];
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m !== null; m = EMAIL_RE.exec(text)) {
    const [whole, local = '', at = '', hostWritten = ''] = m;
    if (local.endsWith('.') || local.includes('..')) continue;
    const defanged = at !== '@' || hasBracketDefang(hostWritten);
    const valid = longestValidHost(hostWritten.slice(0, spacedDotCut(hostWritten, defanged)));
    if (valid === undefined || valid.kind !== 'domain') continue;
    const start = m.index;
    const end = start + whole.length - hostWritten.length + valid.length;
    out.push({
      type: 'email',
      start,
      end,
      value: text.slice(start, end),
      normalized: `${local.toLowerCase()}@${valid.host}`,
    });
  }
  return out;
}
