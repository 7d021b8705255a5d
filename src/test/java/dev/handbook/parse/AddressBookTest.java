package dev.handbook.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.diag.Position;
import dev.handbook.yaml.YamlMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressBookTest {

    private final AddressBook book = new AddressBook(Map.of(
            "index.md", "index.html",
            "products/etcher.md", "products/etcher.html",
            "products/pi.md", "products/raspberry.html",
            "guides/model.md", "guides/model.html",
            "guides/deep/faq.md", "guides/deep/faq.html",
            "my page.md", "my page.html",
            "odd/a#b?c%20d.md", "odd/a#b?c%20d.html",
            "été: notes.md", "été: notes.html"));

    private static PageSource page(String path, String slug) {
        PageHeader header = new PageHeader(null, null, slug, List.of(), null, false, null, null);
        return new PageSource(
                path,
                "content/" + path,
                PageKind.GUIDE,
                new YamlMap(List.of(), Position.START),
                header,
                "",
                1,
                Instant.EPOCH);
    }

    @Test
    void outputPathIsTheFileNameWithHtml() {
        assertEquals("products/etcher.html", AddressBook.outputPathOf(page("products/etcher.md", null)));
    }

    @Test
    void outputPathAtTheRootHasNoFolder() {
        assertEquals("index.html", AddressBook.outputPathOf(page("index.md", null)));
    }

    @Test
    void slugOverridesTheFileNameAndKeepsTheFolder() {
        assertEquals("products/raspberry.html", AddressBook.outputPathOf(page("products/pi.md", "raspberry")));
    }

    @Test
    void aPageAPathSlugMovesKeepsItsFileLinksWorking() {
        Map<String, String> pages = Map.of(
                "guides/start.md",
                "docs/start.html",
                "guides/model.md",
                "guides/model.html",
                "guides/top.md",
                "top.html");
        AddressBook moved = new AddressBook(
                pages,
                new ContentFiles(
                        List.copyOf(pages.keySet()),
                        java.util.Set.of("guides/start.md", "guides/model.md", "guides/top.md", "guides/img/a.png")),
                Map.of(),
                java.util.Set.of());

        assertEquals("../guides/img/a.png?v=1#x", moved.rewrite("guides/start.md", "img/a.png?v=1#x"));
        assertEquals("guides/img/a.png", moved.rewrite("guides/top.md", "img/a.png"));
        assertEquals("guides/model.html", moved.rewrite("guides/top.md", "model.md"));
        assertEquals("img/a.png", moved.rewrite("guides/model.md", "img/a.png"));
        assertEquals("https://example.org/a.png", moved.rewrite("guides/start.md", "https://example.org/a.png"));
    }

    @Test
    void outputOfKnownAndUnknownSources() {
        assertEquals(Optional.of("products/raspberry.html"), book.outputOf("products/pi.md"));
        assertEquals(Optional.empty(), book.outputOf("products/nope.md"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "products/pi.md     | etcher.md                        | etcher.html",
                "products/pi.md     | ../guides/model.md#maturity      | ../guides/model.html#maturity",
                "products/etcher.md | pi.md                            | raspberry.html",
                "products/etcher.md | ./pi.md#uses                     | raspberry.html#uses",
                "index.md           | products/etcher.md               | products/etcher.html",
                "guides/model.md    | ../index.md                      | ../index.html",
                "guides/model.md    | deep/faq.md                      | deep/faq.html",
                "guides/deep/faq.md | ../../products/pi.md             | ../../products/raspberry.html",
                "guides/deep/faq.md | /products/etcher.md              | ../../products/etcher.html",
                "products/etcher.md | etcher.md#top                    | etcher.html#top",
                "index.md           | my%20page.md                     | my%20page.html",
                "index.md           | odd/a%23b%3Fc%2520d.md#part      | odd/a%23b%3Fc%2520d.html#part",
                "odd/a#b?c%20d.md   | ../%C3%A9t%C3%A9%3A%20notes.md   | ../%C3%A9t%C3%A9%3A%20notes.html",
            })
    void knownPageLinkBecomesARelativeHtmlLink(String from, String destination, String expected) {
        assertEquals(expected, book.rewrite(from, destination));
    }

    @ParameterizedTest(name = "{1} stays")
    @CsvSource(
            delimiter = '|',
            value = {
                "products/pi.md | unknown.md",
                "products/pi.md | ../../outside.md",
                "products/pi.md | https://example.com/etcher.md",
                "products/pi.md | //cdn.example.com/etcher.md",
                "products/pi.md | mailto:ada@example.com",
                "products/pi.md | #maturity",
                "products/pi.md | logo.png",
                "products/pi.md | ../guides/model.html",
            })
    void otherDestinationsAreLeftUnchanged(String from, String destination) {
        assertEquals(destination, book.rewrite(from, destination));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "products/pi.md | etcher.md              | products/etcher.md",
                "products/pi.md | ../guides/model.md     | guides/model.md",
                "products/pi.md | ./a/./b/../c.md        | products/a/c.md",
                "products/pi.md | /guides/model.md       | guides/model.md",
                "index.md       | guides//model.md       | guides/model.md",
                "index.md       | my%20page.md           | my page.md",
                "index.md       | a+b.md                 | a+b.md",
            })
    void resolveNormalisesAgainstThePageFolder(String from, String link, String expected) {
        assertEquals(Optional.of(expected), AddressBook.resolve(from, link));
    }

    @ParameterizedTest(name = "{0} + {1} climbs out")
    @CsvSource(
            delimiter = '|',
            value = {
                "index.md           | ../secret.md",
                "products/pi.md     | ../../secret.md",
                "products/pi.md     | ../guides/../../x.md",
                "guides/deep/faq.md | /../x.md",
                "products/pi.md     | ..",
                "index.md           | %2e%2e/secret.md",
                "products/pi.md     | ..%2F..%2Fsecret.md",
            })
    void resolveRefusesToClimbAboveTheContentRoot(String from, String link) {
        assertEquals(Optional.empty(), AddressBook.resolve(from, link));
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "products/a.html   | guides/b.html     | ../guides/b.html",
                "products/a.html   | products/b.html   | b.html",
                "index.html        | products/a.html   | products/a.html",
                "products/a.html   | index.html        | ../index.html",
                "a/b/c.html        | a/d.html          | ../d.html",
                "a/x.html          | a/b/c.html        | b/c.html",
                "a/b.html          | a.html            | ../a.html",
                "a/b/c.html        | x/y/z.html        | ../../x/y/z.html",
                "products/a.html   | products/a.html   | a.html",
            })
    void relativeUrlBetweenOutputFiles(String from, String to, String expected) {
        assertEquals(expected, AddressBook.relativeUrl(from, to));
    }

    /** Any two file paths (even odd ones, with empty or repeated segments) link as splitting them into segments says. */
    @Property
    void relativeUrlIsWhatTheSegmentsSay(@ForAll("paths") String from, @ForAll("paths") String to) {
        assertEquals(bySegments(from, to), AddressBook.relativeUrl(from, to));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab/").ofMaxLength(9).filter(path -> !path.endsWith("/"));
    }

    /** The plain way: both paths split at every slash, the shared leading folders dropped. */
    private static String bySegments(String fromOutput, String toOutput) {
        String[] from = fromOutput.split("/");
        String[] to = toOutput.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(from.length - 1 - common));
        for (int i = common; i < to.length; i++) {
            url.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return url.toString();
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "index.html      | ''",
                "products/a.html | ../",
                "a/b/c.html      | ../../",
            })
    void rootOfCountsFolders(String output, String expected) {
        assertEquals(expected, AddressBook.rootOf(output));
    }

    @Test
    void malformedPercentEscapeIsLeftAsWritten() {
        String rewritten = assertDoesNotThrow(() -> book.rewrite("index.md", "100%.md"));

        assertEquals("100%.md", rewritten);
        assertDoesNotThrow(() -> AddressBook.resolve("index.md", "a%zz.md"));
    }
}
