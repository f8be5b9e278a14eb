package org.nashra.extract.dates;

/** How much of a date is known: the day, only the month, or only the year. */
public enum Precision { DAY, MONTH, YEAR }
