package dev.handbook.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLinesTest {

    @Test
    void wordsAreSplitAtRunsOfAsciiWhitespaceOnly() {
        assertEquals(List.of("tide gauge"), LabelLines.of("  tide \t\n gauge "));
        // an em space is part of the word, as it was for split("\\s+")
        assertEquals(List.of("tide\u2003gauge"), LabelLines.of("tide\u2003gauge"));
        assertEquals(List.of(""), LabelLines.of(""));
        assertEquals(List.of(""), LabelLines.of(" \t "));
    }

    @Test
    void longLabelsWrapAtSpacesAndEndWithAnEllipsis() {
        assertEquals(List.of("harbour flood warning", "station"), LabelLines.of("harbour flood warning station"));
        assertEquals(List.of("a".repeat(26), "a".repeat(4)), LabelLines.of("a".repeat(30)));
        List<String> lines = LabelLines.of("word ".repeat(30));
        assertEquals(3, lines.size());
        assertEquals('\u2026', lines.get(2).charAt(lines.get(2).length() - 1));
    }
}
