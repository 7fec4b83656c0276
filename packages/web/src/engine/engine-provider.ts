/**
 * Where the worker's detector comes from. In the browser the catalogue arrives in parts (the core
 * with the worker, a phrase pack per script and a text pack per interface language on demand), so
 * a check first asks for a detector that has what its text needs; the provider loads what is
 * missing and compiles again only when phrases were added (new words for people are filled in
 * without compiling). Requests are served one at a time, so a part is never loaded twice.
 */
import {
  PHRASE_PACKS,
  addTextPack,
  createDetectorFor,
  decodeLearnedModel,
  joinCatalog,
  type CatalogCore,
  type Detector,
  type Indicator,
  type LearnedModel,
  type LearnedModelData,
  type PhrasePack,
  type PhrasePackName,
  type TextLanguage,
  type TextPack,
} from '@raksa/detect';

/**
 * What a request needs: the phrase packs of its text's scripts (or all, for a chat), a language,
 * and the learned layer's model when the text is one the model could change
 * (`detector.learnedLayerWanted(text)`).
 */
export interface EngineNeeds {
  phrasePacks: readonly PhrasePackName[] | 'all';
  language: TextLanguage;
  learnedModel?: boolean;
}

export interface EngineProvider {
  /** A detector with at least the parts `needs` names. */
  detectorFor(needs: EngineNeeds): Promise<Detector>;
  /** The parts loaded so far, and how often a detector was compiled (for tests). */
  loaded(): { phrasePacks: PhrasePackName[]; languages: TextLanguage[]; compilations: number; learnedModel: boolean };
}

/**
 * The catalogue's parts as the worker gets them: the core at once, the packs and the learned
 * layer's model by dynamic import (the model with the first text that needs it).
 */
export interface CatalogPartsSource {
  core: CatalogCore;
  loadPhrasePack(pack: PhrasePackName): Promise<PhrasePack>;
  loadTextPack(language: TextLanguage): Promise<TextPack>;
  loadLearnedModel(): Promise<LearnedModelData>;
}

export class EnginePartError extends Error {
  readonly code = 'engine_part_unavailable';
  constructor(part: string, cause: unknown) {
    super(
      `Part of the checking engine (${part}) could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}. Check the connection and try again.`,
    );
    this.name = 'EnginePartError';
  }
}

async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new EnginePartError(part, error);
  }
}

export function createCatalogPartsProvider(source: CatalogPartsSource): EngineProvider {
  const phrasePacks = new Map<PhrasePackName, PhrasePack>();
  const textPacks = new Map<TextLanguage, TextPack>();
  let indicators: Indicator[] | undefined;
  let learned: LearnedModel | undefined;
  let detector: Detector | undefined;
  let compilations = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const provide = async (needs: EngineNeeds): Promise<Detector> => {
    const wanted = needs.phrasePacks === 'all' ? PHRASE_PACKS : needs.phrasePacks;
    const missingPacks = wanted.filter((pack) => !phrasePacks.has(pack));
    const missingText = !textPacks.has(needs.language);
    const [packs, text, model] = await Promise.all([
      Promise.all(missingPacks.map((pack) => loadPart(`${pack} phrases`, () => source.loadPhrasePack(pack)))),
      missingText ? loadPart(`${needs.language} texts`, () => source.loadTextPack(needs.language)) : undefined,
      needs.learnedModel === true && learned === undefined
        ? loadPart('learned model', () => source.loadLearnedModel())
        : undefined,
    ]);
    if (model !== undefined) {
      learned = decodeLearnedModel(model);
      // The compiled catalogue is kept: only the layer is added.
      if (detector !== undefined && packs.length === 0) detector = detector.withLearned(learned);
    }
    packs.forEach((pack) => phrasePacks.set(pack.pack, pack));
    if (text !== undefined) textPacks.set(text.language, text);
    if (detector === undefined || indicators === undefined || packs.length > 0) {
      const orderedPacks = PHRASE_PACKS.flatMap((name) => phrasePacks.get(name) ?? []);
      indicators = joinCatalog(source.core, orderedPacks, [...textPacks.values()]);
      detector = createDetectorFor(indicators, { version: source.core.version, learned });
      compilations++;
    } else if (text !== undefined) {
      addTextPack(indicators, text);
    }
    return detector;
  };

  return {
    detectorFor(needs) {
      const next = queue.then(() => provide(needs));
      queue = next.catch(() => undefined);
      return next;
    },
    loaded() {
      return {
        phrasePacks: PHRASE_PACKS.filter((pack) => phrasePacks.has(pack)),
        languages: [...textPacks.keys()].sort(),
        compilations,
        learnedModel: learned !== undefined,
      };
    },
  };
}
