package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook new guide}: a guide page placed after the last one in the sidebar. */
class NewGuideCommandTest {

    @TempDir
    Path temp;

    @Test
    void theFirstGuideIsNumberedOneAndEachNextOneMore() throws IOException {
        Path source = temp.resolve("handbook");
        Files.createDirectories(source.resolve("content"));
        Fixtures.Run first = Fixtures.cli("new", "guide", "Getting started", "--source", source.toString());
        assertEquals(0, first.exitCode(), first.err());
        Path page = source.resolve("content/guides/getting-started.md");
        assertEquals(List.of(page.toString()), first.out().lines().toList());
        assertEquals(
                List.of("---", "title: Getting started", "sidebar_position: 1", "---", "", "# Getting started"),
                Files.readAllLines(page).subList(0, 6));
        Fixtures.cli("new", "guide", "How we work", "--source", source.toString());
        assertEquals(
                "sidebar_position: 2",
                Files.readAllLines(source.resolve("content/guides/how-we-work.md"))
                        .get(2));
    }

    @Test
    void numberingFollowsTheHighestPositionNotTheCount() throws IOException {
        Path guides = Files.createDirectories(temp.resolve("handbook/content/guides"));
        Files.writeString(guides.resolve("a.md"), "---\ntitle: A\nsidebar_position: 3\n---\n");
        Files.writeString(guides.resolve("b.md"), "---\ntitle: B\nsidebar_position: 12\n---\n");
        Files.writeString(guides.resolve("c.md"), "---\ntitle: C\n---\n");
        Files.writeString(guides.resolve("broken.md"), "---\ntitle: [\n---\n");
        Files.createDirectories(guides.resolve("deeper"));
        Files.writeString(guides.resolve("deeper/d.md"), "---\ntitle: D\nsidebar_position: 40\n---\n");
        Fixtures.cli(
                "new", "guide", "Glossary", "--source", temp.resolve("handbook").toString());
        assertEquals(
                "sidebar_position: 13",
                Files.readAllLines(guides.resolve("glossary.md")).get(2));
    }

    @Test
    void aNewGuideInTheOwnHandbookComesLastAndChecksClean() throws IOException {
        Path source = Fixtures.copyOwnHandbook(temp);
        Fixtures.Run made = Fixtures.cli("new", "guide", "Glossary", "--source", source.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(
                "sidebar_position: 8",
                Files.readAllLines(source.resolve("content/guides/glossary.md")).get(2));
        Fixtures.Run check = Fixtures.cli("check", "--source", source.toString());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void anExistingGuideIsNeverOverwritten() throws IOException {
        Path source = Fixtures.copyOwnHandbook(temp);
        Path page = source.resolve("content/guides/maturity.md");
        byte[] before = Files.readAllBytes(page);
        Fixtures.Run run = Fixtures.cli("new", "guide", "Maturity", "--source", source.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of("error: " + page + " already exists and was left as it is; edit it, or choose another name"),
                run.errLines());
        assertArrayEquals(before, Files.readAllBytes(page));
        assertEquals("", run.out());
    }
}
