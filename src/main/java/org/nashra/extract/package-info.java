/** Facts from article text: dates, figures, quotes, entities and topics, each with its span. */
package org.nashra.extract;
