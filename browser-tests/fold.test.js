// Arabic search folding and the self-hosted fonts: checks that need no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fold, foldHtmlText } from '../assets/js/arabic-fold.js';
import { sources } from './tools/copy-fonts.js';
import { PROJECT, table, visible } from './lib/site.js';

test('folding follows the table in fold-cases.tsv', () => {
  const failures = [];
  for (const { line, cells: [input, expected] } of table('fold-cases.tsv')) {
    const actual = fold(input);
    if (actual !== expected) {
      failures.push(`fold-cases.tsv:${line}: ${visible(input)} => ${visible(actual)}, expected ${visible(expected)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('folding is idempotent on every example', () => {
  for (const { cells: [input] } of table('fold-cases.tsv')) {
    assert.equal(fold(fold(input)), fold(input), visible(input));
  }
});

test('HTML folding changes text only, never markup or attribute values', () => {
  const html = '<h1 title="الأمريكية">الأمريكية</h1><meta content="أميركا"><p>مُحَمَّد <b>إلى</b></p>';
  assert.equal(foldHtmlText(html), '<h1 title="الأمريكية">الامريكيه</h1><meta content="أميركا"><p>محمد <b>الي</b></p>');
});

test('the fonts in assets/fonts are the pinned @fontsource files, each with its licence', (t) => {
  if (!fs.existsSync(path.join(PROJECT, 'node_modules/@fontsource'))) return t.skip('run npm ci first');
  for (const [from, to] of sources()) {
    assert.ok(fs.existsSync(to), `missing ${path.relative(PROJECT, to)}: run npm run fonts`);
    assert.ok(fs.readFileSync(from).equals(fs.readFileSync(to)),
      `${path.relative(PROJECT, to)} differs from ${path.relative(PROJECT, from)}: run npm run fonts`);
  }
});

test('the stylesheet uses every copied font file and no other', () => {
  const css = fs.readFileSync(path.join(PROJECT, 'assets/css/nashra.css'), 'utf8');
  const used = [...css.matchAll(/url\("\.\.\/fonts\/([^"]+)"\)/g)].map((m) => m[1]).sort();
  const shipped = fs.readdirSync(path.join(PROJECT, 'assets/fonts')).filter((f) => f.endsWith('.woff2')).sort();
  assert.deepEqual(used, shipped);
});
