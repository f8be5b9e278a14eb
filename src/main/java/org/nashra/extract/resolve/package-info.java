/** Entity resolution: one real-world entity, one id, across spellings, short forms and articles. */
package org.nashra.extract.resolve;
