import type { BlindIndexType } from './field-cipher.ts';

export interface NormaliseOptions {
  /** Country calling code used for national numbers starting with 0 (855 for Cambodia). */
  readonly defaultCallingCode?: string;
}

/**
 * The canonical form of an identifier before it is blind-indexed, so that "+855 12 345 678",
 * "012-345-678" and "855012345678" give the same index. Returns undefined when nothing usable is left.
 */
export function normaliseIdentifier(
  type: BlindIndexType,
  raw: string,
  options: NormaliseOptions = {},
): string | undefined {
  const value = raw.normalize('NFKC').trim();
  if (value === '') return undefined;
  switch (type) {
    case 'phone':
      return normalisePhone(value, options.defaultCallingCode ?? '855');
    case 'email':
      return value.includes('@') ? value.toLowerCase() : undefined;
    case 'handle': {
      // The engine writes handles as `platform:name`; people type `@name`. Both index as `name`.
      const bare = value.slice(value.lastIndexOf(':') + 1);
      const handle = bare.replace(/^@+/u, '').toLowerCase();
      return handle === '' ? undefined : handle;
    }
    case 'crypto_wallet':
      // Hex (0x…) addresses are case-insensitive; base58/bech32 forms are kept as written.
      return /^0x[0-9a-f]+$/iu.test(value) ? value.toLowerCase() : value;
    case 'domain':
      return (
        value
          .toLowerCase()
          .replace(/^www\./u, '')
          .replace(/\.$/u, '') || undefined
      );
    case 'url':
      return normaliseUrl(value);
    case 'document':
      return value.toUpperCase().replace(/[\s./-]/gu, '') || undefined;
  }
}

function normalisePhone(value: string, defaultCallingCode: string): string | undefined {
  // "+855 (0)12 …": the bracketed trunk zero is not dialled from abroad.
  const digits = value.replaceAll('(0)', '').replace(/\D/gu, '');
  if (digits.length < 6 || digits.length > 17) return undefined;
  let international: string;
  if (value.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith(defaultCallingCode) && digits.length > 9) international = digits;
  else if (digits.startsWith('0')) international = `${defaultCallingCode}${digits.slice(1)}`;
  else international = `${defaultCallingCode}${digits}`;
  // A national trunk zero written after the default country code ("855 012 …") is dropped too.
  if (international.startsWith(`${defaultCallingCode}0`)) {
    international = `${defaultCallingCode}${international.slice(defaultCallingCode.length + 1)}`;
  }
  return `+${international}`;
}

function normaliseUrl(value: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(value) ? value : `http://${value}`;
  try {
    const url = new URL(withScheme);
    const host = url.hostname.toLowerCase().replace(/^www\./u, '');
    let pathname = url.pathname;
    while (pathname.endsWith('/')) pathname = pathname.slice(0, -1);
    return `${host}${pathname}${url.search}`;
  } catch {
    return undefined;
  }
}
