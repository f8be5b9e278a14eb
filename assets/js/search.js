// The search box: Pagefind's UI over the index the bake writes to pagefind/ (in shards), in the page's language
// (Pagefind picks the index and its own interface strings from <html lang>). Queries are folded by the
// same rules as the indexed text (arabic-fold.js), so أ/إ/آ/ا, ى/ي, ة/ه and diacritics do not matter;
// results are shown in the published spelling again (excerpts.js).
import { fold } from './arabic-fold.js';
import { restoreResult } from './excerpts.js';

const root = new URL('../', import.meta.url);
const container = document.getElementById('search');
const EXCERPT_LENGTH = 24;

/**
 * The bundles of the index that hold the page's language, in the order nashra-shards.json lists them: the
 * index is made in shards, so that a changed article has only its shard indexed again. The first is
 * searched with its own Pagefind scripts, the others are merged into it. An index without the list (or a
 * list that cannot be read) is one bundle.
 */
async function bundles() {
  const index = new URL('pagefind/', root);
  const language = (document.documentElement.lang || '').toLowerCase();
  try {
    const response = await fetch(new URL('nashra-shards.json', index));
    if (!response.ok) throw new Error(String(response.status));
    const { shards } = await response.json();
    // Pagefind's own rule for a page's index: its language, else the language without its region.
    const holds = (languages) => languages.includes(language) || languages.includes(language.split('-')[0]);
    const found = shards.filter((shard) => holds(shard.languages || [])).map((shard) => new URL(shard.path, index).pathname);
    return found.length > 0 ? found : [index.pathname];
  } catch {
    return [index.pathname];
  }
}

async function start() {
  const [first, ...merged] = await bundles();
  // eslint-disable-next-line no-undef
  new PagefindUI({
    element: '#search',
    bundlePath: first,
    baseUrl: root.pathname,
    processTerm: fold,
    processResult: restoreResult,
    showImages: false,
    showSubResults: true,
    excerptLength: EXCERPT_LENGTH,
    // Pagefind's interface hands its options to the first bundle only; each merged one needs its own.
    mergeIndex: merged.map((bundlePath) => ({ bundlePath, baseUrl: root.pathname, excerptLength: EXCERPT_LENGTH })),
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
