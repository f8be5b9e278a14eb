// Builds the Pagefind search index of a baked site, one index per page language (from <html lang>).
// Run by org.nashra.bake.Search as: node --input-type=module -e <this> SITE_DIR FOLD_MODULE OUTPUT_DIR
// with the project folder (holding node_modules/pagefind) as working directory. The index is written
// to OUTPUT_DIR (SITE_DIR/pagefind in a bake; a scratch folder when a live site's index is made again).
// Pagefind is handed each page with its text Arabic-folded (assets/js/arabic-fold.js); the search box
// folds the query with the same module, so spellings that differ only in hamza, alef maqsura,
// teh marbuta, diacritics or tatweel find each other. The pages on disk are not changed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const [siteDir, foldModule, outputDir] = process.argv.slice(1);
const { foldHtmlText } = await import(pathToFileURL(foldModule).href);
const pagefind = await import('pagefind');

async function htmlFiles(dir, prefix = '') {
  const found = [];
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) {
      if (relative !== 'pagefind') found.push(...await htmlFiles(path.join(dir, entry.name), relative + '/'));
    } else if (entry.name.endsWith('.html')) {
      found.push(relative);
    }
  }
  return found;
}

let failed = false;
function report(what, errors) {
  for (const error of errors || []) {
    console.error(`${what}: ${error}`);
    failed = true;
  }
}

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  report('pagefind', errors);
  if (!index) throw new Error('Pagefind could not create an index');
  return index;
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text Pagefind reads from each page as it is, by result URL, from a throwaway index. */
async function textAsPublished(pages) {
  const index = await newIndex();
  for (const [file, html] of pages) report(file, (await index.addHTMLFile({ sourcePath: file, content: html })).errors);
  const { files, errors } = await index.getFiles();
  report('pagefind', errors);
  const texts = new Map();
  for (const file of files) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    // A fragment is gzip'd JSON behind a 12-byte signature ("pagefind_dcd").
    const fragment = JSON.parse(gunzipSync(Buffer.from(file.content)).subarray(12).toString('utf8'));
    texts.set(fragment.url, fragment.content);
  }
  await index.deleteIndex();
  return texts;
}

/**
 * Writes the index's files ourselves rather than with Pagefind's writeFiles: every write is awaited
 * before the process exits, so a busy machine never leaves a file half written.
 */
async function writeIndex(index, outputDir) {
  const { files, errors } = await index.getFiles();
  report('pagefind', errors);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const target = path.join(outputDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
}

try {
  const all = [];
  for (const file of await htmlFiles(siteDir)) all.push([file, await fs.readFile(path.join(siteDir, file), 'utf8')]);
  // Once any page marks its searchable part with data-pagefind-body, Pagefind leaves every page
  // without one out of the index; handing it only the marked pages gives the same index in a
  // fraction of the time (list pages outnumber briefings in a large archive).
  const marked = all.filter(([, html]) => html.includes('data-pagefind-body'));
  const pages = marked.length > 0 ? marked : all;
  const published = await textAsPublished(pages);
  const index = await newIndex();
  for (const [file, html] of pages) {
    // The search box shows results in the published spelling: it maps the folded excerpt back onto
    // this copy of the page's text, word for word (assets/js/excerpts.js).
    const url = '/' + file;
    const text = published.get(url);
    const withText = text === undefined ? html
      : html.replace(/<\/head>/i, `<meta data-pagefind-meta="original_text[content]" content="${escapeAttribute(text)}"></head>`);
    report(file, (await index.addHTMLFile({ sourcePath: file, content: foldHtmlText(withText) })).errors);
  }
  await writeIndex(index, outputDir);
  console.log(`indexed ${pages.length} pages`);
} catch (error) {
  console.error(String(error && error.message || error));
  failed = true;
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
