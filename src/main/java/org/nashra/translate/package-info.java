/** English for the English edition: glossary words, names and machine-translation backends. */
package org.nashra.translate;
