package dev.handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.parse.FrontMatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The fast path must build exactly SnakeYAML's tree wherever it accepts, and must accept typical pages. */
class PlainYamlTest {

    private static final String PRODUCT = """
            title: Sensor Tide 3
            type: product
            description: Battery gauge tide beacon anchor valve anchor battery.
            tags: [data, software]
            maturity: steady
            origin: greenfield
            stage: steady
            owner: Team 0
            alignment_note: Beacon siren mesh village radio marsh chart.
            does_not:
              - Station quay coast siren signal crew relay.
              - Solar anchor gauge sensor quay alert.
            interfaces:
              - product: product-144
                kind: REST API
                description: Anchor signal radio gauge solar battery.
              - product: product-95
                kind: REST API
                description: Field marsh cable relay coast buoy.
              - Valve valve reading forecast.
            loop: Field reports arrive tagged "tidegauge"; the team triages them every Monday.
            docs: https://docs.example.org/product-3
            brand:
              name: Tidegauge
              logo: images/tidegauge.svg
            """;

    private static final String WAIVED = """
            title: Gauge
            type: product
            maturity: idea
            tags: []
            waivers:
              owner:
                reason: The team that will own it is being formed this winter.
                until: 2027-03-31
              mission:
                until: 2026-11-21
            """;

    private static final String GUIDE = "title: Guide 1\nsidebar_position: 1\n";

