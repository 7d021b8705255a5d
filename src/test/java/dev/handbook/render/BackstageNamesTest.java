package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Backstage names and tags, checked against the rules written as regular expressions (after the one folding). */
class BackstageNamesTest {

    private static String nameByRule(String raw) {
        String text = Slugs.ascii(raw);
        String name = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
        name = name.length() > 63 ? name.substring(0, 63).replaceAll("[^A-Za-z0-9]+$", "") : name;
        return name.isEmpty() ? "unnamed" : name.toLowerCase(Locale.ROOT);
    }

    private static String tagByRule(String raw) {
        return Slugs.ascii(raw)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9+#]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    @Test
    void examples() {
        assertEquals("tide-gauge", BackstageCatalog.name("Tide Gauge"));
        assertEquals("a--b", BackstageCatalog.name("a-$b"));
        assertEquals("unnamed", BackstageCatalog.name("  --  "));
        assertEquals("x.y_z", BackstageCatalog.name("..X.y_z.."));
        assertEquals("c++", BackstageCatalog.tag("C++"));
        assertEquals("data-science", BackstageCatalog.tag("  Data   Science! "));
        assertEquals("", BackstageCatalog.tag("---"));
        assertEquals("soren-odegard", BackstageCatalog.name("Søren Ødegård"), "folded as every slug is");
        assertEquals("strasse", BackstageCatalog.tag("Straße"));
    }

    @Test
    void sameAsTheRulesForAnyText() {
        String alphabet = "aZ09._-+# $/\u00e9\u0130\ud83c\udf0a\t-";
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(List.of("", "-", "a", "A".repeat(70) + "--x", "x".repeat(62) + "..yy"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(nameByRule(text), BackstageCatalog.name(text), text);
            assertEquals(tagByRule(text), BackstageCatalog.tag(text), text);
        }
    }
}
