/** Machine translation through configured HTTP services, with an on-disk cache and failures reported, never thrown. */
package org.nashra.translate.mt;
