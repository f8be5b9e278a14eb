package org.nashra.extract.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd and long input gives results, never an exception; offsets always point into the input. */
class DateFinderRobustnessTest {

    private static final String[] PIECES = {"في", "2017", "١٤", "/", "-", "،", ",", "صفر", "رمضان", "1445", "هـ", "يوم", "الجمعة",
            "الماضي", "من", "إلى", "بين", "و", "و2019", "منذ", "حتى", "عام", "31", "فبراير", "شباط", "(", ")", "\u200f", "\u064e", "ـ",
            "تشرين", "الأول", "قبل", "3", "أيام", "الآن", "منتصف", "العام", "هذا", "الشهر", "ألف", "وتسعمائة", "خمسة", "عشر",
            "99/99/9999", "0", "December", "9th", "\uD800", "\u0000", " ", "\n", "شهر", "أول", "جمعة"};

    @Test
    void nothingToFindInNothing() {
        assertEquals(List.of(), DateFinder.find(null, Optional.empty()));
        assertEquals(List.of(), DateFinder.find("", Optional.empty()));
        assertEquals(List.of(), DateFinder.find("   ", null));
    }

    @Test
    void randomJumblesOfDateWordsKeepValidOffsets() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(20); k >= 0; k--) b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
            String text = b.toString();
            Optional<LocalDate> ref = random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            int last = 0;
            for (DateMention m : DateFinder.find(text, ref)) {
                assertTrue(m.start() >= last, () -> "mentions overlap in " + SpecLines.visible(text));
                assertEquals(m.surface(), text.substring(m.start(), m.end()), () -> "offsets in " + SpecLines.visible(text));
                last = m.end();
            }
        }
    }

    @Test
    void longRepetitiveTextDoesNotExhaustTheStack() {
        String unit = "منذ شهر و يوم و عام و ألف وتسعمائة وثمانية و ";
        String text = unit.repeat(2000);
        List<DateMention> found = DateFinder.find(text, Optional.of(LocalDate.of(2024, 1, 1)));
        assertTrue(found.size() > 0 && found.get(found.size() - 1).end() <= text.length());
    }
}
