package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build does only what changed, and ends with exactly the site a clean build makes. */
class IncrementalBuildTest {

    @TempDir
    Path temp;

    private Fixtures.Run build(Path source, Path site) {
        Fixtures.Run run = Fixtures.cli(
                "build", "--source", source.toString(), "--output", site.toString(), "--today", "2027-03-10");
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void nothingChangedLeavesTheSiteAsItIs() throws IOException {
        Path source = Fixtures.copyOwnHandbook(temp);
        Path site = temp.resolve("site");
        build(source, site);
        Map<String, FileTime> before = times(site);
        Fixtures.Run second = build(source, site);
        assertTrue(second.err().contains("nothing changed since the last build"), second.err());
        assertEquals(before, times(site));
    }

    @Test
    void aChangedPageReRendersOnlyWhatShowsIt() throws IOException, InterruptedException {
        Path source = Fixtures.copyOwnHandbook(temp);
        Path site = temp.resolve("site");
        build(source, site);
        Map<String, FileTime> before = times(site);
        Thread.sleep(20);
        Path page = source.resolve("content/products/flood-drill-kit.md");
        Files.writeString(page, Files.readString(page).replace("## ", "## Revised: "));
        Fixtures.Run second = build(source, site);
        assertTrue(second.err().contains("unchanged pages"), second.err());
        List<String> changed = changed(before, times(site));
        assertTrue(changed.contains("products/flood-drill-kit.html"), changed.toString());
        assertTrue(!changed.contains("products/tidegauge.html"), changed.toString());
        assertTrue(!changed.contains("guides/maturity.html"), changed.toString());
    }

    @Test
    void incrementalSiteEqualsACleanBuild() throws IOException {
        Path source = Fixtures.copyOwnHandbook(temp);
        Path site = temp.resolve("site");
        build(source, site);
        Path page = source.resolve("content/products/tidegauge.md");
        Files.writeString(page, Files.readString(page).replace("title: Tidegauge", "title: Tide Gauge"));
        build(source, site);
        Path clean = temp.resolve("clean");
        build(source, clean);
        assertEquals(contents(clean), contents(site));
    }

    private static Map<String, FileTime> times(Path site) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path file : files(site)) {
            times.put(site.relativize(file).toString(), Files.getLastModifiedTime(file));
        }
        return times;
    }

    private static List<String> changed(Map<String, FileTime> before, Map<String, FileTime> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((path, time) -> {
            if (!time.equals(before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : files(site)) {
            contents.put(
                    site.relativize(file).toString(),
                    new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return contents;
    }

    private static List<Path> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
