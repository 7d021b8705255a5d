package dev.handbook.cache;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Severity;
import dev.handbook.run.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful build of an output folder was made from: the digest of its inputs,
 * a fingerprint per page it rendered, a digest of the files it wrote, and the diagnostics it
 * reported (so a build that finds nothing changed can report them again). Kept beside the output
 * folder as {@code .NAME.cache}; a missing or unreadable cache simply means a full build.
 */
public record BuildCache(
        String inputs,
        String output,
        Map<String, String> pages,
        List<Diagnostic> diagnostics,
        List<String> checked,
        int products) {

    private static final String HEADER = "handbook-cache 1";

    public BuildCache {
        pages = Map.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
        checked = List.copyOf(checked);
    }

    /** The cache of a build that ended with this outcome: its findings are what a later build replays. */
    public static BuildCache of(String inputs, String output, Map<String, String> pages, Outcome built) {
        return new BuildCache(inputs, output, pages, built.diagnostics(), built.pages(), built.products());
    }

    /** The outcome of a build that found nothing changed: the findings of the build that made the site. */
    public Outcome unchanged(Path site) {
        return new Outcome(
                Outcome.Status.UNCHANGED,
                site,
                diagnostics,
                checked,
                products,
                List.of(),
                List.of(),
                pages.size(),
                true);
    }

    public static Path fileFor(Path outputDir) {
        Path absolute = outputDir.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
    }

    public static Optional<BuildCache> load(Path outputDir) {
        Path file = fileFor(outputDir);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            return Optional.of(parse(lines));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BuildCache parse(List<String> lines) {
        String inputs = value(lines.get(1), "inputs");
        String output = value(lines.get(2), "output");
        Map<String, String> pages = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        int products = 0;
        for (String line : lines.subList(3, lines.size())) {
            String[] parts = line.split("\t", -1);
            if (parts[0].equals("page") && parts.length == 3) {
                pages.put(parts[1], parts[2]);
            } else if (parts[0].equals("checked") && parts.length == 2) {
                checked.add(parts[1]);
            } else if (parts[0].equals("products") && parts.length == 2) {
                products = Integer.parseInt(parts[1]);
            } else if (parts[0].equals("diag") && parts.length == 7) {
                diagnostics.add(new Diagnostic(
                        parts[1],
                        new Position(Integer.parseInt(parts[2]), Integer.parseInt(parts[3])),
                        Severity.fromLabel(parts[4]),
                        parts[5],
                        unescape(parts[6])));
            }
        }
        return new BuildCache(inputs, output, pages, diagnostics, checked, products);
    }

    public void save(Path outputDir) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("inputs\t")
                .append(inputs)
                .append('\n')
                .append("output\t")
                .append(output)
                .append('\n');
        pages.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("page\t")
                        .append(e.getKey())
                        .append('\t')
                        .append(e.getValue())
                        .append('\n'));
        checked.forEach(path -> text.append("checked\t").append(path).append('\n'));
        text.append("products\t").append(products).append('\n');
        for (Diagnostic d : diagnostics) {
            text.append("diag\t")
                    .append(d.path())
                    .append('\t')
                    .append(d.line())
                    .append('\t')
                    .append(d.column())
                    .append('\t')
                    .append(d.severity().label())
                    .append('\t')
                    .append(d.rule())
                    .append('\t')
                    .append(escape(d.message()))
                    .append('\n');
        }
        Path file = fileFor(outputDir);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary); // a full disk leaves no half-written cache behind
            throw e;
        }
    }

    public static void delete(Path outputDir) throws IOException {
        Files.deleteIfExists(fileFor(outputDir));
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + "\t")) {
            throw new IllegalArgumentException("expected " + key);
        }
        return line.substring(key.length() + 1);
    }

    private static String escape(String text) {
        return dev.handbook.text.TabFields.escape(text);
    }

    private static String unescape(String text) {
        return dev.handbook.text.TabFields.unescape(text);
    }
}
