// Builds the Pagefind search index of a baked site, one index per page language (from <html lang>).
// Run by org.nashra.bake.Search as: node --input-type=module -e <this> SITE_DIR FOLD_MODULE
// with the project folder (holding node_modules/pagefind) as working directory.
// Pagefind is handed each page with its text Arabic-folded (assets/js/arabic-fold.js); the search box
// folds the query with the same module, so spellings that differ only in hamza, alef maqsura,
// teh marbuta, diacritics or tatweel find each other. The pages on disk are not changed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [siteDir, foldModule] = process.argv.slice(1);
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

try {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  report('pagefind', errors);
  if (!index) throw new Error('Pagefind could not create an index');
  let pages = 0;
  for (const file of await htmlFiles(siteDir)) {
    const html = await fs.readFile(path.join(siteDir, file), 'utf8');
    const added = await index.addHTMLFile({ sourcePath: file, content: foldHtmlText(html) });
    report(file, added.errors);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
  report('pagefind', written.errors);
  console.log(`indexed ${pages} pages`);
} catch (error) {
  console.error(String(error && error.message || error));
  failed = true;
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
