package org.nashra.extract.dates;

/** Which part of a month or year is meant: all of it, or its start (مطلع), middle (منتصف) or end (أواخر). */
public enum Portion { WHOLE, EARLY, MID, LATE }
