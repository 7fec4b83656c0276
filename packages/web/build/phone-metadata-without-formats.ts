/**
 * A Vite plugin that drops the display formats from libphonenumber-js's `max` metadata in the
 * detection worker's build.
 *
 * The engine (entities/phones.ts) only parses and validates numbers and reads their E.164 form,
 * country and type: it never formats one for display. Per country, the metadata's `formats` (how
 * to write a number with spaces: "012 345 678") are about a third of the bundle, and only
 * libphonenumber's formatting code (format(), AsYouType, findNumbers' leniency) reads them.
 * Everything parsing and validation read (lengths, patterns per type, prefixes, leading digits)
 * stays as it is. phone-metadata-without-formats.test.ts checks parse results against the full
 * metadata; the worker differential test checks whole analyses.
 *
 * Do not use this for code that formats numbers for display.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const MAX_METADATA_MODULE = /[\\/]node_modules[\\/]libphonenumber-js[\\/]metadata\.max\.json\.js$/u;
/** Metadata version 4 keeps a numbering plan as an array; `formats` is its fifth element. */
const SUPPORTED_VERSION = 4;
const FORMATS = 4;

type NumberingPlan = unknown[];

export interface PhoneMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, NumberingPlan>;
  nonGeographic?: Record<string, NumberingPlan>;
}

export class PhoneMetadataError extends Error {
  readonly code = 'phone_metadata_failed';
}

/** A copy of the metadata without any numbering plan's display formats. */
export function withoutFormats(metadata: PhoneMetadata): PhoneMetadata {
  if (metadata.version !== SUPPORTED_VERSION)
    throw new PhoneMetadataError(
      `libphonenumber-js metadata version ${String(metadata.version)} is not the expected ${SUPPORTED_VERSION}.`,
    );
  const strip = (plans: Record<string, NumberingPlan>): Record<string, NumberingPlan> =>
    Object.fromEntries(
      Object.entries(plans).map(([key, plan]) => {
        if (
          !Array.isArray(plan) ||
          (plan[FORMATS] !== undefined && plan[FORMATS] !== 0 && !Array.isArray(plan[FORMATS]))
        )
          throw new PhoneMetadataError(`The numbering plan of ${key} is not in the expected format.`);
        const copy = [...plan];
        copy[FORMATS] = 0;
        return [key, copy];
      }),
    );
  return {
    ...metadata,
    countries: strip(metadata.countries),
    ...(metadata.nonGeographic === undefined ? {} : { nonGeographic: strip(metadata.nonGeographic) }),
  };
}

/** Whether a module id is libphonenumber-js's `max` metadata module. */
export function isMaxMetadataModule(id: string): boolean {
  return MAX_METADATA_MODULE.test(id.split('?')[0] ?? id);
}

/** The JSON object of a `metadata.*.json.js` module (`export default {…}`). */
export function metadataOfModule(source: string): PhoneMetadata {
  const start = source.indexOf('export default ');
  if (start < 0) throw new PhoneMetadataError('The libphonenumber-js metadata module has no default export.');
  return JSON.parse(
    source
      .slice(start + 'export default '.length)
      .trim()
      .replace(/;$/u, ''),
  ) as PhoneMetadata;
}

export function phoneMetadataWithoutFormats(): Plugin {
  return {
    name: 'raksa:phone-metadata-without-formats',
    enforce: 'pre',
    apply: 'build',
    async load(id) {
      if (!isMaxMetadataModule(id)) return null;
      const source = await readFile(id.split('?')[0] ?? id, 'utf8');
      return { code: `export default ${JSON.stringify(withoutFormats(metadataOfModule(source)))};\n`, map: null };
    },
  };
}
