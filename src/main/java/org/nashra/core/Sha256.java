package org.nashra.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as Nashra writes it down: lowercase hexadecimal, whole or its first digits, text hashed as UTF-8.
 * Keys of caches, content hashes and the digests of build records all go through here, so that they are
 * spelled alike.
 */
public final class Sha256 {

    private Sha256() {}

    /** A digest to feed piece by piece; {@link #hex(MessageDigest)} ends it. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Adds {@code text} as its UTF-8 bytes. */
    public static void add(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends {@code digest}: its 64 hexadecimal digits. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Ends {@code digest}: its first {@code digits} hexadecimal digits (at most 64). */
    public static String hex(MessageDigest digest, int digits) {
        return prefix(digest.digest(), digits);
    }

    /** The 64 hexadecimal digits of {@code text}'s UTF-8 bytes. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The 64 hexadecimal digits of {@code bytes}. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(start().digest(bytes));
    }

    /** The first {@code digits} hexadecimal digits of {@code bytes}. */
    public static String of(byte[] bytes, int digits) {
        return prefix(start().digest(bytes), digits);
    }

    /** The first {@code digits} hexadecimal digits of {@code length} bytes from {@code offset}. */
    public static String of(byte[] bytes, int offset, int length, int digits) {
        return prefix(raw(bytes, offset, length), digits);
    }

    /** The raw digest of {@code length} bytes from {@code offset}. */
    public static byte[] raw(byte[] bytes, int offset, int length) {
        MessageDigest digest = start();
        digest.update(bytes, offset, length);
        return digest.digest();
    }

    private static String prefix(byte[] digest, int digits) {
        if (digits < 0 || digits > 2 * digest.length) throw new IllegalArgumentException("digits: " + digits);
        String hex = HexFormat.of().formatHex(digest, 0, (digits + 1) / 2);
        return hex.length() == digits ? hex : hex.substring(0, digits);
    }
}
