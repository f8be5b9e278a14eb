package org.nashra.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The spec tables' own notation: escapes in, visible escapes out. */
class SpecTableTest {

    @Test
    void invisibleCharactersAreShownAsEscapes() {
        assertEquals("\\u200fالعراق\\u200e", SpecTable.visible("\u200fالعراق\u200e"));
        assertEquals("a\\u00a0b\\nc", SpecTable.visible("a\u00a0b\nc"));
        assertEquals("هُزم".replace("\u064f", "\\u064f"), SpecTable.visible("هُزم"));
    }

    @Test
    void escapesAreDecoded() {
        assertEquals("\u200fx\ny", SpecTable.unescape("\\u200fx\\ny"));
        assertEquals("\\u12", SpecTable.unescape("\\u12"));
    }
}
