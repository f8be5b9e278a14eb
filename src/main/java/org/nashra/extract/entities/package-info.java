/** Named-entity recognition for Arabic news: statistical model, rules, gazetteer and their combination. */
package org.nashra.extract.entities;
