package dev.handbook.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.parse.PageParser;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tide Gauge | tide-gauge",
                "  Alert   Relay!  | alert-relay",
                "Jetée du Nord | jetee-du-nord",
                "Ölfass Straße | olfass-strasse",
                "Smørrebrød Æble | smorrebrod-aeble",
                "ÇA VA? 2.0 | ca-va-2-0",
                "ﬁle № 5 | file-no-5",
                "R&D_tools | r-d-tools",
            })
    void foldsANameIntoASlugThePageParserAccepts(String name, String slug) {
        assertEquals(slug, Slug.fromName(name).orElseThrow().value());
        assertTrue(PageParser.SLUG.matcher(slug).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!?", "—", "東京"})
    void aNameWithoutLatinLettersOrDigitsHasNoSlug(String name) {
        assertEquals(Optional.empty(), Slug.fromName(name));
    }
}
