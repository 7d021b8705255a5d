package dev.handbook.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a check or build is asked to do, one value for every edge (command line, Maven, preview).
 *
 * @param source  the handbook folder
 * @param output  where a build publishes; null for SOURCE/target/site (a check writes nothing)
 * @param today   the date waivers and enforcement dates are judged against
 * @param strict  warnings fail too, as with {@code strict: true} in site.yml
 * @param preview a build renders even with errors, each page showing its own findings, with the
 *                live-reload script in every page
 */
public record RunOptions(Path source, Path output, LocalDate today, boolean strict, boolean preview) {

    public RunOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(today, "today");
    }

    /** A plain check or build of this handbook: default output, not strict, no preview. */
    public static RunOptions of(Path source, LocalDate today) {
        return new RunOptions(source, null, today, false, false);
    }

    /** Where a build publishes: {@code output}, else SOURCE/target/site. */
    public Path site() {
        return output != null ? output : source.resolve("target/site");
    }

    public RunOptions withOutput(Path folder) {
        return new RunOptions(source, folder, today, strict, preview);
    }

    public RunOptions withStrict(boolean failOnWarnings) {
        return new RunOptions(source, output, today, failOnWarnings, preview);
    }

    public RunOptions withPreview(boolean live) {
        return new RunOptions(source, output, today, strict, live);
    }
}
