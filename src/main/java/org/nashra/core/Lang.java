package org.nashra.core;

import java.util.Locale;

/** A site language. Code, direction and label are data; nothing else in the code branches on the language. */
public enum Lang {
    AR("ar", "rtl", "العربية"),
    EN("en", "ltr", "English");

    private final String code;
    private final String direction;
    private final String label;

    Lang(String code, String direction, String label) {
        this.code = code;
        this.direction = direction;
        this.label = label;
    }

    public String code() { return code; }

    public String direction() { return direction; }

    /** The language's own name for itself, as shown in a language switcher. */
    public String label() { return label; }

    public Locale locale() { return Locale.forLanguageTag(code); }

    /** The other language of the pair. */
    public Lang other() { return this == AR ? EN : AR; }

    public static Lang ofCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) return lang;
        }
        throw new IllegalArgumentException("unknown language code: " + code);
    }
}
