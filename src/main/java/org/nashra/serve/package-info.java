/** Local preview: serves the baked site, watches the project's sources and reloads open pages after each rebuild. */
package org.nashra.serve;
