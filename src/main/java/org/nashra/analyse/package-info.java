/** The per-article analysis stage: runs every extractor over one cleaned article. */
package org.nashra.analyse;
