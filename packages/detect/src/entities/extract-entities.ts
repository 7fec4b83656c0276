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
import { entityTriggers } from './triggers.ts';
import { findUrls } from './urls.ts';

export interface ExtractEntitiesOptions {
  /** ISO 3166-1 alpha-2 country tried first for national-format phone numbers (e.g. `KH`). */
  defaultCountry?: string;
}

/** All entities in `text`, sorted by start. */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Each extractor runs only when its trigger is present (see triggers.ts): most chat lines have
  // no digit, no dot and no long alphanumeric run.
  const { digits, hostDot, longAlnumRun } = entityTriggers(text);
  const candidates: Entity[] = [];
  if (digits) candidates.push(...findPhones(text, options.defaultCountry));
  if (hostDot) {
    for (const url of findUrls(text)) candidates.push(urlToHandle(url) ?? url);
    candidates.push(...findEmails(text));
  }
  candidates.push(...findHandles(text));
  if (longAlnumRun) candidates.push(...findCryptoAddresses(text));
  if (digits) candidates.push(...findMoney(text));
  candidates.push(...findAges(text, digits), ...findPlaces(text));
  const accepted = resolveOverlaps(candidates, text.length);
  const phones = accepted.filter((e) => e.type === 'phone');
  const companions = phones.length === 0 ? [] : phoneHandles(text, phones);
  return sortEntities(companions.length === 0 ? accepted : [...accepted, ...companions]);
}
