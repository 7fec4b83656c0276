import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { CompletedCheck } from '../check/check-state.ts';
import { CheckPage } from '../check/CheckPage.tsx';
import { countryFromLanguages, isHotlineCountry, type HotlineCountry } from '../check/countries.ts';
import type { DetectorClient } from '../engine/detector-client.ts';
import { I18nContext } from '../i18n/i18n-context.tsx';
import { loadLanguage, saveLanguage, stringsFor, type KeyValueStore, type UiLanguage } from '../i18n/language.ts';
import { EMPTY_TIP_FORM, type TipFormValues } from '../report/tip-form.ts';
import type { FetchLike } from '../report/submit-tip.ts';
import { useHashRoute } from './use-hash-route.ts';

const COUNTRY_STORAGE_KEY = 'raksa.country';

// Pages not needed to check a message load on demand (and are cached for offline use).
const ReportPage = lazy(() => import('../report/ReportPage.tsx').then((module) => ({ default: module.ReportPage })));
const ChatPage = lazy(() => import('../chat/ChatPage.tsx').then((module) => ({ default: module.ChatPage })));
const StaffPage = lazy(() => import('../staff/StaffPage.tsx').then((module) => ({ default: module.StaffPage })));
const GuideIndex = lazy(() => import('../guide/GuidePages.tsx').then((module) => ({ default: module.GuideIndex })));
const GuidePage = lazy(() => import('../guide/GuidePages.tsx').then((module) => ({ default: module.GuidePage })));

export interface AppProps {
  client: DetectorClient;
  fetchImpl: FetchLike;
  store: KeyValueStore | undefined;
  preferredLanguages: readonly string[];
}

function loadCountry(store: KeyValueStore | undefined, preferred: readonly string[]): HotlineCountry | undefined {
  let saved: string | null;
  try {
    saved = store?.getItem(COUNTRY_STORAGE_KEY) ?? null;
  } catch {
    saved = null; // storage blocked: fall back to the browser's languages
  }
  return isHotlineCountry(saved) ? saved : countryFromLanguages(preferred);
}

export function App({ client, fetchImpl, store, preferredLanguages }: AppProps) {
  const route = useHashRoute();
  const [language, setLanguage] = useState<UiLanguage>(() => loadLanguage(store, preferredLanguages));
  const [country, setCountry] = useState<HotlineCountry | undefined>(() => loadCountry(store, preferredLanguages));
  const [checkText, setCheckText] = useState('');
  const [check, setCheck] = useState<CompletedCheck | null>(null);
  const [tip, setTip] = useState<TipFormValues>(EMPTY_TIP_FORM);
  const main = useRef<HTMLElement>(null);
  const i18n = useMemo(() => ({ language, strings: stringsFor(language) }), [language]);
  const strings = i18n.strings;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${strings.appName}: ${strings.tagline}`;
  }, [language, strings]);

  // The engine loads once the page is interactive, so the first check is instant: with the words
  // for people in the language the page opened in (another language's load with its first check).
  const openingLanguage = useRef(language);
  useEffect(() => {
    const start = (): void => void client.warmUp(openingLanguage.current).catch(() => undefined);
    const idle = window.requestIdleCallback?.(start, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(start, 200) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [client]);

  const previousPage = useRef(route.page);
  useEffect(() => {
    if (previousPage.current !== route.page) main.current?.focus();
    previousPage.current = route.page;
  }, [route]);

  const switchLanguage = (): void => {
    const next: UiLanguage = language === 'en' ? 'km' : 'en';
    saveLanguage(store, next);
    setLanguage(next);
  };

  const chooseCountry = (next: HotlineCountry | undefined): void => {
    try {
      if (next === undefined) store?.setItem(COUNTRY_STORAGE_KEY, '');
      else store?.setItem(COUNTRY_STORAGE_KEY, next);
    } catch {
      // Not remembered on this device; the choice still applies now.
    }
    setCountry(next);
  };

  // "Report this" carries the checked text into the form, unless the person already wrote something.
  const reportChecked = (): void => {
    if (check !== null && tip.text.trim() === '') setTip({ ...tip, text: check.text, attachAnalysis: true });
  };

  let page;
  switch (route.page) {
    case 'check':
    case 'not-found':
      page = (
        <CheckPage
          client={client}
          text={checkText}
          onTextChange={setCheckText}
          check={check}
          onChecked={setCheck}
          country={country}
          onCountryChange={chooseCountry}
          onReport={reportChecked}
        />
      );
      break;
    case 'chat':
      page = <ChatPage client={client} country={country} onCountryChange={chooseCountry} />;
      break;
    case 'staff':
      page = <StaffPage fetchImpl={fetchImpl} path={route.path} />;
      break;
    case 'report':
      page = <ReportPage values={tip} onValuesChange={setTip} canAttach={check !== null} fetchImpl={fetchImpl} />;
      break;
    case 'guides':
      page = <GuideIndex />;
      break;
    case 'guide':
      page = <GuidePage id={route.id} />;
      break;
  }

  const current = (page: string): 'page' | undefined =>
    route.page === page || (page === 'guides' && route.page === 'guide') ? 'page' : undefined;

  return (
    <I18nContext.Provider value={i18n}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <div className="brand">
          <p className="app-name">{strings.appName}</p>
          <p className="tagline">{strings.tagline}</p>
        </div>
        <button
          type="button"
          className="button language-switch"
          lang={language === 'en' ? 'km' : 'en'}
          title={strings.switchLanguageLabel}
          onClick={switchLanguage}
          data-testid="language-switch"
        >
          {strings.switchLanguage}
        </button>
        <nav aria-label={strings.nav.label}>
          <a href="#/" aria-current={current('check')}>
            {strings.nav.check}
          </a>
          <a href="#/chat" aria-current={current('chat')}>
            {strings.nav.chat}
          </a>
          <a href="#/report" aria-current={current('report')}>
            {strings.nav.report}
          </a>
          <a href="#/guides" aria-current={current('guides')}>
            {strings.nav.guides}
          </a>
          <a href="#/staff" aria-current={current('staff')}>
            {strings.nav.staff}
          </a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <p className="privacy">{strings.privacyNote}</p>
        <Suspense fallback={<p className="hint">…</p>}>{page}</Suspense>
      </main>
      <footer className="site-footer">
        <p>{strings.footer}</p>
      </footer>
    </I18nContext.Provider>
  );
}
