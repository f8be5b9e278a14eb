package org.nashra.extract.dates;

/** Whether a date is the value itself, or a limit: since it (منذ 2020) or until it (حتى أيلول 2026). */
public enum Bound { NONE, SINCE, UNTIL }
