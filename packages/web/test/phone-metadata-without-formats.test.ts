/**
 * The worker's phone metadata without display formats (build/phone-metadata-without-formats.ts)
 * parses, validates and types numbers exactly as the full `max` metadata does: every country's
 * example number and thousands of variants of it, national and international, with and without
 * the region's default countries, and random digit strings.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import {
  isMaxMetadataModule,
  metadataOfModule,
  PhoneMetadataError,
  withoutFormats,
  type PhoneMetadata,
} from '../build/phone-metadata-without-formats.ts';

const require = createRequire(import.meta.url);
const MODULE_PATH = join(dirname(require.resolve('libphonenumber-js/package.json')), 'metadata.max.json.js');
const EXAMPLES = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
/** The engine's default countries (entities/phones.ts). */
const REGION: CountryCode[] = ['KH', 'TH', 'MM', 'LA', 'VN', 'ID', 'PH', 'CN', 'MY'];

/** What the engine reads of a parse, plus what else parsing decides. */
function reading(text: string, country: CountryCode | undefined, metadata: MetadataJson): string {
  const pn =
    country === undefined
      ? parsePhoneNumberFromString(text, metadata)
      : parsePhoneNumberFromString(text, country, metadata);
  if (pn === undefined) return 'none';
  return JSON.stringify([
    pn.number,
    pn.country,
    pn.countryCallingCode,
    pn.nationalNumber,
    pn.isValid(),
    pn.isPossible(),
    pn.getType(),
    pn.ext,
  ]);
}

/** A small, seeded generator, so a failure can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('the phone metadata without display formats', () => {
  it('parses, validates and types numbers exactly as the full metadata does', async () => {
    const source = await readFile(MODULE_PATH, 'utf8');
    const full = metadataOfModule(source) as unknown as MetadataJson;
    const slim = withoutFormats(metadataOfModule(source)) as unknown as MetadataJson;
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.8);

    const inputs: [string, CountryCode | undefined][] = [];
    for (const [country, national] of Object.entries(EXAMPLES) as [CountryCode, string][]) {
      const variants = new Set([national]);
      for (let position = Math.max(0, national.length - 3); position < national.length; position++)
        for (let digit = 0; digit <= 9; digit++)
          variants.add(`${national.slice(0, position)}${digit}${national.slice(position + 1)}`);
      variants.add(national.slice(0, -1));
      variants.add(`${national}5`);
      const plan = (full.countries as Record<string, unknown[]>)[country];
      const callingCode = String(plan?.[0] ?? '');
      for (const variant of variants) {
        inputs.push([variant, country], [`0${variant}`, country], [`+${callingCode}${variant}`, undefined]);
        inputs.push([`+${callingCode} ${variant.slice(0, 3)} ${variant.slice(3)}`, undefined]);
      }
      // National numbers of any country, read with each default country the engine tries.
      for (const variant of [...variants].slice(0, 3))
        for (const region of REGION) inputs.push([`0${variant}`, region]);
    }
    const random = seeded(20_240_601);
    for (let i = 0; i < 2000; i++) {
      const length = 7 + Math.floor(random() * 9);
      let digits = '';
      for (let d = 0; d < length; d++) digits += String(Math.floor(random() * 10));
      inputs.push([`+${digits}`, undefined], [`0${digits}`, REGION[i % REGION.length]]);
    }
    expect(inputs.length).toBeGreaterThan(30_000);

    const differences: string[] = [];
    let valid = 0;
    for (const [text, country] of inputs) {
      const expected = reading(text, country, full);
      if (expected.includes(',true,')) valid++;
      const got = reading(text, country, slim);
      if (got !== expected) differences.push(`${text} (${country ?? '-'}): ${got} ≠ ${expected}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // The comparison covers many valid numbers, not only rejections.
    expect(valid).toBeGreaterThan(5000);
  });

  it('applies to the max metadata module only', () => {
    expect(isMaxMetadataModule(MODULE_PATH)).toBe(true);
    expect(isMaxMetadataModule(MODULE_PATH.replace('metadata.max', 'metadata.min'))).toBe(false);
  });

  it('refuses metadata in another format instead of shipping something else', () => {
    const source = { version: 5, country_calling_codes: {}, countries: {} } as PhoneMetadata;
    expect(() => withoutFormats(source)).toThrow(PhoneMetadataError);
    expect(() => withoutFormats({ ...source, version: 4, countries: { KH: 'x' as never } })).toThrow(
      PhoneMetadataError,
    );
    expect(() => metadataOfModule('export const x = 1;')).toThrow(PhoneMetadataError);
  });
});
