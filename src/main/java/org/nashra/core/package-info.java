/** Types shared by every stage: languages, problems and provenance spans. */
package org.nashra.core;
