package org.nashra.translate.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Arabic name token and its English spelling, as read from a pair file in either of two layouts:
 * {@code arabic TAB english} or the Wikidata layout {@code english TAB a r a b i c TAB count}
 * (Arabic letters separated by spaces). Lines that are not a clean pair are skipped.
 *
 * @param arabic  light form (see {@link NameKey#lightForm}), Arabic letters only
 * @param english lowercase a-z only (accents, apostrophes and hyphens removed)
 * @param count   how often the pair was seen (1 in the two-column layout)
 */
public record NamePair(String arabic, String english, int count) {

    /** Reads every clean pair of the file, in file order. */
    public static List<NamePair> readAll(Path file) throws IOException {
        List<NamePair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(pairs::add);
        }
        return List.copyOf(pairs);
    }

    static Optional<NamePair> parse(String line) {
        String[] fields = line.replace("\uFEFF", "").split("\t");
        String arabic;
        String english;
        int count = 1;
        if (fields.length == 3 && fields[2].trim().matches("\\d+")) {
            english = fields[0];
            arabic = fields[1].replace(" ", "");
            count = Integer.parseInt(fields[2].trim());
        } else if (fields.length == 2) {
            arabic = fields[0];
            english = fields[1];
        } else {
            return Optional.empty();
        }
        String cleanArabic = NameKey.lightForm(arabic.strip());
        String cleanEnglish = asciiLetters(english);
        if (cleanArabic.isEmpty() || cleanEnglish.isEmpty()) return Optional.empty();
        for (int i = 0; i < cleanArabic.length(); i++) {
            if (!NameKey.isArabicLetter(cleanArabic.charAt(i))) return Optional.empty();
        }
        return Optional.of(new NamePair(cleanArabic, cleanEnglish, Math.max(1, count)));
    }

    /** Lowercase a-z, or empty when the spelling holds letters outside the Latin alphabet. */
    static String asciiLetters(String english) {
        String folded = Normalizer.normalize(english.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace("ø", "o").replace("ı", "i").replace("æ", "ae").replace("ß", "ss")
                .replace("đ", "d").replace("ł", "l").replace("œ", "oe").replace("þ", "th");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') out.append(c);
            else if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '-' || c == '.'
                    || c == '\u2019' || c == '`') continue;
            else return "";
        }
        return out.toString();
    }
}
