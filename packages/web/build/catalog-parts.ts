/**
 * A Vite plugin that serves the detection engine's catalogue in parts (see
 * packages/detect/src/indicators/catalog-parts.ts), as virtual modules the worker imports:
 *
 * - `virtual:raksa-catalog/core`: ids, weights, signals, the phrases of no script pack, the version;
 * - `virtual:raksa-catalog/phrases-<pack>`: the phrases written in one script (khmer, thai, lao,
 *   myanmar, han), loaded by the worker when a text contains that script;
 * - `virtual:raksa-catalog/texts-<language>`: labels and explanations in English or Khmer.
 *
 * Each part is a JSON string parsed at run time (`JSON.parse` of one string literal is faster to
 * load than the same object written as JavaScript). The parts are made from the engine's own
 * catalogue at build time, so they cannot drift from it; examples are not part of any.
 */
import { fileURLToPath } from 'node:url';
import type { CatalogInParts, PhrasePackName, TextLanguage } from '@raksa/detect';
import { runnerImport, type Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./catalog-in-parts-source.ts', import.meta.url));

const PREFIX = 'virtual:raksa-catalog/';
/** Resolved ids end in `.js` so that each part's chunk is named after it (`catalog-texts-km-….js`). */
const RESOLVED = '\0raksa-catalog/';

/** The names of a catalogue's parts: `core`, `phrases-<pack>`, `texts-<language>`. */
export function catalogPartNames(parts: CatalogInParts): string[] {
  return [
    'core',
    ...Object.keys(parts.phrasePacks).map((pack) => `phrases-${pack}`),
    ...Object.keys(parts.textPacks).map((language) => `texts-${language}`),
  ];
}

export class CatalogPartError extends Error {
  readonly code = 'unknown_catalog_part';
}

/** The value of one part, by its name (`core`, `phrases-khmer`, `texts-en`…). */
export function catalogPart(parts: CatalogInParts, name: string): unknown {
  if (name === 'core') return parts.core;
  const [kind, which] = name.split('-', 2);
  if (kind === 'phrases' && Object.hasOwn(parts.phrasePacks, which ?? ''))
    return parts.phrasePacks[which as PhrasePackName];
  if (kind === 'texts' && Object.hasOwn(parts.textPacks, which ?? '')) return parts.textPacks[which as TextLanguage];
  throw new CatalogPartError(`There is no catalogue part named "${name}".`);
}

/** The module code of one part: one JSON string, parsed once when the chunk loads. */
export function catalogPartModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** The parts, made by the engine's own code run through Vite's module runner (TypeScript inside). */
async function loadCatalogInParts(): Promise<CatalogInParts> {
  const { module } = await runnerImport<typeof import('./catalog-in-parts-source.ts')>(SOURCE, {
    configFile: false,
    logLevel: 'error',
  });
  return module.catalogInParts();
}

export function catalogParts(): Plugin {
  let parts: Promise<CatalogInParts> | undefined;
  return {
    name: 'raksa:catalog-parts',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      return `${RESOLVED}catalog-${id.slice(PREFIX.length)}.js`;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id
        .slice(RESOLVED.length)
        .replace(/^catalog-/u, '')
        .replace(/\.js$/u, '');
      parts ??= loadCatalogInParts();
      return catalogPartModule(catalogPart(await parts, name));
    },
  };
}
