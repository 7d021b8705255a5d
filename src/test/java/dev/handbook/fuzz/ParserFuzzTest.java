package dev.handbook.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.handbook.config.ConfigException;
import dev.handbook.config.RawHtml;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.MarkdownRenderer;
import dev.handbook.parse.PageParser;
import dev.handbook.parse.PageSource;
import dev.handbook.parse.ParsedContent;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SourceReader;
import dev.handbook.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of the page parser (front matter + Markdown + validation) and of
 * site.yml loading, seeded with the fixture handbooks: any input must end in a page or a
 * diagnostic, never an uncaught exception. Tries per property: jqwik.tries.default.
 */
class ParserFuzzTest {

    private static final List<String> PAGE_SEEDS = seeds(".md", ".mdx");
    private static final List<String> CONFIG_SEEDS = seeds(".yml");
    private static final List<String> TOKENS = List.of(
            "---\n",
            "\n",
            ": ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "&a ",
            "*a",
            "!!",
            "!!python/object ",
            "\"",
            "'",
            "#",
            "|\n",
            ">\n",
            "\t",
            "  ",
            "maturity: ",
            "type: product\n",
            "interfaces:\n  - product: ",
            "waivers: {",
            "until: 2027-02-30",
            "](",
            "[x](",
            "../",
            ".md#",
            "<script>",
            "javascript:",
            "```\n",
            "> ",
            "1. ",
            "| a | b |\n|---|---|\n",
            "\uFEFF",
            "\r\n",
            "\u0000",
            "\uD83C\uDF0A",
            "slug: ",
            "../../",
            "%2e%2e/",
            "~~",
            "*",
            "_",
            "\\",
            "<!--",
            "&#0;",
            ":::",
            ":::note[",
            "::::tip ",
            "!!! note \"",
            "??? ",
            "???+ ",
            "    ",
            "> [!NOTE]\n",
            "[!",
            "{% hint style=\"",
            "%}",
            "{% endhint %}",
            "{% tabs %}",
            "=== \"",
            "<Tabs>\n",
            "</Tabs>\n",
            "<TabItem value=\"",
            "<Foo ",
            "/>",
            "={",
            "{#",
            "{: .",
            "import x from 'y'\n",
            "export const a = {\n",
            "{/* ",
            "*/}",
            "title=\"",
            "<details>\n",
            "</div>");

    private final MarkdownRenderer markdown = new MarkdownRenderer(RawHtml.SANITIZE);
    private final SiteConfig defaults;
    private final Path configDir;

    ParserFuzzTest() throws IOException, ConfigException {
        configDir = Files.createTempDirectory("fuzz-site");
        defaults = new SiteConfigLoader().load(configDir);
    }

    @Property
    void anyPageTextEndsInAPageOrADiagnostic(@ForAll("pages") String text) {
        checkPage(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void anyPageBytesEndInAPageOrADiagnostic(@ForAll("bytes") byte[] bytes) {
        checkPage(bytes);
    }

    @Property
    void anySiteYmlEndsInAConfigOrAConfigurationError(@ForAll("configs") String text) throws IOException {
        Files.write(configDir.resolve("site.yml"), text.getBytes(StandardCharsets.UTF_8));
        try {
            assertNotNull(new SiteConfigLoader().load(configDir));
        } catch (ConfigException e) {
            if (e.diagnostics().isEmpty()) {
                throw new AssertionError("a configuration error must say where and why", e);
            }
        }
    }

    private void checkPage(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        String path = "products/fuzz.md";
        Optional<String> text = SourceReader.decode(bytes, "content/" + path, diagnostics);
        if (text.isEmpty()) {
            if (diagnostics.isEmpty()) {
                throw new AssertionError("undecodable input without a diagnostic");
            }
            return;
        }
        PageSource source = new PageParser().parseText(path, "content/" + path, text.get(), Instant.EPOCH, diagnostics);
        AddressBook addresses = new AddressBook(Map.of(path, AddressBook.outputPathOf(source)));
        for (boolean mdx : new boolean[] {true, false}) {
            checkRendered(source, addresses, path, diagnostics, mdx);
        }
    }

    private void checkRendered(
            PageSource source, AddressBook addresses, String path, Diagnostics diagnostics, boolean mdx) {
        ParsedPage page = new ParsedPage(
                source,
                markdown.render(
                        source.body(),
                        source.bodyFirstLine(),
                        destination -> addresses.rewrite(path, destination),
                        true,
                        mdx),
                AddressBook.outputPathOf(source));
        ParsedContent content = new ParsedContent(
                List.of(page),
                new ContentFiles(List.of(path), java.util.Set.of(path)),
                addresses,
                diagnostics.sorted(),
                1);
        List<Diagnostic> all = new Validator(defaults, LocalDate.of(2026, 11, 21)).validate(content);
        assertNotNull(page.title());
        all.forEach(d -> assertNotNull(d.toText()));
    }

    @Provide
    Arbitrary<String> pages() {
        return mutated(PAGE_SEEDS);
    }

    @Provide
    Arbitrary<String> configs() {
        return mutated(CONFIG_SEEDS);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    /** A seed with a few random edits: tokens spliced in, spans deleted or repeated. */
    private static Arbitrary<String> mutated(List<String> seeds) {
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<List<Edit>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.of(TOKENS))
                .as(Edit::new)
                .list()
                .ofMaxSize(8);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(60);
        return Combinators.combine(seed, edits, noise).as((text, list, random) -> {
            String result = text;
            for (Edit edit : list) {
                result = edit.apply(result, random);
            }
            return result;
        });
    }

    private record Edit(int kind, double where, int length, String token) {
        String apply(String text, String random) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + length);
            return switch (kind) {
                case 0 -> text.substring(0, at) + token + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(end);
                default ->
                    text.substring(0, at) + random + text.substring(at, end).repeat(3) + text.substring(end);
            };
        }
    }

    private static List<String> seeds(String... suffixes) {
        List<String> seeds = new ArrayList<>(List.of("", "---\n---\n", "# Title\n"));
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("content"), Path.of("site.yml"))) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> List.of(suffixes).stream().anyMatch(p.toString()::endsWith))
                        .sorted()
                        .toList()) {
                    if (Files.size(file) < 64_000) {
                        seeds.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable fixture is not a seed
            }
        }
        return seeds;
    }
}
