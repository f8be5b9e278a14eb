package org.nashra.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SHA-256 written down as every cache key and record spells it: lowercase hexadecimal of UTF-8 text. */
class Sha256Test {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''      | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            abc     | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
            نشرة    | 7820cd38b8ed9a08ab01b2c718d2953b0483f28649eb57066aaef7bc9b1d487c
            """)
    void textIsHashedAsItsUtf8Bytes(String text, String hex) {
        assertEquals(hex, Sha256.of(text));
        assertEquals(hex, Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
        MessageDigest pieces = Sha256.start();
        Sha256.add(pieces, text.substring(0, text.length() / 2));
        Sha256.add(pieces, text.substring(text.length() / 2));
        assertEquals(hex, Sha256.hex(pieces), "fed piece by piece");
    }

    @ParameterizedTest(name = "{0} digits")
    @CsvSource(delimiter = '|', textBlock = """
            0  | ''
            7  | ba7816b
            32 | ba7816bf8f01cfea414140de5dae2223
            40 | ba7816bf8f01cfea414140de5dae2223b00361a3
            64 | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
            """)
    void aShortHashIsTheWholeOnesFirstDigits(int digits, String hex) {
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
        assertEquals(hex, Sha256.of(abc, digits));
        byte[] framed = "[abc]".getBytes(StandardCharsets.UTF_8);
        assertEquals(hex, Sha256.of(framed, 1, 3, digits), "the bytes between the brackets");
        MessageDigest digest = Sha256.start();
        digest.update(abc);
        assertEquals(hex, Sha256.hex(digest, digits));
    }

    @Test
    void moreDigitsThanTheHashHasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sha256.of(new byte[0], 65));
        assertThrows(IllegalArgumentException.class, () -> Sha256.of(new byte[0], -1));
    }
}
