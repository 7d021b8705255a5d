package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One folding for every address made from a name: new pages, owner pages, Backstage names. */
class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tide Gauge|tide-gauge",
                "Søren Ødegård|soren-odegard",
                "Straße Æble Œuvre|strasse-aeble-oeuvre",
                "Łódź Þing|lodz-thing",
                "Jetée: #2 \"Nord\"|jetee-2-nord",
                "ﬁle №5|file-no5",
                "  --Team 0--  |team-0",
                "İstanbul ılık|istanbul-ilik",
                "!?|''",
                "日本|''",
            })
    void namesFoldToOneSlug(String name, String slug) {
        assertEquals(slug, Slugs.of(name));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Søren_Ops.Team|Soren_Ops.Team",
                "ASCII stays as it is|ASCII stays as it is",
                "Ærø|AEro",
            })
    void asciiKeepsCaseAndOtherCharacters(String name, String ascii) {
        assertEquals(ascii, Slugs.ascii(name));
    }
}
