package org.nashra.translate.mt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the translation services speak. Writes maps (in their iteration order), lists,
 * strings, numbers, booleans and null; reads any JSON text into the same shapes (numbers as
 * {@link BigDecimal}). Malformed input raises {@link Malformed} with the offset of the fault.
 */
final class Json {

    static final class Malformed extends Exception {
        Malformed(String message, int offset) {
            super(message + " at offset " + offset);
        }
    }

    private static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    // ---- writing

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
            out.append(value);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("JSON has no " + d);
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    /** Escapes quotes, backslashes, control characters, line/paragraph separators and lone surrogates. */
    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || lone) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    // ---- reading

    static Object parse(String text) throws Malformed {
        if (text == null) throw new Malformed("no JSON text", 0);
        Json reader = new Json(text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) throw new Malformed("unexpected text after the JSON value", reader.pos);
        return value;
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) throw new Malformed("nested too deeply", pos);
        if (pos >= text.length()) throw new Malformed("unexpected end", pos);
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw new Malformed("unexpected '" + c + "'", pos);
            }
        };
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw new Malformed("expected a member name", pos);
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws Malformed {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw new Malformed("unterminated string", pos);
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c < 0x20) throw new Malformed("control character in string", pos - 1);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) throw new Malformed("unterminated escape", pos);
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw new Malformed("short \\u escape", pos);
                    String hex = text.substring(pos, pos + 4);
                    if (!hex.matches("[0-9a-fA-F]{4}")) throw new Malformed("bad \\u escape", pos);
                    out.append((char) Integer.parseInt(hex, 16));
                    pos += 4;
                }
                default -> throw new Malformed("bad escape \\" + e, pos - 1);
            }
        }
    }

    private BigDecimal number() throws Malformed {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9') pos++;
        } else {
            throw new Malformed("bad number", start);
        }
        if (peek() == '.') {
            pos++;
            if (!(peek() >= '0' && peek() <= '9')) throw new Malformed("bad fraction", pos);
            while (peek() >= '0' && peek() <= '9') pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!(peek() >= '0' && peek() <= '9')) throw new Malformed("bad exponent", pos);
            while (peek() >= '0' && peek() <= '9') pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new Malformed("number out of range", start);
        }
    }

    private Object literal(String word, Object value) throws Malformed {
        if (!text.startsWith(word, pos)) throw new Malformed("unexpected '" + text.charAt(pos) + "'", pos);
        pos += word.length();
        return value;
    }

    private void expect(char c) throws Malformed {
        if (peek() != c) {
            throw new Malformed(pos >= text.length() ? "unexpected end, expected '" + c + "'" : "expected '" + c + "'", pos);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) pos++;
    }

    // ---- navigating a parsed value

    /** The value at a path of member names and list indexes, or null when the path does not exist. */
    static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (step instanceof String name && current instanceof Map<?, ?> map) {
                current = map.get(name);
            } else if (step instanceof Integer index && current instanceof List<?> list && index >= 0 && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }
}
