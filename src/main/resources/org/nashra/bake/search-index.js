// Builds the Pagefind search index of a baked site, one index per page language (from <html lang>).
// Run by org.nashra.bake.Search as: node --input-type=module -e <this> SITE_DIR FOLD_MODULE OUTPUT_DIR
// with the project folder (holding node_modules/pagefind) as working directory. The index is written
// to OUTPUT_DIR (SITE_DIR/pagefind in a bake; a scratch folder when a live site's index is made again).
// Pagefind is handed each page with its text Arabic-folded (assets/js/arabic-fold.js); the search box
// folds the query with the same module, so spellings that differ only in hamza, alef maqsura,
// teh marbuta, diacritics or tatweel find each other. The pages on disk are not changed.
// Each page's text as published is read by a throwaway index in a worker thread, which has a Pagefind
// service of its own: the service handles one page at a time, so the two services use two cores. Each
// language's index is made in a service of its own, one after the other, to bound Pagefind's memory.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

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

/** Pages a throwaway index reads at a time: the index's own files are made once per batch. */
const BATCH = 200;

/**
 * The worker's code. For each batch it is sent, in turn, it makes a throwaway index of the pages as
 * they are and sends back the text Pagefind read from each, by result URL. Run as a module, as this
 * script is (--input-type=module applies to the worker too).
 */
const PUBLISHED_TEXT_WORKER = `
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
const pagefind = await import('pagefind');
async function texts(pages) {
  const errors = [];
  const { index, errors: created } = await pagefind.createIndex({ keepIndexUrl: true });
  errors.push(...(created || []));
  if (!index) return { texts: [], errors: [...errors, 'Pagefind could not create an index'] };
  const added = pages.map(([file, html]) => index.addHTMLFile({ sourcePath: file, content: html })
    .then((result) => (result.errors || []).forEach((error) => errors.push(file + ': ' + error))));
  await Promise.all(added);
  const { files, errors: listed } = await index.getFiles();
  errors.push(...(listed || []));
  const found = [];
  for (const file of files || []) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    // A fragment is gzip'd JSON behind a 12-byte signature ("pagefind_dcd").
    const fragment = JSON.parse(gunzipSync(Buffer.from(file.content)).subarray(12).toString('utf8'));
    found.push([fragment.url, fragment.content]);
  }
  await index.deleteIndex();
  return { texts: found, errors };
}
let queue = Promise.resolve();
parentPort.on('message', ({ batch, pages }) => {
  queue = queue.then(async () => {
    if (pages === null) {
      await pagefind.close();
      parentPort.close();
      return;
    }
    try {
      parentPort.postMessage({ batch, ...await texts(pages) });
    } catch (error) {
      parentPort.postMessage({ batch, texts: [], errors: [String(error && error.message || error)] });
    }
  });
});
`;

/**
 * The text Pagefind reads from each page as it is, batch by batch: one promise per batch of
 * {@link BATCH} pages, resolving to a Map by result URL, and a function that ends the worker.
 */
function textAsPublished(batches) {
  const worker = new Worker(PUBLISHED_TEXT_WORKER, { eval: true });
  const settle = [];
  const results = batches.map((_, batch) => new Promise((resolve, reject) => { settle[batch] = { resolve, reject }; }));
  // A batch no one waits for any more (the index failed before it) must not fail the process again.
  results.forEach((result) => result.catch(() => {}));
  worker.on('message', ({ batch, texts, errors }) => {
    report('pagefind (text as published)', errors);
    settle[batch].resolve(new Map(texts));
  });
  const fail = (error) => settle.forEach(({ reject }) => reject(error));
  worker.on('error', fail);
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  worker.on('exit', () => fail(new Error('the worker reading the pages\' text stopped')));
  batches.forEach((pages, batch) => worker.postMessage({ batch, pages }));
  const end = () => {
    worker.postMessage({ pages: null });
    return exited;
  };
  return { results, end };
}

/**
 * The language Pagefind files a page under: its <html lang>, lower-cased ('' when it has none). Only
 * groups pages by index: should Pagefind read two groups as one language, writeIndex says so.
 */
