/** English for the English edition: names, glossary, structured briefs, machine-translation backends. */
package org.nashra.translate;
