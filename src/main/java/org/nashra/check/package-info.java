/** Site checks over baked HTML: links, counterparts, validity. */
package org.nashra.check;
