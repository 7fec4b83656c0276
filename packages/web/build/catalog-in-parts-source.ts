/**
 * The engine's catalogue split into its parts. Loaded at build time through Vite's module runner
 * (build/catalog-parts.ts), because @raksa/detect is TypeScript and Node cannot import it by itself.
 */
import { CATALOG, catalogVersionOf, splitCatalog, type CatalogInParts } from '@raksa/detect';

export function catalogInParts(): CatalogInParts {
  return splitCatalog(CATALOG, catalogVersionOf(CATALOG));
}
