/** Topics of an article from an editor-owned taxonomy, each with the evidence that assigned it. */
package org.nashra.extract.topics;
