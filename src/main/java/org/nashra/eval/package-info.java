/** Quality harnesses: NER span F1, transliteration accuracy, date extraction. */
package org.nashra.eval;
