// Search results show the text as published, not as folded for the index. The bake stores each page's
// original text beside the folded one (meta "original_text"); these functions put the original words
// back into Pagefind's excerpts and section titles, word for word. A word is restored only when it
// folds to the indexed word, so a mismatch leaves the folded word rather than a wrong one.
import { fold } from './arabic-fold.js';

/** Pagefind's own word separators (whitespace except U+FEFF). */
const SEPARATORS = /[^\S\uFEFF]+/;
const MARK = /^<mark>([\s\S]*)<\/mark>$/;

function escapeHtml(text) {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function words(text) {
  return text.split(SEPARATORS);
}

/** Where the run of words `run` starts in `all`, or -1. */
function find(run, all) {
  outer: for (let at = 0; at + run.length <= all.length; at += 1) {
    for (let k = 0; k < run.length; k += 1) if (all[at + k] !== run[k]) continue outer;
    return at;
  }
  return -1;
}

function original(foldedWord, originalWord) {
  return originalWord !== undefined && fold(originalWord) === foldedWord ? originalWord : foldedWord;
}

/**
 * Pagefind's excerpt (HTML: escaped text, matched words in <mark>, perhaps an ellipsis at either end)
 * with each word replaced by its original spelling.
 *
 * @param excerpt       the excerpt over `foldedText`
 * @param foldedText    the indexed text, HTML-escaped as Pagefind gives it (raw_content)
 * @param originalText  the page's text before folding (plain)
 */
export function restoreExcerpt(excerpt, foldedText, originalText) {
  if (!excerpt || !foldedText || !originalText) return excerpt;
  const folded = words(foldedText);
  const originals = words(escapeHtml(originalText));
  if (folded.length !== originals.length) return excerpt;
  const tokens = excerpt.split(' ');
  const plain = tokens.map((t) => t.replace(/<\/?mark>/g, ''));
  for (const lead of [0, 1]) {
    for (const tail of [0, 1]) {
      const run = plain.slice(lead, plain.length - tail);
      if (run.length === 0) continue;
      const at = find(run, folded);
      if (at < 0) continue;
      return tokens.map((token, k) => {
        if (k < lead || k >= plain.length - tail) return token;
        const word = original(plain[k], originals[at + k - lead]);
        return MARK.test(token) ? `<mark>${word}</mark>` : word;
      }).join(' ');
    }
  }
  return excerpt;
}

/** A section title (a heading's folded text, plain, starting at word `location`) in its original spelling. */
export function restoreTitle(title, location, foldedText, originalText) {
  if (!title || !foldedText || !originalText || !(location >= 0)) return title;
  const originals = words(originalText);
  if (words(foldedText).length !== originals.length) return title;
  return words(title).map((word, k) => {
    let candidate = originals[location + k];
    // Pagefind ends each block's text with a full stop that the heading itself does not have.
    if (candidate !== undefined && candidate.endsWith('.') && !word.endsWith('.')) candidate = candidate.slice(0, -1);
    return original(word, candidate);
  }).join(' ');
}

/** Pagefind UI's processResult: excerpts and section titles in the original spelling. */
export function restoreResult(result) {
  const text = result?.meta?.original_text;
  if (text === undefined) return result;
  delete result.meta.original_text;
  const foldedText = result.raw_content;
  result.excerpt = restoreExcerpt(result.excerpt, foldedText, text);
  for (const sub of result.sub_results || []) {
    sub.excerpt = restoreExcerpt(sub.excerpt, foldedText, text);
    if (sub.anchor) sub.title = restoreTitle(sub.title, sub.anchor.location, foldedText, text);
  }
  return result;
}
