package org.nashra.extract.quotes;

import java.util.Optional;

/**
 * A quotation in an article: the quoted words ({@code text}, without the marks) at
 * {@code paragraphs.get(paragraph).substring(start, end)}; {@code speaker} the fullest name or
 * description of who said it that the article gives (جون دبليو برنين, مسؤول دفاعي أميركي كبير);
 * {@code speakerRef} the words that point to the speaker at this place (برنين; the verb itself,
 * وأضاف, when the speaker is only implied). Both are empty when the speaker cannot be told.
 */
public record Quote(String text, int paragraph, int start, int end, Optional<String> speaker,
                    Optional<String> speakerRef) {

    public Quote {
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote position " + paragraph + ":" + start + "-" + end);
        }
        speaker = speaker == null ? Optional.empty() : speaker;
        speakerRef = speakerRef == null ? Optional.empty() : speakerRef;
    }
}
