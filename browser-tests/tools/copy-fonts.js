// Copies the self-hosted font files from the pinned @fontsource packages into assets/fonts/.
// Only the subsets and weights the stylesheet uses; the browser suite checks the copies stay identical.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** [package, file in its files/ folder] for every face in assets/css/nashra.css. */
export const FONT_FILES = [
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff2'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-700-normal.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-ext-400-normal.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-ext-700-normal.woff2'],
];

/** [package, licence file name in assets/fonts/]. */
export const LICENCES = [
  ['@fontsource/noto-naskh-arabic', 'OFL-noto-naskh-arabic.txt'],
  ['@fontsource/source-serif-4', 'OFL-source-serif-4.txt'],
];

export function sources() {
  const pairs = [];
  for (const [pkg, file] of FONT_FILES) {
    pairs.push([path.join(project, 'node_modules', pkg, 'files', file), path.join(project, 'assets/fonts', file)]);
  }
  for (const [pkg, file] of LICENCES) {
    pairs.push([path.join(project, 'node_modules', pkg, 'LICENSE'), path.join(project, 'assets/fonts', file)]);
  }
  return pairs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.join(project, 'assets/fonts'), { recursive: true });
  for (const [from, to] of sources()) {
    fs.copyFileSync(from, to);
    console.log(path.relative(project, to));
  }
}
