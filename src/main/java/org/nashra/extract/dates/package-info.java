/** Date expressions in Arabic news text: finding them, resolving them to calendar values, formatting them. */
package org.nashra.extract.dates;
