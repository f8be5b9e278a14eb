/** The command line: picocli commands that wire the stages together. */
package org.nashra.cli;
