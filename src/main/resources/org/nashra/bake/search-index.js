// Builds the Pagefind search index of a baked site, in shards that a later run can take over unchanged.
// Run by org.nashra.bake.Search as:
//   node --input-type=module -e <this> SITE_DIR FOLD_MODULE OUTPUT_DIR RECORD_FILE PREVIOUS_DIR SALT SHARD_PAGES
// with the project folder (holding node_modules/pagefind) as working directory. The index is written to
// OUTPUT_DIR (SITE_DIR/pagefind in a bake; a scratch folder when a live site's index is made again).
//
// Pagefind cannot add to an index, and at a few thousand articles an index takes a minute or more. So the
// searchable pages are split into shards by a hash of their file name (a briefing's two languages share
// it, so a changed article touches one shard), each a whole Pagefind bundle: the first in OUTPUT_DIR
// itself, the others in OUTPUT_DIR/shard-N/. The search box loads the first shard that holds the page's
// language and merges the others that do (Pagefind's mergeIndex; nashra-shards.json lists the shards and
// their languages); a merged shard's scripts are not loaded, but a shard may be the first of its
// language, and Pagefind's scripts are small beside the index. A shard holds at least
// SHARD_PAGES pages; the number of shards is a power of two, so it changes (and every shard is made
// again) only when the site doubles or halves. RECORD_FILE keeps what each shard was made from (a
// digest of SALT, which names the script, Pagefind and the folding rules, and of its pages as Pagefind
// reads them) and its files: a shard whose digest is unchanged is taken over from PREVIOUS_DIR (the
// index as the last run left it) by hard links, provided its files are there at their recorded sizes.
//
// Pagefind is handed each page with its text Arabic-folded (assets/js/arabic-fold.js); the search box
// folds the query with the same module, so spellings that differ only in hamza, alef maqsura,
// teh marbuta, diacritics or tatweel find each other. The pages on disk are not changed.
// Each page's text as published is read by a throwaway index in a worker thread, which has a Pagefind
// service of its own: the service handles one page at a time, so the two services use two cores. Each
// language of a shard is indexed in a service of its own, one after the other, to bound Pagefind's memory.
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const [siteDir, foldModule, outputDir, recordFile, previousDir, salt, shardPagesArgument] = process.argv.slice(1);
const SHARD_PAGES = Math.max(1, Number.parseInt(shardPagesArgument, 10) || 2000);
const { foldHtmlText } = await import(pathToFileURL(foldModule).href);
const pagefind = await import('pagefind');

/** The list of shards the search box reads, in OUTPUT_DIR. */
const SHARDS_FILE = 'nashra-shards.json';
const ENTRY_FILE = 'pagefind-entry.json';

function byName(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function htmlFiles(dir, prefix = '') {
  const found = [];
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
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
 * groups pages by index: should Pagefind read two groups as one language, mergeEntries says so.
 */
function languageOf(html) {
  const match = /<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]*)/i.exec(html);
  return match ? match[1].toLowerCase() : '';
}

/**
 * The shard of a page, by its file name: the first four bytes of the name's SHA-256, modulo the number of
 * shards. Every bit of a cryptographic hash is spread evenly, which the low bits of simpler hashes (by which
 * a power of two divides) are not for names that differ in a few characters.
 */
function shardOf(file, count) {
  return crypto.createHash('sha256').update(path.posix.basename(file)).digest().readUInt32BE(0) % count;
}

// The search digest's reading of a page, from here to its end mark, is tested by itself in
// browser-tests/search-shards.test.js, which takes these lines out of this file.
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** An element's start or end tag, its attributes read with their quoted values (which may hold '>'). */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'>\/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function hasAttribute(attributes, name) {
  for (const [, found] of attributes.matchAll(ATTRIBUTE)) if (found.toLowerCase() === name) return true;
  return false;
}

/**
 * The page as Pagefind reads it for the index: without the elements it is told to ignore
 * (data-pagefind-ignore), whose text it leaves out. An ignored element is kept when it holds Pagefind
 * attributes of its own (metadata, filters), markup whose tags this reading could miscount (comments,
 * scripts, styles, text areas), or no end: a page's digest may change when its index entry does not, never
 * the other way round.
 */
