package dev.handbook.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostics;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tide Gauge",
                "Gauge: Pro",
                "#1 Gauge",
                "Gauge #1",
                "yes",
                "No",
                "null",
                "~",
                "1984",
                "2026-11-21",
                "0x1F",
                "3.5",
                "[Gauge]",
                "{Gauge}",
                "*Gauge",
                "&Gauge",
                "!Gauge",
                "|",
                ">",
                "- Gauge",
                "'quoted'",
                "\"quoted\"",
                "back\\slash",
                "Tab\there",
                "Jetée",
                " padded ",
                "@Gauge",
                "`Gauge`",
                "%Gauge",
                "Gauge, the tool",
                "It's Gauge",
                "TODO"
            })
    void aValueReadsBackAsTheSameText(String value) {
        String yaml = new FrontMatterText().entry("title", value).close().replace("---\n", "");
        Diagnostics diagnostics = new Diagnostics();
        YamlMap map =
                (YamlMap) new YamlReader("test.md", 2, diagnostics).read(yaml).orElseThrow();
        assertTrue(diagnostics.isEmpty(), yaml + diagnostics.sorted());
        YamlScalar scalar = (YamlScalar) map.get("title").orElseThrow();
        assertEquals(value, scalar.text(), yaml);
        assertEquals(YamlScalar.Kind.STRING, scalar.kind(), yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tide Gauge", "Jetée du Nord", "TODO", "It's Gauge"})
    void plainTextStaysUnquoted(String value) {
        assertEquals(value, FrontMatterText.scalar(value));
    }
}
