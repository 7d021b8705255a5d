package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.diag.Diagnostic;
import dev.handbook.parse.ParseMemo;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A builder that remembers each page between builds (the live preview's) makes, after every edit of
 * a seeded random sequence, exactly the site and the findings a clean build of the same content
 * makes: the edits add, delete and rename pages, change slugs, break and mend front matter, and
 * break links elsewhere, so pages that only link to the edited one must change too.
 */
class RememberedRebuildTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "preview={0}")
    @ValueSource(booleans = {true, false})
    void everyRebuildEqualsACleanBuild(boolean preview) throws Exception {
        Path source = Fixtures.copyOwnHandbook(temp);
        Path site = temp.resolve("remembered");
        ParseMemo memo = new ParseMemo();
        SiteBuilder remembering = new SiteBuilder().remembering(memo);
        Random random = new Random(20261204L);
        build(remembering, source, site, preview);
        int pages = memo.parsedAgain();
        assertTrue(pages > 20, "the first build parses every page: " + pages);
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 10; step++) {
            done.add(edit(source, random, step));
            Outcome kept = build(remembering, source, site, preview);
            assertTrue(memo.parsedAgain() <= 2, done + ": parsed " + memo.parsedAgain() + " pages again");
            Path cleanSite = temp.resolve("clean-" + step);
            Outcome clean = build(new SiteBuilder(), source, cleanSite, preview);
            assertEquals(texts(clean.diagnostics()), texts(kept.diagnostics()), done.toString());
            assertEquals(clean.status(), kept.status(), done.toString());
            if (Files.isDirectory(cleanSite)) {
                assertEquals(contents(cleanSite), contents(site), done.toString());
            }
        }
    }

    /** One random edit of the handbook; what it did, for the failure message. */
    private static String edit(Path source, Random random, int step) throws IOException {
        Path guides = source.resolve("content/guides");
        List<Path> pages = pages(source.resolve("content"));
        Path page = pages.get(random.nextInt(pages.size()));
        String text = Files.readString(page);
        switch (step % 6) {
            case 0 -> {
                Path added = guides.resolve("added-" + step + ".md");
                Files.writeString(
                        added,
                        "---\ntitle: Added " + step + "\n---\n\nSee [the maturity guide](maturity.md)"
                                + " and [a page that is not there](missing-" + step + ".md).\n");
                return "added " + added.getFileName();
            }
            case 1 -> {
                Files.delete(page);
                return "deleted " + page.getFileName();
            }
            case 2 -> {
                Path moved = page.resolveSibling("moved-" + step + ".md");
                Files.move(page, moved);
                return "renamed " + page.getFileName() + " to " + moved.getFileName();
            }
            case 3 -> {
                Files.writeString(page, text.replaceFirst("\n---\n", "\nslug: changed-" + step + "\n---\n"));
                return "gave " + page.getFileName() + " a slug";
            }
            case 4 -> {
                Files.writeString(page, text.replaceFirst("\ntitle: ", "\ntitle: [unclosed\nold_title: "));
                return "broke the front matter of " + page.getFileName();
            }
            default -> {
                // mend what step 4 broke, wherever it is, and edit a body
                for (Path any : pages) {
                    String was = Files.readString(any);
                    Files.writeString(any, was.replace("\ntitle: [unclosed\nold_title: ", "\ntitle: "));
                }
                Files.writeString(page, Files.readString(page) + "\nA line added in step " + step + ".\n");
                return "mended the front matter and edited " + page.getFileName();
            }
        }
    }

    private static Outcome build(SiteBuilder builder, Path source, Path site, boolean preview) throws ConfigException {
        return builder.build(RunOptions.of(source, TODAY).withOutput(site).withPreview(preview));
    }

    private static List<String> texts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toText).toList();
    }

    private static List<Path> pages(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(
                        site.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
