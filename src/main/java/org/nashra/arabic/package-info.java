/** Pure Arabic text functions: normalisation for matching, digits, tokens, clitics, sentences. */
package org.nashra.arabic;
