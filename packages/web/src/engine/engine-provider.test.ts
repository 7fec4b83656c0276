import {
  CATALOG,
  catalogVersionOf,
  createDetector,
  LEARNED_MODEL_DATA,
  splitCatalog,
  type PhrasePackName,
  type TextLanguage,
} from '@raksa/detect';
import { describe, expect, it } from 'vitest';
import { createCatalogPartsProvider, EnginePartError, type CatalogPartsSource } from './engine-provider.ts';

const parts = splitCatalog(CATALOG, catalogVersionOf(CATALOG));
const whole = createDetector();
// The parts without the learned layer's model (it is loaded only for texts that want it).
const wholeWithoutModel = createDetector({ learned: null });

const LURE_EN = 'URGENT hiring, easy typing job, no experience, salary $1500, free visa and flight, contact Telegram';
const LURE_KM = 'ត្រូវការបុគ្គលិកបន្ទាន់ ការងារស្រួល ប្រាក់ខែ ១៥០០ ដុល្លារ ធ្វើដំណើរទៅក្រៅប្រទេសដោយឥតគិតថ្លៃ';

/** The parts as the worker gets them, counting every load; `failing` packs reject once. */
function countingSource(
  failing: PhrasePackName[] = [],
  { modelFailsOnce = false } = {},
): CatalogPartsSource & { loads: string[]; modelLoads: number } {
  const loads: string[] = [];
  const toFail = new Set(failing);
  let modelFails = modelFailsOnce;
  return {
    loads,
    modelLoads: 0,
    async loadLearnedModel() {
      this.modelLoads += 1;
      if (modelFails) {
        modelFails = false;
        throw new Error('network down');
      }
      return Promise.resolve(LEARNED_MODEL_DATA);
    },
    core: parts.core,
    loadPhrasePack: async (pack) => {
      loads.push(`phrases-${pack}`);
      if (toFail.delete(pack)) throw new Error('network down');
      return Promise.resolve(parts.phrasePacks[pack]);
    },
    loadTextPack: async (language: TextLanguage) => {
      loads.push(`texts-${language}`);
      return Promise.resolve(parts.textPacks[language]);
    },
  };
}

describe('the catalogue-in-parts engine provider', () => {
  it('loads only what is asked for, and analyses as the whole catalogue does', async () => {
    const source = countingSource();
    const provider = createCatalogPartsProvider(source);
    const detector = await provider.detectorFor({ phrasePacks: [], language: 'en' });
    expect(source.loads).toEqual(['texts-en']);
    expect(detector.analyzeText(LURE_EN)).toEqual(wholeWithoutModel.analyzeText(LURE_EN));
    expect(provider.loaded()).toEqual({ phrasePacks: [], languages: ['en'], compilations: 1, learnedModel: false });
  });

  it('adds a script’s phrases by compiling again, and another language’s words without compiling', async () => {
    const source = countingSource();
    const provider = createCatalogPartsProvider(source);
    await provider.detectorFor({ phrasePacks: [], language: 'en' });
    const khmer = await provider.detectorFor({ phrasePacks: ['khmer'], language: 'en' });
    expect(khmer.analyzeText(LURE_KM).harms.length).toBeGreaterThan(0);
    expect(khmer.analyzeText(LURE_KM)).toEqual(whole.analyzeText(LURE_KM));
    expect(provider.loaded().compilations).toBe(2);

    const inKhmer = await provider.detectorFor({ phrasePacks: ['khmer'], language: 'km' });
    expect(inKhmer).toBe(khmer);
    expect(provider.loaded()).toEqual({
      phrasePacks: ['khmer'],
      languages: ['en', 'km'],
      compilations: 2,
      learnedModel: false,
    });
    expect(source.modelLoads).toBe(0);
    expect(inKhmer.analyzeText(LURE_KM, { adviceLanguage: 'km' })).toEqual(
      whole.analyzeText(LURE_KM, { adviceLanguage: 'km' }),
    );
    expect(source.loads).toEqual(['texts-en', 'phrases-khmer', 'texts-km']);
  });

  it('loads a part once however many requests need it at the same time', async () => {
    const source = countingSource();
    const provider = createCatalogPartsProvider(source);
    const detectors = await Promise.all([
      provider.detectorFor({ phrasePacks: ['thai'], language: 'en' }),
      provider.detectorFor({ phrasePacks: ['thai'], language: 'en' }),
      provider.detectorFor({ phrasePacks: ['thai', 'lao'], language: 'en' }),
    ]);
    expect(source.loads).toEqual(['phrases-thai', 'texts-en', 'phrases-lao']);
    expect(detectors[0]).toBe(detectors[1]);
    expect(provider.loaded().compilations).toBe(2);
  });

  it('loads every pack for a chat', async () => {
    const provider = createCatalogPartsProvider(countingSource());
    await provider.detectorFor({ phrasePacks: 'all', language: 'km' });
    expect(provider.loaded().phrasePacks).toEqual(['khmer', 'thai', 'lao', 'myanmar', 'han']);
  });

  it('says in plain words when a part cannot be loaded, and loads it on the next request', async () => {
    const source = countingSource(['han']);
    const provider = createCatalogPartsProvider(source);
    const failed = provider.detectorFor({ phrasePacks: ['han'], language: 'en' });
    await expect(failed).rejects.toBeInstanceOf(EnginePartError);
    await expect(failed).rejects.toMatchObject({ code: 'engine_part_unavailable' });
    await expect(failed).rejects.toThrow(/han phrases.*network down.*try again/u);
    const detector = await provider.detectorFor({ phrasePacks: ['han'], language: 'en' });
    expect(detector.analyzeText('高薪招聘 包吃包住 免费签证')).toEqual(whole.analyzeText('高薪招聘 包吃包住 免费签证'));
    expect(source.loads.filter((load) => load === 'phrases-han')).toHaveLength(2);
  });

  it('loads the learned model when a text needs it, without compiling again, and again after a failure to load it', async () => {
    const source = countingSource([], { modelFailsOnce: true });
    const provider = createCatalogPartsProvider(source);
    const plain = await provider.detectorFor({ phrasePacks: [], language: 'en' });
    expect(plain.learned).toBeUndefined();
    const weak = 'hey cutie how old r u? u look mature, send me a pic of u';
    expect(plain.learnedLayerWanted('see you at the market')).toBe(false);
    expect(plain.learnedLayerWanted(weak)).toBe(true);
    await expect(provider.detectorFor({ phrasePacks: [], language: 'en', learnedModel: true })).rejects.toThrow(
      /learned model.*network down/u,
    );
    const detector = await provider.detectorFor({ phrasePacks: [], language: 'en', learnedModel: true });
    expect(detector.learned).toBeDefined();
    expect(source.modelLoads).toBe(2);
    expect(provider.loaded()).toMatchObject({ compilations: 1, learnedModel: true });
    expect(detector.analyzeText(weak)).toEqual(whole.analyzeText(weak));
    expect(detector.analyzeText(weak).harms.map((harm) => harm.type)).toContain('grooming');
    // Later requests keep the model, also when a script's phrases are added.
    const khmer = await provider.detectorFor({ phrasePacks: ['khmer'], language: 'en' });
    expect(khmer.learned).toBeDefined();
    expect(khmer.analyzeText(LURE_KM)).toEqual(whole.analyzeText(LURE_KM));
  });
});
