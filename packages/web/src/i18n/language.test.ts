import { describe, expect, it } from 'vitest';
import {
  defaultLanguage,
  format,
  LANGUAGE_STORAGE_KEY,
  loadLanguage,
  saveLanguage,
  type KeyValueStore,
} from './language.ts';
import { en } from './strings-en.ts';
import { km } from './strings-km.ts';
import { chatEn } from '../chat/chat-strings-en.ts';
import { chatKm } from '../chat/chat-strings-km.ts';
import { staffEn } from '../staff/staff-strings-en.ts';
import { staffKm } from '../staff/staff-strings-km.ts';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

const throwingStore: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the interface language', () => {
  it('defaults to Khmer when the browser prefers Khmer, and to English otherwise', () => {
    expect(defaultLanguage(['km-KH', 'en'])).toBe('km');
    expect(defaultLanguage(['KM'])).toBe('km');
    expect(defaultLanguage(['en-US', 'km'])).toBe('en');
    expect(defaultLanguage(['th-TH', 'km-KH'])).toBe('km');
    expect(defaultLanguage(['fr-FR'])).toBe('en');
    expect(defaultLanguage([])).toBe('en');
  });

  it('remembers the choice, and ignores a stored value that is not a language', () => {
    const store = memoryStore();
    expect(saveLanguage(store, 'km')).toBe(true);
    expect(store.data[LANGUAGE_STORAGE_KEY]).toBe('km');
    expect(loadLanguage(store, ['en-US'])).toBe('km');
    expect(loadLanguage(memoryStore({ [LANGUAGE_STORAGE_KEY]: '<script>' }), ['km'])).toBe('km');
  });

  it('still works when storage is missing or blocked', () => {
    expect(loadLanguage(undefined, ['km-KH'])).toBe('km');
    expect(loadLanguage(throwingStore, ['en'])).toBe('en');
    expect(saveLanguage(throwingStore, 'km')).toBe(false);
    expect(saveLanguage(undefined, 'km')).toBe(false);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {number} ({hours})', { number: '1288' })).toBe('Call 1288 ({hours})');
    expect(format('{a}{a}', { a: 1 })).toBe('11');
    expect(format('{constructor}', {})).toBe('{constructor}');
  });
});

type Tree = string | { readonly [key: string]: Tree };
function leaves(tree: Tree, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
}

describe('the interface strings', () => {
  // The chat check's and the staff workspace's strings load with their pages, and are checked the same way.
  const english = new Map([...leaves(en), ...leaves({ chat: chatEn, staff: staffEn })]);
  const khmer = new Map([...leaves(km), ...leaves({ chat: chatKm, staff: staffKm })]);

  it('exist in both languages, key for key, none empty', () => {
    expect([...khmer.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of [...english, ...khmer]) expect(value.trim(), key).not.toBe('');
  });

  it('are written in Khmer script in Khmer (except the name of the other language)', () => {
    for (const [key, value] of khmer) {
      if (key === 'switchLanguage') continue;
      expect(value, key).toMatch(/\p{Script=Khmer}/u);
    }
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? '').sort();
    for (const [key, value] of english) expect(placeholders(khmer.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
