/** The interface language: Khmer or English, remembered on the device, defaulting from the browser. */
import { en, type Strings } from './strings-en.ts';
import { km } from './strings-km.ts';

export const UI_LANGUAGES = ['en', 'km'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'raksa.language';

const STRINGS: Record<UiLanguage, Strings> = { en, km };

export function stringsFor(language: UiLanguage): Strings {
  return STRINGS[language];
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'en' || value === 'km';
}

/** Khmer when the browser prefers Khmer before English, English otherwise. */
export function defaultLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'km') return 'km';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The part of `Storage` used here; storage may be missing or throw (private mode, disabled). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadLanguage(store: KeyValueStore | undefined, preferred: readonly string[]): UiLanguage {
  let saved: string | null;
  try {
    saved = store?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be blocked; the browser's preference is the right fallback.
    saved = null;
  }
  return isUiLanguage(saved) ? saved : defaultLanguage(preferred);
}

/** Remembers the choice; returns false when the device does not allow it (the choice still applies now). */
export function saveLanguage(store: KeyValueStore | undefined, language: UiLanguage): boolean {
  try {
    store?.setItem(LANGUAGE_STORAGE_KEY, language);
    return store !== undefined;
  } catch {
    return false;
  }
}

/** Fills `{name}` placeholders: `format('Call {number}', { number: '1288' })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
