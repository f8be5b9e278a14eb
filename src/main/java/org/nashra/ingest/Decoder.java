package org.nashra.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nashra.arabic.ArabicText;
import org.nashra.core.Problem;

/**
 * Bytes of a seed file to text. UTF-8 (with or without byte order mark) is expected; UTF-16 with a byte
 * order mark and legacy Windows-1256 Arabic are accepted with a warning. Empty, blank, binary and
 * undecodable files give one error and no text.
 */
final class Decoder {

    record Decoded(Optional<String> text, List<Problem> problems) {
        Decoded {
            problems = List.copyOf(problems);
        }
    }

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** Share of letters that must be Arabic for bytes that are not UTF-8 to be read as Windows-1256. */
    private static final double MIN_ARABIC_LETTER_SHARE = 0.7;
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private Decoder() {}

    static Decoded decode(byte[] bytes, Path file) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            return failed(Problem.error(file, "empty file: no article text"));
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Optional<String> utf16 = strict(bytes, StandardCharsets.UTF_16);
            if (utf16.isEmpty()) return failed(Problem.error(file, "starts with a UTF-16 byte order mark but is not valid UTF-16"));
            text = utf16.get();
            problems.add(Problem.warning(file, "decoded as UTF-16 (byte order mark); seeds should be UTF-8"));
        } else {
            if (containsNul(bytes)) {
                return failed(Problem.error(file, "binary file (contains NUL bytes), not article text"));
            }
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            Optional<String> utf8 = strict(slice(bytes, offset), StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                text = utf8.get();
            } else {
                int bad = firstMalformedUtf8Byte(bytes, offset);
                int line = lineOfByte(bytes, bad);
                Optional<String> legacy = strict(slice(bytes, offset), WINDOWS_1256);
                if (legacy.isPresent() && arabicLetterShare(legacy.get()) >= MIN_ARABIC_LETTER_SHARE) {
                    text = legacy.get();
                    problems.add(Problem.warning(file, line,
                            "not UTF-8 (byte " + bad + "); decoded as legacy Windows-1256 Arabic"));
                } else {
                    return failed(Problem.error(file, line,
                            "not valid UTF-8 (byte " + bad + ") and not legacy Windows-1256 Arabic text either"));
                }
            }
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            return failed(Problem.error(file, "binary file (mostly control characters), not article text"));
        }
        if (Lines.split(text).stream().allMatch(Lines::isBlank)) {
            return failed(Problem.error(file, "file contains only white space: no article text"));
        }
        return new Decoded(Optional.of(text), problems);
    }

    private static Decoded failed(Problem error) {
        return new Decoded(Optional.empty(), List.of(error));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** 0-based offset of the first byte that is not valid UTF-8. */
    private static int firstMalformedUtf8Byte(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : from;
    }

    /** 1-based line holding the byte at {@code offset}, counting CRLF, CR and LF as one line end each. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
            else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) line++;
        }
        return line;
    }

    /** Share of a text's letters that are Arabic script, presentation forms (text copied from a PDF) included. */
    static double arabicLetterShare(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (ArabicText.isArabicLetter(c)) arabic++;
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        return text.isEmpty() ? 0 : (double) controls / text.length();
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) if (b == 0) return true;
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static byte[] slice(byte[] bytes, int offset) {
        if (offset == 0) return bytes;
        byte[] out = new byte[bytes.length - offset];
        System.arraycopy(bytes, offset, out, 0, out.length);
        return out;
    }
}
