/**
 * Link-shortening services: the URL extractor tags their links `shortener`, and the scorer counts
 * a shortened link (or a bare shortener host) as a risky link. One list for both.
 */
export const LINK_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  's.id',
  'cutt.ly',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'rb.gy',
  'shorturl.at',
  'tiny.cc',
  't.ly',
  'rebrand.ly',
  'buff.ly',
  'shorte.st',
  'adf.ly',
  'u.to',
  'urlz.fr',
  'bit.do',
  'gg.gg',
]);
