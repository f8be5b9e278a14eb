package org.nashra.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.nashra.core.Sha256;

/**
 * Article ids from seed file names: lowercase ASCII letters, digits and single hyphens, stable across
 * runs and machines. Letters outside ASCII are not transliterated; when a name has any, a short hash of
 * the whole name is appended so that different names keep different ids.
 */
public final class Slugs {

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final int MAX_ASCII_LENGTH = 80;
    private static final int HASH_HEX_DIGITS = 8;

    private Slugs() {}

    /**
     * The id for a seed file name, e.g. {@code 000_0bd4bb5b0ab38dc1.txt → 000-0bd4bb5b0ab38dc1}.
     * Never empty; never contains {@code /}, {@code \}, {@code .} or uppercase letters.
     */
    public static String fromFileName(String fileName) {
        String name = Normalizer.normalize(fileName == null ? "" : fileName, Normalizer.Form.NFC);
        String stem = EXTENSION.matcher(name).replaceFirst("");
        StringBuilder ascii = new StringBuilder();
        boolean lossy = false;
        boolean pendingHyphen = false;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (pendingHyphen && ascii.length() > 0) ascii.append('-');
                pendingHyphen = false;
                ascii.append(Character.toLowerCase(c));
            } else {
                if (c > 0x7F) lossy = true;
                pendingHyphen = true;
            }
        }
        String slug = ascii.length() > MAX_ASCII_LENGTH ? trimHyphens(ascii.substring(0, MAX_ASCII_LENGTH)) : ascii.toString();
        if (slug.isEmpty()) return hash(stem);
        return lossy ? slug + "-" + hash(stem) : slug;
    }

    private static String trimHyphens(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '-') end--;
        return s.substring(0, end);
    }

    private static String hash(String text) {
        return Sha256.of(text).substring(0, HASH_HEX_DIGITS);
    }
}
