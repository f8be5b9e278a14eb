/** Plans pages and is the one writer of content/. */
package org.nashra.pages;
