import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createBrowserDetectorClient } from './engine/detector-client.ts';
import './styles/fonts.css';
import './styles/app.css';

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the language choice is not remembered
  }
}

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App
      client={createBrowserDetectorClient()}
      fetchImpl={(input, init) => fetch(input, init)}
      store={localStore()}
      preferredLanguages={navigator.languages.length > 0 ? navigator.languages : [navigator.language]}
    />
  </StrictMode>,
);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
      // Without a service worker the app still works online; offline use is what is lost.
      document.documentElement.dataset.offlineError = error instanceof Error ? error.message : String(error);
    });
  });
}
