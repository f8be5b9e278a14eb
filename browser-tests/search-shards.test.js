// What the search index's shards are made from: checks that need no browser. A shard is made again only
// when the digest of its pages changes, and a page's digest leaves out what Pagefind is told to ignore
// (data-pagefind-ignore), so that a related list changing does not make a briefing's shard again. It may
// keep more than Pagefind reads, never less: a change Pagefind would index must change the digest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT } from './lib/site.js';

const SCRIPT = path.join(PROJECT, 'src/main/resources/org/nashra/bake/search-index.js');

/** searchable() of search-index.js, taken out of the script between its marks. */
function loadSearchable() {
  const source = fs.readFileSync(SCRIPT, 'utf8');
  const start = source.indexOf('const VOID_ELEMENTS');
  const end = source.indexOf('// End of the search digest');
  assert.ok(start > 0 && end > start, `the digest's lines are not marked in ${SCRIPT}`);
  return new Function(`${source.slice(start, end)}\nreturn searchable;`)();
}

const searchable = loadSearchable();

test('a page\'s search digest leaves out what Pagefind ignores, and only that', () => {
  const cases = [
    // [page, digest, why]
    ['<p>a</p><ul data-pagefind-ignore><li>x</li><ul><li>y</li></ul></ul><p>b</p>', '<p>a</p><p>b</p>', 'an ignored list, nested lists and all'],
    ['<h2 id="r" data-pagefind-ignore>R</h2><p title="x > y">t</p>', '<p title="x > y">t</p>', 'a quoted ">" ends no tag'],
    ['<DL class="m" data-pagefind-ignore><dt>k</dt></dl>after', 'after', 'tag names in any case'],
    ['<div data-pagefind-ignore="all">x</div>y', 'y', 'ignore="all"'],
    ['<p title="a data-pagefind-ignore b">kept</p>', '<p title="a data-pagefind-ignore b">kept</p>', 'the words inside an attribute value are no attribute'],
    ['<div data-pagefind-ignore><!-- </div> --><p>z</p></div>', '<div data-pagefind-ignore><!-- </div> --><p>z</p></div>', 'a comment could hide an end tag: kept'],
    ['<div data-pagefind-ignore><span data-pagefind-meta="a">m</span></div>', '<div data-pagefind-ignore><span data-pagefind-meta="a">m</span></div>', 'metadata inside: kept'],
    ['<div data-pagefind-ignore>never closed', '<div data-pagefind-ignore>never closed', 'no end: kept'],
    ['<img data-pagefind-ignore src=a>b', '<img data-pagefind-ignore src=a>b', 'a void element has no content to leave out'],
  ];
  const failures = cases.filter(([page, digest]) => searchable(page) !== digest)
    .map(([page, digest, why]) => `${why}: ${JSON.stringify(page)} => ${JSON.stringify(searchable(page))}, expected ${JSON.stringify(digest)}`);
  assert.deepEqual(failures, []);
});

test('a briefing\'s related list is outside its digest, its own text inside', () => {
  const briefing = (related, text) => `<article data-pagefind-body><h1>T</h1><p>${text}</p>`
    + `<h2 id="related" data-pagefind-ignore>Related briefings</h2><ul class="related-list" data-pagefind-ignore><li>${related}</li></ul></article>`;
  assert.equal(searchable(briefing('one', 'text')), searchable(briefing('another', 'text')));
  assert.notEqual(searchable(briefing('one', 'text')), searchable(briefing('one', 'new text')));
});
