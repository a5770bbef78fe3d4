/**
 * The pane's entry: waits for Office and renders the App in the Office theme, with the Excel backend
 * (the same planner, reader and repairer as the CLI) loaded in a second chunk. (In the browser sandbox the page has
 * already put a fake Office and Excel in place; this file does not know the difference.)
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { officeThemeIsDark } from '../excel/officeTheme';
import { downloadKnownToSave, fileDownloadsWork } from '../excel/platform';
import { MANIFEST_EXCEL_API, excelApiSupported } from '../excel/requirements';
import { App } from './components/App';
import { lazyBackend } from './lazyBackend';
import { PaneLanguageProvider, useWords } from './words';
import { officeDisplayLanguage, saveLanguage, savedLanguage } from '../excel/officeLanguage';
import { LOCALES, hasLanguage, loadLanguage, prepareFormats, wordsFor, type Language } from '../messages/words';

/**
 * The reader, the checks and the Office.js adapter: a chunk of their own, asked for as this script starts, while
 * Office gets ready (its modules touch no Office object before the first check), so that the first check finds it
 * loaded. A failed download is asked for again at the next use.
 */
const loadBackendChunk = () => import(/* webpackChunkName: "workbook" */ '../excel/createBackend');
let early: ReturnType<typeof loadBackendChunk> | null = loadBackendChunk();
early.catch(() => undefined); // seen again, and said, by the first check that uses it
const backend = lazyBackend(() => {
  const chunk = early ?? loadBackendChunk();
  early = null;
  return chunk.then((m) => m.createExcelBackend());
});

/** English, asked for as the script starts, while Office gets ready (the web build bundles no catalog). */
const english = loadLanguage('en');
english.catch(() => undefined); // asked again, and said, when the pane first needs its words

// Intl's data and the time zone, loaded the first time a format is made, while the page waits (words.ts).
// English's formats: the language is known once Office is ready, and another's then costs a few ms.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => prepareFormats('en'));

function TooOld() {
  const w = useWords();
  return (
    <main style={{ padding: 12, fontFamily: 'Segoe UI, sans-serif' }}>
      <h1 style={{ fontSize: 18 }}>{w.t('pane.tooOld.title')}</h1>
      <p>{w.t('pane.tooOld.text', { needed: MANIFEST_EXCEL_API })}</p>
    </main>
  );
}

/**
 * The pane in its language: the user's choice (remembered, officeLanguage.ts), else Office's display
 * language. A choice applies at once; the page's lang follows, for screen readers and spelling.
 */
function Localized({ children }: { children: React.ReactNode }) {
  const office = React.useMemo(() => officeDisplayLanguage(), []);
  const [chosen, setChosen] = React.useState<Language | null>(savedLanguage);
  const [, setLoaded] = React.useState<Language | null>(null);
  const language = chosen ?? office;
  // English is always needed (the words of the readers' errors), the chosen language too.
  const ready = hasLanguage('en') && hasLanguage(language);
  React.useEffect(() => {
    document.documentElement.lang = LOCALES[language];
    // Each catalog comes in its own chunk (docs/speed.md): the pane shows once its words are there.
    if (!ready) void Promise.all([english, loadLanguage(language)]).then(() => setLoaded(language));
  }, [language, ready]);
  const value = React.useMemo(
    () =>
      ready
        ? {
            words: wordsFor(language),
            chosen,
            office,
            choose: (l: Language | null) => {
              saveLanguage(l);
              setChosen(l);
            },
          }
        : null,
    [language, ready, chosen, office],
  );
  return value ? <PaneLanguageProvider value={value}>{children}</PaneLanguageProvider> : null;
}

/** Set by the ES5 check in taskpane.html on Internet Explorer 11 and Edge Legacy, which already show what to do. */
const unsupportedClient =
  (window as unknown as { grantBudgetUnsupportedClient?: boolean }).grantBudgetUnsupportedClient === true;

void Office.onReady(() => {
  if (unsupportedClient) return;
  const container = document.getElementById('container');
  if (!container) return;
  const dark = officeThemeIsDark();
  document.body.style.backgroundColor = dark ? '#292929' : '#ffffff';
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Localized>
        {excelApiSupported(MANIFEST_EXCEL_API) ? (
          <App backend={backend} canDownload={fileDownloadsWork()} downloadKnown={downloadKnownToSave()} />
        ) : (
          <TooOld />
        )}
      </Localized>
    </FluentProvider>,
  );
});
