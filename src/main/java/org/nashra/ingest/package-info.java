/** Reads seed files into articles: decoding, structure, boilerplate removal. */
package org.nashra.ingest;
