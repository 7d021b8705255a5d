package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code handbook new product}: a page shaped by the handbook's schema that fails until it is filled in. */
class NewProductCommandTest {

    private static final String TODAY = "2026-11-21";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "content/products/tide-gauge\\.md:\\d+:\\d+: error: `([a-z_]+)` holds a placeholder, not a value; .* "
                    + "\\[placeholder-value]");
    private static final Pattern KEY_LINE = Pattern.compile("^([a-z_]+):.*");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"idea", "prototype", "loop", "steady"})
    void failsWithAPlaceholderForEachRequiredCharacteristicThenPassesOnceFilledIn(String level) throws IOException {
        Path source = emptyHandbook();
        Fixtures.Run made =
                Fixtures.cli("new", "product", "Tide Gauge", "--maturity", level, "--source", source.toString());
        Path page = source.resolve("content/products/tide-gauge.md");
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(List.of(page.toString()), made.out().lines().toList());

        Fixtures.Run check = check(source);
        assertEquals(1, check.exitCode(), check.err());
        List<String> required = keys(SiteConfigLoader.defaultSchema().requiredAt(level));
        assertEquals(required, placeholderKeys(check.errLines()), check.err());
        assertEquals(required.size() + " errors, 2 warnings in 1 of 1 page", last(check.errLines()));

        Files.writeString(page, filledIn(Files.readString(page)));
        Fixtures.Run filled = check(source);
        assertEquals(0, filled.exitCode(), filled.err());
        // the front matter is filled in, the body's two TODO paragraphs are not
        List<String> body = filled.errLines().subList(0, filled.errLines().size() - 1);
        assertEquals(2, body.size(), filled.err());
        assertTrue(
                body.stream()
                        .allMatch(
                                l -> l.matches(
                                        "content/products/tide-gauge\\.md:\\d+:1: warning: this paragraph "
                                                + "is still a placeholder \\(`TODO:`\\); write the text it asks for, or remove it \\[placeholder-body\\]")),
                filled.err());
        assertEquals("0 errors, 2 warnings in 1 of 1 page", last(filled.errLines()));

        Files.writeString(page, Files.readString(page).replaceAll("(?m)^TODO: .*$", "Real text."));
        Fixtures.Run written = check(source);
        assertEquals(List.of("0 errors, 0 warnings in 0 of 1 page"), written.errLines());
    }

    @Test
    void steadyHoldsAllElevenDefaultCharacteristicsEachUnderItsExplanation() throws IOException {
        Path source = emptyHandbook();
        Fixtures.cli("new", "product", "Tide Gauge", "--maturity", "steady", "--source", source.toString());
        List<String> lines = Files.readAllLines(source.resolve("content/products/tide-gauge.md"));
        Schema schema = SiteConfigLoader.defaultSchema();
        List<String> characteristics =
                frontMatterKeys(lines).subList(3, frontMatterKeys(lines).size());
        assertEquals(11, characteristics.size(), characteristics.toString());
        assertEquals(schema.characteristicKeys(), characteristics);
        assertEquals(
                List.of("title", "type", "maturity"), frontMatterKeys(lines).subList(0, 3));
        for (Characteristic c : schema.characteristics()) {
            assertEquals("# " + c.label() + ": " + c.explanation(), commentAbove(lines, c.key()), c.key());
        }
        assertTrue(lines.containsAll(List.of("does_not:", "interfaces:", "brand: TODO", "  - TODO")), lines.toString());
    }

    @Test
    void theDefaultLevelIsTheFirstOneAndTheTitleIsTheName() throws IOException {
        Path source = emptyHandbook();
        Fixtures.cli("new", "product", "Tide", "Gauge", "--source", source.toString());
        List<String> lines = Files.readAllLines(source.resolve("content/products/tide-gauge.md"));
        assertEquals(List.of("---", "title: Tide Gauge", "type: product"), lines.subList(0, 3));
        assertTrue(lines.contains("maturity: idea"), lines.toString());
        assertEquals(
                List.of("title", "type", "maturity", "mission", "owner", "alignment", "alignment_note"),
                frontMatterKeys(lines));
        assertTrue(lines.contains("# Tide Gauge"), lines.toString());
    }

    @Test
    void aCustomCharacteristicFromSiteYmlAppears() throws IOException {
        Path source = Fixtures.copyTree(Path.of("src/test/resources/checks/custom-schema"), temp.resolve("custom"));
        Fixtures.Run made =
                Fixtures.cli("new", "product", "Tide Gauge", "--maturity", "pilot", "--source", source.toString());
        assertEquals(0, made.exitCode(), made.err());
        List<String> lines = Files.readAllLines(source.resolve("content/products/tide-gauge.md"));
        assertEquals(
                "# Pilot site: The harbour where it is piloted, and who there reports back.",
                commentAbove(lines, "pilot_site"));
        assertTrue(lines.contains("pilot_site: TODO"), lines.toString());
        List<String> placeholders = placeholderKeys(check(source).errLines());
        assertEquals(List.of("mission", "owner", "alignment", "alignment_note", "pilot_site"), placeholders);
    }

    @Test
    void levelsAndShapesComeFromSiteYml() throws IOException {
        Path source = emptyHandbook();
        Files.writeString(source.resolve("site.yml"), """
                schema:
                  levels: [sketch, idea, prototype, loop, steady]
                  characteristics:
                    sponsor:
                      label: Sponsor
                      explanation: Where the sponsor's decision is written down.
                      shape: url
                      required_from: sketch
                    pilots:
                      label: Pilots
                      explanation: The harbours that try it first.
                      shape: list
                      required_from: sketch
                """);
        Fixtures.Run made = Fixtures.cli("new", "product", "Tide Gauge", "--source", source.toString());
        assertEquals(0, made.exitCode(), made.err());
        List<String> lines = Files.readAllLines(source.resolve("content/products/tide-gauge.md"));
        assertTrue(lines.contains("maturity: sketch"), lines.toString());
        assertEquals(List.of("title", "type", "maturity", "sponsor", "pilots"), frontMatterKeys(lines));
        assertEquals(List.of("sponsor", "pilots"), placeholderKeys(check(source).errLines()));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path source = emptyHandbook();
        Path page = source.resolve("content/products/tide-gauge.md");
        Files.createDirectories(page.getParent());
        byte[] before =
                "---\ntitle: Tide Gauge\n---\nMine, hands off.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(page, before);
        Fixtures.Run run =
                Fixtures.cli("new", "product", "Tide Gauge", "--maturity", "steady", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(
                List.of("error: " + page + " already exists and was left as it is; edit it, or choose another name"),
                run.errLines());
        assertArrayEquals(before, Files.readAllBytes(page));
    }

    @Test
    void aSiteYmlThatCheckRefusesIsRefusedHereToo() throws IOException {
        Path source = emptyHandbook();
        Files.writeString(source.resolve("site.yml"), "severity:\n  encoding: off\n");
        String expected = "site.yml:2:13: error: `encoding` cannot be turned off: it reports a page that cannot be "
                + "read, which would otherwise vanish from the site unseen [config]";
        assertEquals(List.of(expected), check(source).errLines());
        Fixtures.Run run = Fixtures.cli("new", "product", "Tide Gauge", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of(expected), run.errLines());
        assertFalse(Files.exists(source.resolve("content/products")));
    }

    @Test
    void anUnknownLevelIsRefusedWithTheLevels() {
        Path source = emptyHandbook();
        Fixtures.Run run =
                Fixtures.cli("new", "product", "Tide Gauge", "--maturity", "stedy", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("error: `stedy` is not a maturity level (did you mean `steady`?); use one of idea, "
                        + "prototype, loop, steady"),
                run.errLines());
        assertFalse(Files.exists(source.resolve("content/products")));
    }

    @Test
    void aNameWithoutLettersOrAMissingSourceIsAUsageError() {
        Path source = emptyHandbook();
        Fixtures.Run noName = Fixtures.cli("new", "product", "!?", "--source", source.toString());
        assertEquals(2, noName.exitCode());
        assertEquals(
                List.of("error: cannot make a file name from `!?`: it needs at least one letter or digit"),
                noName.errLines());
        Fixtures.Run noSource = Fixtures.cli(
                "new", "product", "Gauge", "--source", temp.resolve("nowhere").toString());
        assertEquals(2, noSource.exitCode());
        assertTrue(noSource.err().contains("does not exist"), noSource.err());
        assertEquals(2, Fixtures.cli("new").exitCode());
    }

    @Test
    void aNameYamlWouldMisreadKeepsItsTitleAndFoldsIntoTheSlug() throws IOException {
        Path source = emptyHandbook();
        Fixtures.Run made = Fixtures.cli("new", "product", "Jetée: #2 \"Nord\"", "--source", source.toString());
        Path page = source.resolve("content/products/jetee-2-nord.md");
        assertEquals(List.of(page.toString()), made.out().lines().toList(), made.err());
        assertEquals(
                "title: \"Jetée: #2 \\\"Nord\\\"\"", Files.readAllLines(page).get(1));
        Files.writeString(page, filledIn(Files.readString(page)));
        Fixtures.Run build = Fixtures.cli("build", "--source", source.toString(), "--today", TODAY, "--quiet");
        assertEquals(0, build.exitCode(), build.err());
        String html = Files.readString(source.resolve("target/site/products/jetee-2-nord.html"));
        assertTrue(html.contains("<title>Jetée: #2 &quot;Nord&quot;"), html);
    }

    private Path emptyHandbook() {
        Path source = temp.resolve("handbook");
        try {
            Files.createDirectories(source.resolve("content"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return source;
    }

    private static Fixtures.Run check(Path source) {
        return Fixtures.cli("check", "--source", source.toString(), "--today", TODAY);
    }

    /** What a writer does with the scaffold: a real value for every placeholder. */
    static String filledIn(String page) {
        return page.replace("alignment: TODO", "alignment: direct")
                .replaceAll("(?m)^([a-z_]+): TODO$", "$1: A real value for $1.")
                .replace("  - TODO", "  - A real item.");
    }

    /** The characteristics with a placeholder-value error in the new page; any other finding there fails. */
    private static List<String> placeholderKeys(List<String> errLines) {
        List<String> keys = new ArrayList<>();
        for (String line : errLines.stream()
                .filter(l -> l.startsWith("content/products/tide-gauge.md:"))
                .filter(l -> !l.endsWith("[placeholder-body]"))
                .toList()) {
            Matcher matcher = PLACEHOLDER.matcher(line);
            assertTrue(matcher.matches(), line);
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static List<String> keys(List<Characteristic> characteristics) {
        return characteristics.stream().map(Characteristic::key).toList();
    }

    /** The keys of the front matter, in order, leaving out comments and list items. */
    private static List<String> frontMatterKeys(List<String> lines) {
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        return lines.subList(1, end).stream()
                .map(KEY_LINE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .toList();
    }

    /** The first line of the comment block right above {@code key:}. */
    private static String commentAbove(List<String> lines, String key) {
        int at = lines.indexOf(key + ": TODO") >= 0 ? lines.indexOf(key + ": TODO") : lines.indexOf(key + ":");
        int first = at;
        while (first > 0 && lines.get(first - 1).startsWith("#")) {
            first--;
        }
        assertTrue(first < at, "no comment above " + key);
        return lines.get(first);
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
