package dev.handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final YamlFields fields = new YamlFields("page.md", dev.handbook.diag.Rule.INVALID_VALUE, diagnostics);

    private YamlMap map(String yaml) {
        return (YamlMap) new YamlReader("page.md", 2, diagnostics).read(yaml).orElseThrow();
    }

    private List<String> lines() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void textReadsAnyScalarAsWritten() {
        YamlMap map = map("a: Etcher\nb: 42\nc: 2027-03-31\n");

        assertEquals(
                List.of("Etcher", "42", "2027-03-31"),
                List.of("a", "b", "c").stream()
                        .map(k -> fields.text(map, k).orElseThrow())
                        .toList());
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void textOfAListIsReportedAtTheValue() {
        YamlMap map = map("title: [a, b]\n");

        assertEquals(Optional.empty(), fields.text(map, "title"));
        assertEquals(List.of("page.md:2:8: error: `title` must be text, not list [invalid-value]"), lines());
    }

    @Test
    void emptyValueIsNotText() {
        YamlMap map = map("title:\n");

        assertEquals(Optional.empty(), fields.text(map, "title"));
        assertEquals(List.of("page.md:2:7: error: `title` must be text, not nothing [invalid-value]"), lines());
    }

    @Test
    void missingKeyIsEmptyWithoutFinding() {
        assertEquals(Optional.empty(), fields.text(map("a: b\n"), "title"));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void boolReadsTrueAndFalse() {
        YamlMap map = map("a: true\nb: False\n");

        assertEquals(Optional.of(true), fields.bool(map, "a"));
        assertEquals(Optional.of(false), fields.bool(map, "b"));
    }

    @Test
    void boolRejectsAQuotedWord() {
        YamlMap map = map("draft: \"true\"\n");

        assertEquals(Optional.empty(), fields.bool(map, "draft"));
        assertEquals(List.of("page.md:2:8: error: `draft` must be true or false [invalid-value]"), lines());
    }

    @Test
    void boolNeverReadsYesOrOnAsFalse() {
        YamlMap map = map("a: yes\nb: on\nc: Yes\n");

        for (String key : List.of("a", "b", "c")) {
            Optional<Boolean> value = fields.bool(map, key);
            assertTrue(value.orElse(true), key + " was silently read as false");
        }
    }

    @Test
    void positiveIntRejectsZero() {
        YamlMap map = map("limit: 0\n");

        assertEquals(Optional.empty(), fields.positiveInt(map, "limit"));
        assertEquals(List.of("page.md:2:8: error: `limit` must be a whole number above 0 [invalid-value]"), lines());
    }

    @Test
    void dateParsesIsoDates() {
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), fields.date(map("d: 2027-03-31\n"), "d"));
    }

    @Test
    void dateRejectsAnImpossibleDay() {
        assertEquals(Optional.empty(), fields.date(map("d: 2027-02-30\n"), "d"));
        assertEquals(List.of("page.md:2:4: error: `d` must be a date like 2027-03-31 [invalid-value]"), lines());
    }

    @Test
    void textsReportsEachBadItem() {
        YamlMap map = map("tags:\n  - a\n  - [b]\n");

        assertEquals(Optional.of(List.of("a")), fields.texts(map, "tags"));
        assertEquals(List.of("page.md:4:5: error: `tags item` must be text, not list [invalid-value]"), lines());
    }

    @Test
    void unknownKeyNamesTheKnownOnesAndSuggestsTheClosest() {
        YamlMap map = map("title: x\nowmer: y\n");

        fields.rejectUnknownKeys(map, List.of("title", "owner"), "the page");

        assertEquals(
                List.of("page.md:3:1: error: `owmer` is not a key of the page (did you mean `owner`?); "
                        + "known keys: title, owner [unknown-key]"),
                lines());
    }
}
