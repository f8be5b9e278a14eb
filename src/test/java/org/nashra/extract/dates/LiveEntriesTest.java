package org.nashra.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example table live-entries.txt: blocks | reference | head line | the day of each block's date. */
class LiveEntriesTest {

    static Stream<String[]> cases() throws IOException {
        return SpecLines.read("live-entries.txt").stream();
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @MethodSource("cases")
    void entriesPastMidnight(String blocks, String reference, String head, String days) {
        List<List<DateMention>> found = DateFinder.findEach(Arrays.asList(blocks.split(" / ")),
                Optional.of(LocalDate.parse(reference)), head.equals("-") ? List.of() : List.of(head));
        String shown = found.stream().map(ms -> ms.stream().map(m -> m.value().map(Object::toString).orElse("-"))
                .collect(Collectors.joining(" "))).map(s -> s.isEmpty() ? "∅" : s).collect(Collectors.joining(" / "));
        assertEquals(days, shown);
    }
}
