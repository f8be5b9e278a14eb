/** Transliteration accuracy: top-1 exact match and character error rate over Arabic/English name pairs. */
package org.nashra.eval.translit;
