import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times handbook's check and build against Hugo on the same generated content, alternating the
 * tools run by run, and prints medians of wall time, CPU time and peak memory with the
 * handbook/Hugo ratio. Every run starts from a fresh output folder.
 *
 * java bench/Harness.java [--sizes 1000,10000] [--runs 3] [--shape products|characteristics|guides|anchors|history]
 *                          [--jar target/handbook.jar | --cp CLASSPATH] [--work DIR] [--no-hugo]
 * <p>
 * The shape is what N counts (see Generate): products (the default), characteristics declared in
 * site.yml (with 40 products holding them), or empty guide pages. With {@code history} (the products
 * as a git repository of 2,000 commits) every run also commits one edited page and times the
 * rebuild after it ("after a commit"): the history it reads is that one commit.
 */
public final class Harness {

    private final Map<String, String> options = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Harness harness = new Harness();
        for (int i = 0; i + 1 < args.length; i += 2) {
            harness.options.put(args[i], args[i + 1]);
        }
        if (List.of(args).contains("--no-hugo")) {
            harness.options.put("--no-hugo", "true");
        }
        harness.run();
    }

    private void run() throws Exception {
        List<String> handbook = options.containsKey("--cp")
                ? List.of("java", "-cp", options.get("--cp"), "dev.handbook.cli.Main")
                : List.of(
                        "java",
                        "-jar",
                        Path.of(options.getOrDefault("--jar", "target/handbook.jar"))
                                .toAbsolutePath()
                                .toString());
        Path work = Path.of(options.getOrDefault("--work", System.getProperty("java.io.tmpdir") + "/handbook-bench"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
        boolean hugo = !options.containsKey("--no-hugo");
        String shape = options.getOrDefault("--shape", "products");
        List<String> rows = new ArrayList<>();
        for (String size : options.getOrDefault("--sizes", "1000,10000").split(",")) {
            int n = Integer.parseInt(size.trim());
            Path source = generate(n, shape, work);
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            for (int r = 0; r < runs; r++) {
                add(samples, "check", time(source, command(handbook, "check", "--quiet", "--source", ".")));
                add(
                        samples,
                        "build",
                        time(
                                source,
                                command(
                                        handbook,
                                        "build",
                                        "--quiet",
                                        "--source",
                                        ".",
                                        "--output",
                                        fresh(work.resolve("site-" + n)).toString())));
                add(
                        samples,
                        "rebuild",
                        time(
                                source,
                                command(
                                        handbook,
                                        "build",
                                        "--quiet",
                                        "--source",
                                        ".",
                                        "--output",
                                        work.resolve("site-" + n).toString())));
                if (shape.equals("history")) {
                    commitOneEdit(source, r);
                    add(
                            samples,
                            "after a commit",
                            time(
                                    source,
                                    command(
                                            handbook,
                                            "build",
                                            "--quiet",
                                            "--source",
                                            ".",
                                            "--output",
                                            work.resolve("site-" + n).toString())));
                }
                if (hugo) {
                    add(
                            samples,
                            "hugo",
                            time(
                                    hugoSite(source),
                                    "hugo",
                                    "--quiet",
                                    "--destination",
                                    fresh(work.resolve("hugo-out-" + n)).toString()));
                }
            }
            rows.add(row(n, samples));
        }
        delete(work.resolve("trash"));
        System.out.println();
        System.out.println("N counts "
                + (shape.equals("characteristics")
                        ? "characteristics declared in site.yml (40 " + "products hold them)"
                        : shape.equals("guides") ? "empty guide pages" : "products")
                + ".");
        System.out.println(
                "| N | check | build | rebuild (nothing changed) | Hugo | build/Hugo | build CPU | peak memory (build) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Medians of " + runs + " runs on "
                + Runtime.getRuntime().availableProcessors() + " cores; wall seconds (CPU = user + system seconds).");
    }

    private static String[] command(List<String> base, String... args) {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    private static void add(Map<String, List<Sample>> samples, String name, Sample sample) {
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(sample);
        System.err.printf(
                Locale.ROOT,
                "%-8s %6.2f s wall %6.2f s cpu %5d MiB%n",
                name,
                sample.wall,
                sample.cpu,
                sample.peakKb / 1024);
    }

    /** One more line on one product page, committed: what a writer's next commit looks like. */
    private static void commitOneEdit(Path source, int run) throws IOException, InterruptedException {
        Path page = source.resolve("content/products/product-1.md");
        Files.writeString(page, Files.readString(page) + "\nEdited in run " + run + ".\n");
        Process commit = new ProcessBuilder(
                        "git",
                        "-c",
                        "user.name=Bench",
                        "-c",
                        "user.email=bench@example.org",
                        "commit",
                        "-q",
                        "-am",
                        "edit " + run)
                .directory(source.toFile())
                .inheritIO()
                .start();
        if (commit.waitFor() != 0) {
            throw new IOException("git commit failed in " + source);
        }
    }

    private static String row(int n, Map<String, List<Sample>> samples) {
        Sample check = median(samples.get("check"));
        Sample build = median(samples.get("build"));
        Sample rebuild = median(samples.get("rebuild"));
        Sample hugo = samples.containsKey("hugo") ? median(samples.get("hugo")) : null;
        String afterCommit = samples.containsKey("after a commit")
                ? String.format(Locale.ROOT, " (after a commit: %.2f s)", median(samples.get("after a commit")).wall)
                : "";
        return String.format(
                Locale.ROOT,
                "| %,d | %.2f s | %.2f s | %.2f s%s | %s | %s | %.2f s | %d MiB |",
                n,
                check.wall,
                build.wall,
                rebuild.wall,
                afterCommit,
                hugo == null ? "-" : String.format(Locale.ROOT, "%.2f s", hugo.wall),
                hugo == null ? "-" : String.format(Locale.ROOT, "%.2f", build.wall / hugo.wall),
                build.cpu,
                build.peakKb / 1024);
    }

    /**
     * Wall, CPU and peak resident memory of one command, read from GNU time. The disk is synced
     * first, so no run pays for writing back the files of the run before it.
     */
    private static Sample time(Path dir, String... command) throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Path report = Files.createTempFile("time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%e %U %S %M"));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = process.waitFor();
        String[] parts = Files.readString(report).trim().split("\\s+");
        Files.delete(report);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(parts[parts.length - 4 + i]);
        }
        return new Sample(v[0], v[1] + v[2], (long) v[3]);
    }

    private static Sample median(List<Sample> samples) {
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparingDouble(s -> s.wall));
        Sample middle = sorted.get(sorted.size() / 2);
        List<Double> cpu = samples.stream().map(s -> s.cpu).sorted().toList();
        List<Long> peak = samples.stream().map(s -> s.peakKb).sorted().toList();
        return new Sample(middle.wall, cpu.get(cpu.size() / 2), peak.get(peak.size() / 2));
    }

    private Path generate(int n, String shape, Path work) throws Exception {
        Path source = work.resolve(shape.equals("products") ? "handbook-" + n : "handbook-" + shape + "-" + n);
        if (!Files.isDirectory(source.resolve("content"))) {
            Path generator = Path.of(options.getOrDefault("--generator", "bench/Generate.java"))
                    .toAbsolutePath();
            Process process = new ProcessBuilder(
                            "java", generator.toString(), String.valueOf(n), source.toString(), shape)
                    .inheritIO()
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the generator failed");
            }
        }
        return source;
    }

    /** A Hugo project over the same content folder: one page per document and an index of all of them. */
    private static Path hugoSite(Path source) throws IOException {
        Path site = source.resolveSibling(source.getFileName().toString().replace("handbook-", "hugo-"));
        if (Files.isRegularFile(site.resolve("hugo.toml"))) {
            return site;
        }
        Files.createDirectories(site.resolve("layouts/_default"));
        // content/index.md is the handbook's home text; to Hugo it would make the whole folder one bundle
        Files.writeString(
                site.resolve("hugo.toml"),
                "baseURL = 'http://localhost/'\ntitle = 'Generated handbook'\n"
                        + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n"
                        + "[module]\n[[module.mounts]]\nsource = '"
                        + source.resolve("content").toAbsolutePath() + "'\n"
                        + "target = 'content'\nexcludeFiles = ['index.md']\n");
        String head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
        Files.writeString(
                site.resolve("layouts/_default/single.html"),
                head
                        + "<nav><a href=\"/\">Home</a></nav><h1>{{ .Title }}</h1><p>{{ .Params.maturity }} {{ .Params.owner }}</p>"
                        + "<p>{{ .Params.mission }}</p>{{ .Content }}</body></html>\n");
        Files.writeString(
                site.resolve("layouts/_default/list.html"),
                head
                        + "<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        Files.writeString(
                site.resolve("layouts/index.html"),
                head
                        + "<h1>{{ .Site.Title }}</h1><table>{{ range .Site.RegularPages }}<tr><td><a href=\"{{ .RelPermalink }}\">"
                        + "{{ .Title }}</a></td><td>{{ .Params.maturity }}</td></tr>{{ end }}</table></body></html>\n");
        return site;
    }

    /**
     * An output folder that does not exist. The old one is moved aside, not deleted: on ext4, files
     * created right after thousands were deleted are slow to allocate, which would charge one
     * tool's clean-up to the next tool's run. The moved folders are deleted at the end.
     */
    private Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            Path trash = Files.createDirectories(folder.resolveSibling("trash"));
            Files.move(folder, trash.resolve(folder.getFileName() + "-" + System.nanoTime()));
        }
        return folder;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private record Sample(double wall, double cpu, long peakKb) {}
}
