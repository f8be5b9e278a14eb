/** Quotations in article paragraphs and who said them. */
package org.nashra.extract.quotes;
