/** Corpus-wide views: entity registry, topic index, related articles, timeline. */
package org.nashra.link;
