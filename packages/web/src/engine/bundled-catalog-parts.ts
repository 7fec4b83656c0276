/**
 * The catalogue's parts in the browser build (build/catalog-parts.ts makes them): the core comes
 * with the worker, each pack is its own chunk, fetched the first time a text or the interface
 * language needs it. Only the worker imports this module; Node tests use the engine's catalogue.
 */
import type { PhrasePack, PhrasePackName, TextLanguage, TextPack } from '@raksa/detect';
import core from 'virtual:raksa-catalog/core';
import type { CatalogPartsSource } from './engine-provider.ts';

const phrasePackLoaders: Record<PhrasePackName, () => Promise<{ default: PhrasePack }>> = {
  khmer: () => import('virtual:raksa-catalog/phrases-khmer'),
  thai: () => import('virtual:raksa-catalog/phrases-thai'),
  lao: () => import('virtual:raksa-catalog/phrases-lao'),
  myanmar: () => import('virtual:raksa-catalog/phrases-myanmar'),
  han: () => import('virtual:raksa-catalog/phrases-han'),
};

const textPackLoaders: Record<TextLanguage, () => Promise<{ default: TextPack }>> = {
  en: () => import('virtual:raksa-catalog/texts-en'),
  km: () => import('virtual:raksa-catalog/texts-km'),
};

export const bundledCatalogParts: CatalogPartsSource = {
  core,
  loadPhrasePack: (pack) => phrasePackLoaders[pack]().then((module) => module.default),
  loadTextPack: (language) => textPackLoaders[language]().then((module) => module.default),
  loadLearnedModel: () => import('./learned-model-part.ts').then((module) => module.LEARNED_MODEL_DATA),
};
