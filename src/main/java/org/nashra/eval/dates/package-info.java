/** Date-extraction quality: span F1 and normalisation accuracy on Recognizers-Text style spec files. */
package org.nashra.eval.dates;
