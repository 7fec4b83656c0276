/**
 * Entity extraction: phones, URLs and domains, e-mails, messaging handles, crypto addresses, money,
 * ages and school grades, and places. Pure and isomorphic (no I/O, no Node APIs).
 *
 * Offsets are UTF-16 code units into the original text: `text.slice(start, end) === value`.
 * Overlaps are resolved (see resolve-overlaps.ts): a phone inside a URL is not a phone, an e-mail's
 * domain is not a domain, a t.me link is a handle. One exception is deliberate: a phone number
 * introduced by a messaging app ("WhatsApp: +855 12 345 678") yields the phone AND a companion
 * handle (`whatsapp:+85512345678`) with the same span.
 */
import type { Entity } from '../types.ts';
import { findAges } from './ages.ts';
import { findCryptoAddresses } from './crypto.ts';
import { findEmails } from './emails.ts';
import { findHandles, phoneHandles, urlToHandle } from './handles.ts';
import { findMoney } from './money.ts';
import { findPhones } from './phones.ts';
import { findPlaces } from './places.ts';
import { resolveOverlaps, sortEntities } from './resolve-overlaps.ts';
import { findUrls } from './urls.ts';

export interface ExtractEntitiesOptions {
  /** ISO 3166-1 alpha-2 country tried first for national-format phone numbers (e.g. `KH`). */
  defaultCountry?: string;
}

/** All entities in `text`, sorted by start. */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Phones and amounts are written with digits (ASCII, native or fullwidth): most chat lines have
  // none, and those two extractors are the costly ones.
  const digits = hasDigit(text);
  const candidates: Entity[] = [
    ...(digits ? findPhones(text, options.defaultCountry) : []),
    ...findUrls(text).map((url) => urlToHandle(url) ?? url),
    ...findEmails(text),
    ...findHandles(text),
    ...findCryptoAddresses(text),
    ...(digits ? findMoney(text) : []),
    ...findAges(text),
    ...findPlaces(text),
  ];
  const accepted = resolveOverlaps(candidates, text.length);
  const companions = phoneHandles(
    text,
    accepted.filter((e) => e.type === 'phone'),
  );
  return sortEntities([...accepted, ...companions]);
}

/** Any decimal digit: ASCII, fullwidth, or the native digits `toAsciiDigits` folds. */
function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

const DIGIT =
  /[0-9\uff10-\uff19\u17e0-\u17e9\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u1090-\u1099\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/u;
