/** The named entities found in job-board text (EMSCAD) and their common neighbours; others are left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  bull: '\u2022',
  middot: '\u00B7',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  euro: '\u20AC',
  pound: '\u00A3',
  yen: '\u00A5',
  cent: '\u00A2',
  deg: '\u00B0',
  times: '\u00D7',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,15}));/gu;

function fromCodePoint(code: number, original: string): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : original;
}

/**
 * Decodes HTML character references in one pass (so `&amp;lt;` becomes `&lt;`, never `<`). Unknown
 * names, NUL, surrogates and out-of-range numbers are left as written. No markup is interpreted.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    ENTITY,
    (match: string, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), match);
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), match);
      return name !== undefined && Object.hasOwn(NAMED, name) ? (NAMED[name] ?? match) : match;
    },
  );
}
