import { describe, expect, it } from 'vitest';
import { languageIdentification } from './language-identification.ts';

describe(languageIdentification.name, () => {
  it('gives per labelled language the share identified right and the confusions, most frequent first', () => {
    const result = languageIdentification([
      { labelled: 'tl', identified: 'tl' },
      { labelled: 'tl', identified: 'en' },
      { labelled: 'tl', identified: 'en' },
      { labelled: 'tl', identified: 'id' },
      { labelled: 'km', identified: 'km' },
      { labelled: undefined, identified: 'en' },
    ]);
    expect(result).toEqual([
      { language: 'km', rows: 1, correct: 1, share: 1, confusions: [] },
      {
        language: 'tl',
        rows: 4,
        correct: 1,
        share: 0.25,
        confusions: [
          { language: 'en', rows: 2 },
          { language: 'id', rows: 1 },
        ],
      },
    ]);
  });

  it('is empty when no row has a language label', () => {
    expect(languageIdentification([{ labelled: undefined, identified: 'und' }])).toEqual([]);
  });
});
