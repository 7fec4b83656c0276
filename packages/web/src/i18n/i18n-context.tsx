import { createContext, useContext } from 'react';
import type { UiLanguage } from './language.ts';
import type { Strings } from './strings-en.ts';
import { en } from './strings-en.ts';

export interface I18n {
  language: UiLanguage;
  strings: Strings;
}

export const I18nContext = createContext<I18n>({ language: 'en', strings: en });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
