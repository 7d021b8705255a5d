package dev.handbook.history;

import dev.handbook.text.TabFields;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history read so far, kept beside the output by the commit it was read up to: a line naming
 * the format and source, one for the head, then a line per page and one per point. Anything it
 * cannot read is no cache: the next read starts from the first commit.
 */
final class HistoryCache {

    /** What a cache holds: the commit read up to and every page's walk state. */
    record State(String head, List<Lineage> lineages) {}

    private HistoryCache() {}

    /** The cache file for a site folder: beside it, so publishing the site never touches it. */
    static Path beside(Path site) {
        return site.resolveSibling(site.getFileName() + ".history");
    }

    static Optional<State> load(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!key.equals(in.readLine())) {
                return Optional.empty();
            }
            String head = in.readLine();
            List<Lineage> lineages = new ArrayList<>();
            Lineage current = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("L") && f.length == 5) {
                    current = new Lineage(unescape(f[1]), f[2], LocalDate.parse(f[3]));
                    current.removed = f[4].isEmpty() ? null : LocalDate.parse(f[4]);
                    lineages.add(current);
                } else if (f[0].equals("P") && f.length == 5 && current != null) {
                    current.points.add(new LevelPoint(LocalDate.parse(f[1]), f[2], level(f[3]), level(f[4])));
                } else {
                    return Optional.empty();
                }
            }
            return head == null || head.length() != 40 ? Optional.empty() : Optional.of(new State(head, lineages));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Written to a temporary file and moved into place; a cache that cannot be written costs only speed. */
    static void save(Path file, String key, String head, List<Lineage> lineages) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(key + "\n" + head + "\n");
                for (Lineage lineage : lineages) {
                    out.write("L\t" + escape(lineage.path) + "\t" + lineage.blob + "\t" + lineage.lastCommit + "\t"
                            + (lineage.removed == null ? "" : lineage.removed) + "\n");
                    for (LevelPoint point : lineage.points) {
                        out.write("P\t" + point.date() + "\t" + point.commit() + "\t" + word(point.declared()) + "\t"
                                + word(point.earned()) + "\n");
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the next build reads the whole history again
            }
        }
    }

    private static String word(String level) {
        return level == null ? "" : escape(level);
    }

    private static String level(String field) {
        return field.isEmpty() ? null : unescape(field);
    }

    private static String escape(String text) {
        return TabFields.escape(text);
    }

    private static String unescape(String text) {
        return TabFields.unescape(text);
    }
}
