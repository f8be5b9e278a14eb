package org.nashra.pages;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

import org.nashra.core.Sha256;

/**
 * A SHA-256 digest of a page's inputs, so that a build in a later process can tell whether a page would
 * be planned from the same inputs as before without keeping the inputs themselves. Every value is
 * written with its type and, for text and collections, its length, so two different values never give
 * the same bytes: equal digests mean equal inputs.
 *
 * <p>Only values whose whole state is public are taken: records (component by component), text,
 * numbers, booleans, characters, enums, optionals, lists, sets and maps, {@code java.time} values, paths
 * and URIs (a path inside the digester's place as within it). Anything else cannot be digested
 * ({@link #of} gives null) and its page is planned afresh.
 * Sets and maps whose order is part of them (sorted, linked, by enum) are written in that order; others
 * in an order of their own bytes, since equal hash sets may iterate differently from one process to the next.
 *
 * <p>A record whose bytes are large is written as its own digest, worked out once per object: the same
 * analysis is read by a dozen pages. One digester serves one planning run, on any number of threads.
 */
final class InputDigest {

    /** Paths inside it are written as within it; null when every path is written whole. */
    private final Path place;

    /** A digester that writes every path whole. */
    InputDigest() {
        this(null);
    }

    /** A digester that writes paths inside {@code place} as within it, so the same files elsewhere digest alike. */
    InputDigest(Path place) {
        this.place = place == null ? null : place.toAbsolutePath().normalize();
    }

    /** Records of at least this many bytes are written as their digest and remembered by identity. */
    private static final int LARGE = 2048;

    private final Map<Object, byte[]> large = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** Record classes with an instance found large: only theirs are looked up in {@link #large}. */
    private final Set<Class<?>> largeClasses = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The digest of {@code value} as 64 hexadecimal digits; null when some part of it cannot be digested. */
    String of(Object value) {
        Bytes out = new Bytes();
        try {
            write(value, out);
        } catch (Undigestable e) {
            return null;
        }
        return HexFormat.of().formatHex(Sha256.raw(out.buffer, 0, out.size));
    }

    private static final class Undigestable extends Exception {
        Undigestable() {
            super(null, null, false, false);
        }
    }

    private void write(Object value, Bytes out) throws Undigestable {
        if (value == null) {
            out.tag('0');
        } else if (value instanceof String s) {
            out.tag('S');
            out.text(s);
        } else if (value instanceof Record record) {
            writeRecord(record, out);
        } else if (value instanceof List<?> list) {
            out.tag('L');
            out.integer(list.size());
            for (Object element : list) write(element, out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.tag(value instanceof Integer ? 'I' : value instanceof Long ? 'J' : value instanceof Short ? 's' : 'b');
            out.number(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            out.tag(b ? 'T' : 'F');
        } else if (value instanceof Enum<?> e) {
            out.tag('E');
            out.text(e.getDeclaringClass().getName());
            out.text(e.name());
        } else if (value instanceof Optional<?> optional) {
            out.tag('O');
            write(optional.orElse(null), out);
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out);
        } else if (value instanceof Set<?> set) {
            writeSet(set, out);
        } else if (value instanceof Character c) {
            out.tag('C');
            out.number(c);
        } else if (value instanceof Double d) {
            out.tag('D');
            out.number(Double.doubleToLongBits(d));
        } else if (value instanceof Float f) {
            out.tag('f');
            out.number(Float.floatToIntBits(f));
        } else if (value instanceof Path path && place != null && path.toAbsolutePath().normalize().startsWith(place)) {
            out.tag('P');
            out.text(place.relativize(path.toAbsolutePath().normalize()).toString());
        } else if (value instanceof Path || value instanceof java.net.URI || value instanceof java.math.BigDecimal
                || value instanceof java.math.BigInteger || value.getClass().getPackageName().equals("java.time")) {
            // Immutable values whose text is the value.
            out.tag('V');
            out.text(value.getClass().getName());
            out.text(value.toString());
        } else {
            throw new Undigestable();
        }
    }

    private void writeRecord(Record record, Bytes out) throws Undigestable {
        byte[] known = largeClasses.contains(record.getClass()) ? large.get(record) : null;
        if (known != null) {
            out.tag('H');
            out.raw(known);
            return;
        }
        int start = out.size;
        out.tag('R');
        out.text(record.getClass().getName());
        for (Method accessor : ACCESSORS.get(record.getClass())) {
            try {
                write(accessor.invoke(record), out);
            } catch (ReflectiveOperationException e) {
                throw new Undigestable();
            }
        }
        if (out.size - start >= LARGE) {
            byte[] digest = Sha256.raw(out.buffer, start, out.size - start);
            largeClasses.add(record.getClass());
            large.put(record, digest);
            out.size = start;
            out.tag('H');
            out.raw(digest);
        }
    }

    private void writeMap(Map<?, ?> map, Bytes out) throws Undigestable {
        if (map instanceof SortedMap<?, ?> || map instanceof LinkedHashMap<?, ?> || map instanceof EnumMap<?, ?>) {
            out.tag('M');
            out.integer(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(entry.getKey(), out);
                write(entry.getValue(), out);
            }
            return;
        }
        List<byte[]> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Bytes one = new Bytes();
            write(entry.getKey(), one);
            write(entry.getValue(), one);
            entries.add(one.bytes());
        }
        writeUnordered('m', entries, out);
    }

    private void writeSet(Set<?> set, Bytes out) throws Undigestable {
        if (set instanceof SortedSet<?> || set instanceof LinkedHashSet<?> || set instanceof EnumSet<?>) {
            out.tag('Q');
            out.integer(set.size());
            for (Object element : set) write(element, out);
            return;
        }
        List<byte[]> elements = new ArrayList<>(set.size());
        for (Object element : set) {
            Bytes one = new Bytes();
            write(element, one);
            elements.add(one.bytes());
        }
        writeUnordered('q', elements, out);
    }

    /** Each entry's bytes start with a type tag and carry their own lengths, so sorted and joined they stay apart. */
    private static void writeUnordered(char tag, List<byte[]> entries, Bytes out) {
        entries.sort(Arrays::compare);
        out.tag(tag);
        out.integer(entries.size());
        for (byte[] entry : entries) out.raw(entry);
    }

    /** Each record class's accessors, in component order, callable on a record of a private class. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** A growing byte buffer; text is written as UTF-16 code units after its length. */
    private static final class Bytes {
        byte[] buffer = new byte[256];
        int size;

        private void room(int more) {
            if (size + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }

        void tag(char tag) {
            room(1);
            buffer[size++] = (byte) tag;
        }

        void integer(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) buffer[size++] = (byte) (value >>> shift);
        }

        void number(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) buffer[size++] = (byte) (value >>> shift);
        }

        void text(String s) {
            int length = s.length();
            integer(length);
            room(2 * length);
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                buffer[size++] = (byte) (c >>> 8);
                buffer[size++] = (byte) c;
            }
        }

        void raw(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
