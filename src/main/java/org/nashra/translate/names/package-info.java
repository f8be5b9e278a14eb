/** English names for Arabic names: transliteration model, place lexicon and the name-key normalisation they share. */
package org.nashra.translate.names;
