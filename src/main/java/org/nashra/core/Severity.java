package org.nashra.core;

/** How bad a {@link Problem} is: an error fails the build's exit code, a warning does not. */
public enum Severity { ERROR, WARNING }
