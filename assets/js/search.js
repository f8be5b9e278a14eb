// The search box: Pagefind's UI over the index the bake writes to pagefind/, in the page's language
// (Pagefind picks the index and its own interface strings from <html lang>). Queries are folded by the
// same rules as the indexed text (arabic-fold.js), so أ/إ/آ/ا, ى/ي, ة/ه and diacritics do not matter;
// results are shown in the published spelling again (excerpts.js).
import { fold } from './arabic-fold.js';
import { restoreResult } from './excerpts.js';

const root = new URL('../', import.meta.url);
const container = document.getElementById('search');

function start() {
  // eslint-disable-next-line no-undef
  new PagefindUI({
    element: '#search',
    bundlePath: new URL('pagefind/', root).pathname,
    baseUrl: root.pathname,
    processTerm: fold,
    processResult: restoreResult,
    showImages: false,
    showSubResults: true,
    excerptLength: 24,
  });
  // Pagefind names its box only by title and placeholder; give it an accessible name of its own.
  const input = container.querySelector('input');
  if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.title);
}

if (container) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('pagefind/pagefind-ui.css', root).href;
  // Before the site's stylesheet, so that the site's rules win over Pagefind's defaults.
  const siteStyle = document.querySelector('link[rel="stylesheet"]');
  if (siteStyle) siteStyle.before(style); else document.head.append(style);
  const script = document.createElement('script');
  script.src = new URL('pagefind/pagefind-ui.js', root).href;
  script.addEventListener('load', start);
  document.head.append(script);
}
