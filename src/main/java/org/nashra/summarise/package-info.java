/** Summarisers that pick sentences from an article. */
package org.nashra.summarise;