function languageOf(html) {
  const match = /<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]*)/i.exec(html);
  return match ? match[1].toLowerCase() : '';
}

/**
 * Writes the files of one language's index ourselves rather than with Pagefind's writeFiles: every
 * write is awaited before the process exits, so a busy machine never leaves a file half written.
 * The files every index has (the search UI) must be the very bytes an earlier language's index wrote;
 * the entry file, which lists the languages, is returned to be merged, not written.
 */
async function writeIndex(index, outputDir, written) {
  const { files, errors } = await index.getFiles();
  report('pagefind', errors);
  let entry = null;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const content = Buffer.from(file.content);
    if (file.path === 'pagefind-entry.json') {
      entry = JSON.parse(content.toString('utf8'));
      continue;
    }
    const target = path.join(outputDir, file.path);
    if (written.has(file.path)) {
      if (!content.equals(await fs.readFile(target))) throw new Error(`the languages' indexes differ in ${file.path}`);
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
    written.add(file.path);
  }
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
  return entry;
}

/** The entry file of the languages' indexes together, as one index of all of them writes it. */
function mergeEntries(merged, entry) {
  if (merged === null) return entry;
  const { languages: known, ...rest } = merged;
  const { languages: more, ...moreRest } = entry;
  if (JSON.stringify(rest) !== JSON.stringify(moreRest)) throw new Error('the languages\' indexes differ in pagefind-entry.json');
  for (const language of Object.keys(more)) {
    if (language in known) throw new Error(`two groups of pages were indexed as language ${language}`);
  }
  return { ...merged, languages: { ...known, ...more } };
}

try {
  const files = await htmlFiles(siteDir);
  const read = (file) => fs.readFile(path.join(siteDir, file), 'utf8');
  // Once any page marks its searchable part with data-pagefind-body, Pagefind leaves every page
  // without one out of the index; handing it only the marked pages gives the same index in a
  // fraction of the time (list pages outnumber briefings in a large archive). Only they are kept
  // in memory; a site that marks none is read again whole.
  const pages = [];
  for (const file of files) {
    const html = await read(file);
    if (html.includes('data-pagefind-body')) pages.push([file, html]);
  }
  if (pages.length === 0) for (const file of files) pages.push([file, await read(file)]);
  const batches = [];
  for (let start = 0; start < pages.length; start += BATCH) batches.push(pages.slice(start, start + BATCH));
  const published = textAsPublished(batches);
  const languages = [...new Set(pages.map(([, html]) => languageOf(html)))];
  if (languages.length === 0) languages.push(''); // no page at all: an empty index, as Pagefind makes one
  // Pagefind indexes each language apart and holds every word of every page it is given until it
  // writes the index, so each language gets an index of its own, one after the other, each in a new
  // service: the files are those one index of all the pages makes, in the memory of the largest
  // language. Batches go into an index in page order as their text arrives, so each index is the one
  // that adding its pages in turn makes, while the worker reads the next batch.
  const written = new Set();
  let entry = null;
  try {
    for (const language of languages) {
      const index = await newIndex();
      for (let batch = 0; batch < batches.length; batch++) {
        const texts = await published.results[batch];
        for (const [file, html] of batches[batch]) {
          if (languageOf(html) !== language) continue;
          // The search box shows results in the published spelling: it maps the folded excerpt back onto
          // this copy of the page's text, word for word (assets/js/excerpts.js).
          const text = texts.get('/' + file);
          const withText = text === undefined ? html
            : html.replace(/<\/head>/i, `<meta data-pagefind-meta="original_text[content]" content="${escapeAttribute(text)}"></head>`);
          report(file, (await index.addHTMLFile({ sourcePath: file, content: foldHtmlText(withText) })).errors);
        }
      }
      entry = mergeEntries(entry, await writeIndex(index, outputDir, written));
      await pagefind.close();
    }
  } finally {
    await published.end();
  }
  await fs.writeFile(path.join(outputDir, 'pagefind-entry.json'), JSON.stringify(entry));
  console.log(`indexed ${pages.length} pages`);
} catch (error) {
  console.error(String(error && error.message || error));
  failed = true;
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