    /** The tree SnakeYAML gives, which must come without any finding when the fast path accepts. */
    private static Optional<YamlNode> snakeYaml(String yaml, int firstLine) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlNode> node = new YamlReader("page.md", firstLine, diagnostics).readWithSnakeYaml(yaml);
        assertEquals(
                List.of(),
                diagnostics.sorted().stream().map(Diagnostic::toText).toList(),
                () -> "accepted, but SnakeYAML reports on:\n" + yaml);
        return node;
    }

    /** Whether the fast path accepted; when it did, its tree must be SnakeYAML's. */
    private static boolean agreesOrDeclines(String yaml, int firstLine) {
        Optional<YamlNode> plain = PlainYaml.read(yaml, firstLine);
        if (plain.isEmpty()) {
            return false;
        }
        assertEquals(snakeYaml(yaml, firstLine), plain, () -> "differs from SnakeYAML on:\n" + yaml);
        return true;
    }

    private static void assertAccepts(String yaml) {
        assertTrue(agreesOrDeclines(yaml, 2), () -> "declined:\n" + yaml);
    }

    private static void assertDeclines(String yaml) {
        assertEquals(Optional.empty(), PlainYaml.read(yaml, 2), () -> "accepted:\n" + yaml);
    }

    @Test
    void typicalPagesAreAcceptedAndAgree() {
        assertAccepts(PRODUCT);
        assertAccepts(WAIVED);
        assertAccepts(GUIDE);
    }

    @Test
    void positionsAreThoseOfTheFile() {
        YamlMap page =
                assertInstanceOf(YamlMap.class, PlainYaml.read(PRODUCT, 2).orElseThrow());
        YamlList interfaces =
                assertInstanceOf(YamlList.class, page.get("interfaces").orElseThrow());
        YamlMap first = assertInstanceOf(YamlMap.class, interfaces.items().get(0));
        YamlList tags = assertInstanceOf(YamlList.class, page.get("tags").orElseThrow());

        assertEquals(new Position(5, 7), tags.position());
        assertEquals(new Position(5, 14), tags.items().get(1).position());
        assertEquals(new Position(15, 3), interfaces.position());
        assertEquals(new Position(15, 5), first.position());
        assertEquals(new Position(16, 5), first.entry("kind").orElseThrow().keyPosition());
        assertEquals(new Position(16, 11), first.get("kind").orElseThrow().position());
    }

    @Test
    void thisHandbooksFrontMatterIsAcceptedAndAgrees() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            pages = files.filter(file -> file.toString().endsWith(".md")).toList();
        }
        for (Path page : pages) {
            FrontMatter split = FrontMatter.split(Files.readString(page), page.toString(), new Diagnostics());
            if (split.hasYaml()) {
                assertTrue(agreesOrDeclines(split.yaml(), split.yamlFirstLine()), () -> "declined " + page);
            }
        }
        assertTrue(pages.size() > 10, "the handbook's own pages were not found");
    }

    /** Fixtures hold plain pages and broken ones; the fast path must agree on the first and leave the rest. */
    @Test
    void fixturesAgreeOrAreDeclined() throws IOException {
        List<String> documents = new ArrayList<>(List.of(Files.readString(Path.of("site.yml"))));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            files.filter(Files::isRegularFile).forEach(file -> documents.addAll(documents(file)));
        }
        long accepted =
                documents.stream().filter(yaml -> agreesOrDeclines(yaml, 2)).count();
        assertTrue(accepted > 100, () -> "accepted only " + accepted + " of " + documents.size());
    }

    /** A .yml file whole; from a .md file every text between two {@code ---} lines (front matter and more). */
    private static List<String> documents(Path file) {
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                return List.of(Files.readString(file));
            }
            if (!name.endsWith(".md")) {
                return List.of();
            }
            String[] parts = ("\n" + Files.readString(file)).split("\n---\n", -1);
            return List.of(parts).subList(1, Math.max(1, parts.length - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shortcut past SnakeYAML's patterns gives what the patterns give, whatever the text starts with. */
    @Test
    void textsTakenAsPlainWithoutThePatternsAreWhatSnakeYamlResolves() {
        PlainYaml.KnownResolver known = new PlainYaml.KnownResolver();
        Resolver snakeYaml = new Resolver();
        int shortcuts = 0;
        for (char first = 1; first < 0x3100; first++) {
            for (String value : List.of(
                    String.valueOf(first),
                    first + "1",
                    first + "ull",
                    first + "rue",
                    first + "n",
                    first + " words and more",
                    first + "e3",
                    first + "inf")) {
                if (known.isPlainText(value)) {
                    shortcuts++;
                    assertEquals(Tag.STR, snakeYaml.resolve(NodeId.scalar, value, true), value);
                }
            }
        }
        assertTrue(shortcuts > 90_000, "shortcuts " + shortcuts);
        for (String value : List.of("yes", "No", "true", "null", "~", "3", "-5", ".inf", "2027-03-31", "<<", "", " ")) {
            assertFalse(known.isPlainText(value), value);
        }
    }

    @Test
    void longValuesAgree() {
        assertAccepts(
                "a: " + "word ".repeat(300) + "\nb:\n  - " + "x".repeat(2000) + "\nc: [" + "y".repeat(2000) + ", z]\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: yes\nb: No\nc: ~\nd: 0x1F\ne: 1e3\nf: .inf\ng: -.inf\nh: null\ni: -5\nj: 2027-03-31\nk: 1.5\n"
                        + "l: TRUE\nm: on\nn: 0b101\no: 1_000\np: 2001-12-14 21:59:43.10 -5\nq: .nan\nr: 0o7\ns: Null\n",
                "a: b   \nc:   \nd: [x, y]  \n",
                "a:\n",
                "a:\nb: 1\n",
                "m:\n  a:\n",
                "l:\n  - k:\n  - x\n",
                "l:\n  - k:\nm: 1\n",
                "title: Zoë’s café — “plan”\nowner: 日本語チーム\ntags: [é, ü, ß]\n",
                "# head\na: 1\n\n  # indented comment\nb:\n\n  - x\n   \n  - y\n# tail",
                "a:\n- x\n- y\nb: 1\n",
                "a:\n- k: 1\n  j: 2\n- z\nb:\n- q\n",
                "l:\n  - a:\n    - x\n    b: 1\n",
                "a: C# and F#\nb: issue#42\nc: say \"hi\" to 'them'\nd: https://x.example/a?b=c#d\ne: x [y] {z}, w\n",
                "l:\n  -   a: 1\n      b: 2\n",
                "a: b",
                "\n\na: b\n",
                "a: -x\nb: -1\nc: a-\n",
                "a: b   c\nd: [a  b,  c ]\n",
                "a: []\nb: [ ]\nc: [-1, .5, x-y, a b]\n",
                "x-y: 1\n_k: 2\n1: 3\ntrue: 4\nnull: 5\n",
                "a: a:b\nb: a,b\nc: it's\n",
                "a:\n  b:\n    c:\n      d: deep\n  e: 1\n",
                "channel: \"#platform\"\nb: \"yes\"\nc: \"a: b, [c]\"\nd: \"  x  \"\ne: \"\"\nl:\n  - \"#x\"\n",
            })
    void acceptedCasesAgree(String yaml) {
        assertAccepts(yaml);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: 1\nb: 2\na: 3\n",
                "m:\n  a: 1\n  a: 2\n",
                "a:\tb\n",
                "a: b\t\n",
                "a:\n\t- x\n",
                "a: b\r\nc: d\r\n",
                "\uFEFFa: b\n",
                "a: 'b'\n",
                "tags: [\"a\", b]\n",
                "a: b # note\n",
                "a: # note\n",
                "a: &x b\nc: *x\n",
                "a: !!str 3\n",
                "a: !custom x\n",
                "key: a: b\n",
                "a: b:\n",
                "a: b\n  c\n",
                "a: b\n\n  c\n",
                "d:\n  - a\n    b\n",
                "a:\n  -\n  - b\n",
                "a: [a, [b]]\n",
                "a: [a, {b: c}]\n",
                "a: [a,]\n",
                "a: [, a]\n",
                "a: [a\n",
                "a: [a, b] c\n",
                "a: [a: b]\n",
                "a: [a #b]\n",
                "- a\n- b\n",
                "just text\n",
                "{a: 1}\n",
                "\"a b\": 1\n",
                "a b: 1\n",
                "? a\n: b\n",
                "a : b\n",
                "a: |\n  x\n",
                "a: >\n  x\n",
                "a: <<\n",
                "a: \uD83C\uDF0A\n",
                "a: b\u0085c: d\n",
                "a: b\u2028c: d\n",
                "a: b\u0000\n",
                "a: \u007F\n",
                "a:\n  b: 1\n c: 2\n",
                "a:\n    b: 1\n  c: 2\n",
                "a: 1\n---\nb: 2\n",
                "a: 1\n...\n",
                "%YAML 1.1\n---\na: 1\n",
                "",
                "\n  \n",
                "# c\n",
                "a: b\n- c\n",
                "a: [a]\n  b: 1\n",
                "key: - x\n",
                "a:\n  - - x\n",
                "a:\n  - [x]\n",
                "a:\n  x\n",
                "  a: 1\n",
                "a: 1\n  b: 2\n",
                "-a: 1\n",
                "a:b\n",
                "a: ?x\n",
                "a: -\n",
                "a: - \n",
                "a: @x\n",
                "a: `x`\n",
                "a: %x\n",
                "a: ,x\n",
                "a: ]\n",
                "a: \"x\\\"y\"\n",
                "a: \"x\\ty\"\n",
                "a: \"x\" # c\n",
                "a: \"x\n",
                "a: [\"x\"]\n",
            })
    void casesOutsideTheSubsetAreDeclined(String yaml) {
        assertDeclines(yaml);
    }

    @Test
    void limitsAreLeftToSnakeYaml() {
        assertDeclines("k" + "e".repeat(200) + ": 1\n");
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < YamlReader.MAX_DEPTH; level++) {
            deep.append("  ".repeat(level)).append("k:\n");
        }
        assertDeclines(deep.toString());
        assertDeclines("a: " + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\n");
    }

    @Property
    void generatedTextIsDeclinedOrReadAsSnakeYamlReadsIt(@ForAll("documents") String yaml) {
        Statistics.collect(agreesOrDeclines(yaml, 1) ? "accepted" : "declined");
        // keeps the generator honest: a fast path that declines everything would pass the rest
        Statistics.coverage(coverage -> coverage.check("accepted").percentage(p -> p > 25));
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.randomValue(random -> new DocumentWriter(random).document());
    }

    /** Writes a random document of the plain subset, now and then with something outside it mixed in. */
    private static final class DocumentWriter {

        private static final List<String> KEYS =
                List.of("a", "b", "title", "does_not", "x-y", "_k", "1", "yes", "null", "until");
        private static final List<String> PLAIN = List.of(
                "word",
                "two words",
                "Team 0",
                "3",
                "-5",
                "1.5",
                "0x1F",
                "1e3",
                ".inf",
                "~",
                "null",
                "No",
                "yes",
                "2027-03-31",
                "https://x.example/a#b",
                "C# x",
                "a:b",
                "a-",
                "-x",
                "café",
                "Zoë — “x”",
                "x  y",
                "a,b",
                "x]",
                "it's",
                "2001-12-14 21:59:43.10 -5");
        private static final List<String> ODD = List.of(
                "<<",
                "a: b",
                "a #b",
                "'q'",
                "\"q\"",
                "&a x",
                "*a",
                "!!str x",
                "|",
                ">",
                "{a: 1}",
                "-",
                "- x",
                "x:",
                "? x",
                "%x",
                "@x",
                "`x`",
                "x\ty",
                "[a, [b]]",
                "[a,]");
        private static final List<String> ITEMS = List.of("a", "b c", "-1", "x-y", "é", "1.5", "~", "x.y/z");
        private static final List<String> NOISE = List.of(
                " ",
                "\t",
                "\r",
                "#",
                " #",
                ":",
                ": ",
                "- ",
                "-",
                "[",
                "]",
                ",",
                "'",
                "\"",
                "\u00A0",
                "\u2028",
                "\u0085",
                "\uFEFF",
                "\uD83C\uDF0A",
                "\u0000",
                "\u007F",
                "\n",
                "\n  ",
                " &a",
                "!",
                "é",
                "---\n",
                "\n...\n");

        private final Random random;
        private final StringBuilder out = new StringBuilder();

        DocumentWriter(Random random) {
            this.random = random;
        }

        String document() {
            map(0, 0, false);
            for (int mutations = random.nextInt(4) - 1; mutations > 0; mutations--) {
                int at = random.nextInt(out.length() + 1);
                if (random.nextBoolean() && at < out.length()) {
                    out.deleteCharAt(at);
                } else {
                    out.insert(at, pick(NOISE));
                }
            }
            return out.toString();
        }

        /** Entries at {@code indent}; the first one goes on the current line after {@code - } when {@code inItem}. */
        private void map(int indent, int depth, boolean inItem) {
            for (int entries = 1 + random.nextInt(4), i = 0; i < entries; i++) {
                if (!inItem || i > 0) {
                    betweenLines();
                    out.append(" ".repeat(indent));
                }
                out.append(pick(KEYS)).append(':');
                int shape = random.nextInt(10);
                if (shape < 6) {
                    out.append(' ')
                            .append(scalar())
                            .append(" ".repeat(random.nextInt(2)))
                            .append('\n');
                } else if (shape == 6) {
                    out.append(" ".repeat(random.nextInt(2))).append('\n');
                } else if (shape == 7) {
                    out.append(" [")
                            .append(String.join(
                                    ", ",
                                    random.ints(random.nextInt(4), 0, ITEMS.size())
                                            .mapToObj(ITEMS::get)
                                            .toList()))
                            .append("]\n");
                } else if (depth < 4 && shape == 8) {
                    out.append('\n');
                    map(indent + 1 + random.nextInt(4), depth + 1, false);
                } else {
                    out.append('\n');
                    list(indent + 2 * random.nextInt(3), depth + 1);
                }
            }
        }

        private void list(int indent, int depth) {
            for (int items = 1 + random.nextInt(3), i = 0; i < items; i++) {
                betweenLines();
                out.append(" ".repeat(indent)).append("- ");
                if (depth < 4 && random.nextInt(3) == 0) {
                    map(indent + 2, depth + 1, true);
                } else {
                    out.append(scalar()).append('\n');
                }
            }
        }

        private void betweenLines() {
            int what = random.nextInt(20);
            if (what == 0) {
                out.append('\n');
            } else if (what == 1) {
                out.append(" ".repeat(random.nextInt(5))).append("# note\n");
            }
        }

        private String scalar() {
            return pick(random.nextInt(25) == 0 ? ODD : PLAIN);
        }

        private String pick(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
