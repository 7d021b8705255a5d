package dev.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDigestTest {

    private static final FileTime WHEN = FileTime.fromMillis(1_800_000_000_000L);

    @TempDir
    Path site;

    @BeforeEach
    void site() throws IOException {
        for (int i = 0; i < 300; i++) {
            write("products/p" + i + ".html", "page " + i);
        }
        write("index.html", "home");
        write("assets/site.css", "body {}");
    }

    @Test
    void anUntouchedSiteDigestsTheSameEveryTime() {
        assertEquals(OutputDigest.of(site), OutputDigest.of(site));
    }

    @Test
    void everyKindOfChangeToTheSiteChangesTheDigest() throws IOException {
        Set<String> digests = new HashSet<>();
        digests.add(OutputDigest.of(site));
        write("products/p7.html", "page 7, edited"); // other size
        digests.add(OutputDigest.of(site));
        Files.setLastModifiedTime(site.resolve("index.html"), FileTime.fromMillis(WHEN.toMillis() + 1000));
        digests.add(OutputDigest.of(site));
        Files.move(site.resolve("products/p8.html"), site.resolve("products/p8-moved.html"));
        digests.add(OutputDigest.of(site));
        Files.delete(site.resolve("products/p9.html"));
        digests.add(OutputDigest.of(site));
        write("extra.html", "new");
        digests.add(OutputDigest.of(site));
        assertEquals(6, digests.size(), digests.toString());
    }

    @Test
    void aFolderThatIsNotThereIsMissing() {
        assertEquals("missing", OutputDigest.of(site.resolve("gone")));
        assertNotEquals("missing", OutputDigest.of(site));
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, WHEN);
    }
}
