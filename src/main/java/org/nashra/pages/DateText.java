package org.nashra.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.nashra.core.Lang;

/** A publication date as readers of each language write it. */
final class DateText {

    private static final List<String> ARABIC_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو",
            "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    private DateText() {}

    static String format(LocalDate date, Lang lang) {
        return switch (lang) {
            case AR -> date.getDayOfMonth() + " " + ARABIC_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
            case EN -> date.getDayOfMonth() + " "
                    + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
        };
    }
}
