// Arabic search folding. One definition serves both sides of the search: the bake folds the text it
// hands to the Pagefind indexer, and the search box folds the reader's query, so that spellings
// differing only in these marks find each other. The rules are those of Lucene's ArabicNormalizer.
//
// Each rule: the characters it replaces, what they become ('' removes them), and why.
export const FOLDING_RULES = [
  ['\u0623\u0625\u0622\u0671', '\u0627', 'alef with hamza above or below, with madda, and alef wasla are written as bare alef (أ إ آ ٱ → ا)'],
  ['\u0649', '\u064A', 'alef maqsura and yeh are often interchanged at word end (ى → ي)'],
  ['\u0629', '\u0647', 'teh marbuta is often written as heh (ة → ه)'],
  ['\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F\u0670',
    '', 'short vowels, tanween, shadda, sukun and other diacritics are optional in writing'],
  ['\u0640', '', 'tatweel (kashida) only stretches a word'],
];

const TABLE = new Map();
for (const [chars, replacement] of FOLDING_RULES) {
  for (const ch of chars) TABLE.set(ch, replacement);
}

/** The folded form of a text: every character a rule names is replaced; everything else is kept. */
export function fold(text) {
  let out = '';
  for (const ch of String(text)) {
    const replacement = TABLE.get(ch);
    out += replacement === undefined ? ch : replacement;
  }
  return out;
}

/** Folds the text between tags of an HTML document, leaving markup and attribute values as they are. */
export function foldHtmlText(html) {
  return String(html).replace(/>([^<]+)</g, (_, text) => '>' + fold(text) + '<');
}
