// Search results in the published spelling: mapping Pagefind's folded excerpts back onto the original text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../assets/js/arabic-fold.js';
import { restoreExcerpt, restoreResult, restoreTitle } from '../assets/js/excerpts.js';

const ORIGINAL = 'الملخص. قال إن القوات الأمريكية باقية في العراق، وإن <المهمة> لم تنتهِ.';
const FOLDED = fold(ORIGINAL).replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('marked words and their neighbours come back in the published spelling', () => {
  const excerpt = 'ان القوات <mark>الامريكيه</mark> باقيه في';
  assert.equal(restoreExcerpt(excerpt, FOLDED, ORIGINAL), 'إن القوات <mark>الأمريكية</mark> باقية في');
});

test('an ellipsis at either end is kept, and escaped markup stays escaped', () => {
  const excerpt = '… وان &lt;المهمه&gt; <mark>لم</mark> …';
  assert.equal(restoreExcerpt(excerpt, FOLDED, ORIGINAL), '… وإن &lt;المهمة&gt; <mark>لم</mark> …');
});

test('when the texts do not line up word for word, the excerpt is left as it is', () => {
  const excerpt = 'القوات <mark>الامريكيه</mark>';
  assert.equal(restoreExcerpt(excerpt, FOLDED + ' زائدة', ORIGINAL), excerpt);
  assert.equal(restoreExcerpt('كلمات ليست في النص', FOLDED, ORIGINAL), 'كلمات ليست في النص');
});

test('a section title comes back without the full stop Pagefind puts after the heading', () => {
  assert.equal(restoreTitle('الملخص', 0, FOLDED, ORIGINAL), 'الملخص');
  assert.equal(restoreTitle('القوات الامريكيه', 3, FOLDED, ORIGINAL), 'القوات الأمريكية');
});

test('a Pagefind result loses the stored text and gains original excerpts', () => {
  const result = {
    raw_content: FOLDED,
    excerpt: 'القوات <mark>الامريكيه</mark>',
    meta: { title: 'عنوان', original_text: ORIGINAL },
    sub_results: [{ title: 'الملخص', anchor: { location: 0 }, excerpt: 'الملخص. قال ان' }],
  };
  const restored = restoreResult(result);
  assert.deepEqual(restored.meta, { title: 'عنوان' });
  assert.equal(restored.excerpt, 'القوات <mark>الأمريكية</mark>');
  assert.equal(restored.sub_results[0].excerpt, 'الملخص. قال إن');
});
