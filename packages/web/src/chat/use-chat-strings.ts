import { useI18n } from '../i18n/i18n-context.tsx';
import type { UiLanguage } from '../i18n/language.ts';
import { chatEn, type ChatStrings } from './chat-strings-en.ts';
import { chatKm } from './chat-strings-km.ts';

export function chatStringsFor(language: UiLanguage): ChatStrings {
  return language === 'km' ? chatKm : chatEn;
}

/** The chat page's strings in the interface language. */
export function useChatStrings(): ChatStrings {
  return chatStringsFor(useI18n().language);
}
