// Where the site under test is, and reading the example tables that sit beside the tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TESTS = path.join(PROJECT, 'browser-tests');
export const ARTIFACTS = path.join(TESTS, 'artifacts');

/** The baked site: $NASHRA_SITE, or the project's site/ after a build. */
export const SITE = path.resolve(process.env.NASHRA_SITE || path.join(PROJECT, 'site'));

/** The rows of a tab-separated example table: comment (#) and blank lines skipped, \uXXXX unescaped. */
export function table(name) {
  const text = fs.readFileSync(path.join(TESTS, name), 'utf8');
  return text.split('\n')
    .map((line, index) => ({ line: index + 1, text: line }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
    .map(({ line, text }) => ({ line, cells: text.split('\t').map(unescape) }));
}

function unescape(cell) {
  return cell.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

/** A text with every character outside printable ASCII and Arabic letters shown as \uXXXX. */
export function visible(text) {
  return [...String(text)].map((ch) => {
    const code = ch.codePointAt(0);
    const plain = (code >= 0x20 && code < 0x7f) || (code >= 0x621 && code <= 0x64a);
    return plain ? ch : '\\u' + code.toString(16).padStart(4, '0');
  }).join('');
}

/** Ids of the Arabic briefings in the site (ar/<id>.html), sorted. */
export function briefingIds() {
  return fs.readdirSync(path.join(SITE, 'ar')).filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length)).sort();
}