function searchable(html) {
  const tags = new RegExp(TAG.source, 'g');
  let kept = '';
  let from = 0;
  for (let open; (open = tags.exec(html)) !== null;) {
    const [, closing, rawName, attributes, selfClosing] = open;
    const name = rawName.toLowerCase();
    if (closing || selfClosing || VOID_ELEMENTS.has(name) || !hasAttribute(attributes, 'data-pagefind-ignore')) continue;
    const inside = tags.lastIndex;
    let depth = 1;
    let end = -1;
    for (let tag; depth > 0 && (tag = tags.exec(html)) !== null;) {
      if (tag[2].toLowerCase() !== name || tag[4]) continue;
      depth += tag[1] ? -1 : 1;
      if (depth === 0) end = tags.lastIndex;
    }
    const inner = end < 0 ? '' : html.slice(inside, end);
    if (end < 0 || /<!--|<script\b|<style\b|<textarea\b/i.test(inner) || /\sdata-pagefind-(meta|filter|sort|default-meta)\b/i.test(inner)) {
      tags.lastIndex = inside; // kept whole: read on from inside it
      continue;
    }
    kept += html.slice(from, open.index);
    from = end;
  }
  return kept + html.slice(from);
}
// End of the search digest's reading of a page.

/** A JSON value with the keys of every object sorted, so the same index gives the same bytes. */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort(byName).map((key) => [key, sorted(value[key])]));
}

/** The record of the last run: its shards by folder. Empty when there is none or it cannot be read. */
async function previousShards() {
  if (!recordFile) return new Map();
  try {
    const record = JSON.parse(await fs.readFile(recordFile, 'utf8'));
    return new Map((record.shards || []).map((shard) => [shard.folder, shard]));
  } catch {
    return new Map();
  }
}

/**
 * Takes a shard over from the previous index: every recorded file hard-linked (or copied) into the new
 * one. False, leaving nothing behind, when a file is missing or not at its recorded size.
 */
async function takeOver(shard, previous) {
  if (!previous || previous.key !== shard.key || !previousDir) return false;
  const from = path.join(previousDir, shard.folder);
  const to = path.join(outputDir, shard.folder);
  const files = Object.entries(previous.files || {});
  try {
    for (const [file, size] of files) {
      if ((await fs.stat(path.join(from, file))).size !== size) return false;
    }
    for (const [file] of files) {
      await fs.mkdir(path.dirname(path.join(to, file)), { recursive: true });
      try {
        await fs.link(path.join(from, file), path.join(to, file));
      } catch {
        await fs.copyFile(path.join(from, file), path.join(to, file));
      }
    }
  } catch {
    for (const [file] of files) await fs.rm(path.join(to, file), { force: true });
    return false;
  }
  shard.files = previous.files;
  return true;
}

/**
 * Writes the files of one language's index of a shard ourselves rather than with Pagefind's writeFiles:
 * every write is awaited before the process exits, so a busy machine never leaves a file half written.
 * The files every index has (Pagefind's scripts) must be the very bytes an earlier language's index wrote;
 * the entry file, which lists the languages, is returned to be merged, not written.
 */
