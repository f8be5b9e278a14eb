/** The only package that knows JBake: CommonMark engine, oven runner, post-bake checks. */
package org.nashra.bake;
