package dev.handbook.browser;

import dev.handbook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The repository's own handbook (content/ and site.yml), copied to a temp folder and baked by the CLI. */
final class OwnHandbook {

    /** A fixed build day, so the dashboard's "waivers ending within 30 days" does not drift. */
    static final String TODAY = "2027-03-10";

    private OwnHandbook() {}

    /** Copies the handbook under {@code temp} and bakes it into {@code temp/site}; returns the site folder. */
    static Path bake(Path temp) {
        Path source = temp.resolve("own");
        copyTree(Path.of("content"), source.resolve("content"));
        copyTree(Path.of("site.yml"), source.resolve("site.yml"));
        Path site = temp.resolve("site");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "build",
                "--source",
                source.toString(),
                "--output",
                site.toString(),
                "--today",
                TODAY);
        if (code != 0) {
            throw new IllegalStateException("bake failed with exit code " + code + ":\n"
                    + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        }
        return site;
    }

    private static void copyTree(Path source, Path target) {
        dev.handbook.testing.Trees.copy(source, target);
    }
}
