/** Figures in text: numbers with what they count, where, and whether approximate. */
package org.nashra.extract.figures;