async function writeLanguage(index, shard, written) {
  const { files, errors } = await index.getFiles();
  report('pagefind', errors);
  let entry = null;
  for (const file of [...files].sort((a, b) => byName(a.path, b.path))) {
    const content = Buffer.from(file.content);
    if (file.path === ENTRY_FILE) {
      entry = JSON.parse(content.toString('utf8'));
      continue;
    }
    const target = path.join(outputDir, shard.folder, file.path);
    if (file.path in written) {
      if (!content.equals(await fs.readFile(target))) throw new Error(`the languages' indexes differ in ${shard.folder}${file.path}`);
      continue;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
    written[file.path] = content.length;
  }
  if (!entry) throw new Error('Pagefind wrote no ' + ENTRY_FILE);
  return entry;
}

/** The entry file of the languages' indexes together, as one index of all of them writes it. */
function mergeEntries(merged, entry) {
  if (merged === null) return entry;
  const { languages: known, ...rest } = merged;
  const { languages: more, ...moreRest } = entry;
  if (JSON.stringify(rest) !== JSON.stringify(moreRest)) throw new Error('the languages\' indexes differ in ' + ENTRY_FILE);
  for (const language of Object.keys(more)) {
    if (language in known) throw new Error(`two groups of pages were indexed as language ${language}`);
  }
  return { ...merged, languages: { ...known, ...more } };
}

/** Reads the languages of a shard taken over from its entry file. */
async function languagesOf(shard) {
  const entry = JSON.parse(await fs.readFile(path.join(outputDir, shard.folder, ENTRY_FILE), 'utf8'));
  return Object.keys(entry.languages || {}).sort(byName);
}

/** Writes a file whole: through a temporary file beside it, renamed over it. */
async function writeWhole(file, text) {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, text);
  await fs.rename(temporary, file);
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

  let count = 1;
  while (count * 2 * SHARD_PAGES <= pages.length) count *= 2;
  const members = Array.from({ length: count }, () => []);
  for (const page of pages) members[shardOf(page[0], count)].push(page);
  // The first shard is always made, even without a page: the search box loads Pagefind's interface from it.
  const shards = members.map((shardPages, n) => ({ folder: n === 0 ? '' : `shard-${n}/`, pages: shardPages }))
    .filter((shard, n) => n === 0 || shard.pages.length > 0);
  for (const shard of shards) {
    const digest = crypto.createHash('sha256').update(`nashra search shard\n${salt}\n${count}\n${shard.folder}\n`);
    for (const [file, html] of shard.pages) digest.update(`${file}\n${searchable(html)}\n\0`);
    shard.key = digest.digest('hex');
  }

  await fs.mkdir(outputDir, { recursive: true });
  const before = await previousShards();
  const toMake = [];
  for (const shard of shards) {
    if (await takeOver(shard, before.get(shard.folder))) shard.languages = await languagesOf(shard);
    else toMake.push(shard);
  }

  // The shards to make, batch by batch: the worker reads the text as published of the next batches while
  // the pages of the one before go into their shard's index.
  const batches = [];
  for (const shard of toMake) {
    shard.batches = [];
    for (let start = 0; start < shard.pages.length; start += BATCH) {
      shard.batches.push(batches.length);
      batches.push(shard.pages.slice(start, start + BATCH));
    }
  }
  if (toMake.length > 0) {
    const published = textAsPublished(batches);
    try {
      for (const shard of toMake) {
        // Pagefind indexes each language apart and holds every word of every page it is given until it
        // writes the index, so each language of a shard gets an index of its own, each in a new service:
        // the files are those one index of all its pages makes, in the memory of the largest language.
        const languages = [...new Set(shard.pages.map(([, html]) => languageOf(html)))];
        if (languages.length === 0) languages.push(''); // a shard without pages: Pagefind's scripts and an empty index
        const written = {};
        let entry = null;
        for (const language of languages) {
          const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
          report('pagefind', errors);
          if (!index) throw new Error('Pagefind could not create an index');
          for (const batch of shard.batches) {
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
          entry = mergeEntries(entry, await writeLanguage(index, shard, written));
          await pagefind.close();
        }
        // Pagefind lists the languages in its entry file in no fixed order: written with every key sorted.
        const content = Buffer.from(JSON.stringify(sorted(entry)));
        await fs.writeFile(path.join(outputDir, shard.folder, ENTRY_FILE), content);
        written[ENTRY_FILE] = content.length;
        shard.languages = Object.keys(entry.languages || {}).sort(byName);
        shard.files = Object.fromEntries(Object.entries(written).sort(([a], [b]) => byName(a, b)));
      }
    } finally {
      await published.end();
    }
  }

  const list = { shards: shards.map((shard) => ({ path: shard.folder, languages: shard.languages })) };
  await fs.writeFile(path.join(outputDir, SHARDS_FILE), JSON.stringify(list));
  if (!failed && recordFile) {
    const record = { shards: shards.map(({ folder, key, files: made }) => ({ folder, key, files: made })) };
    await writeWhole(recordFile, JSON.stringify(record));
  }
  console.log(`indexed ${pages.length} pages in ${shards.length} shards, ${toMake.length} made again`);
} catch (error) {
  console.error(String(error && error.message || error));
  failed = true;
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
