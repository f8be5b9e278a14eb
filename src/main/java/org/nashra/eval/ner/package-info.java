/** Named-entity evaluation: CoNLL exact-span precision, recall and F1, and recognition throughput. */
package org.nashra.eval.ner;
