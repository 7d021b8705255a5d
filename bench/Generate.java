import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a deterministic handbook in one of three shapes. Run: java bench/Generate.java N OUTPUT_FOLDER [SHAPE]
 * <ul>
 * <li>{@code products} (the default): N products (front matter complete for each product's maturity,
 * interfaces and body links between products, about 2.5 KB of varied Markdown each) plus 10 guide pages;</li>
 * <li>{@code characteristics}: a site.yml declaring N characteristics of its own (half required from loop,
 * half from steady), 40 products, ten at each level, each holding every characteristic its level
 * requires (a steady product's front matter has N + 11 keys), and 10 guide pages;</li>
 * <li>{@code guides}: N empty guide pages and a home page;</li>
 * <li>{@code anchors}: N generated API-reference pages of 1,000 {@code <a name>} anchors each, every page
 * linking 1,000 times to anchors of the next page, of which 900 are misspelt (the broken in-page links
 * of generated reference docs: their findings must cost no more than any other page's).</li>
 * <li>{@code sections}: N guide pages of a paragraph each in folders of 30, each folder with a
 * landing page (a handbook's guides as a real docs site holds them), and a home page.</li>
 * <li>{@code history}: the {@code products} handbook as a git repository of 2,000 commits (or the
 * number given after the shape): the first adds every file, each later one, four hours after the one
 * before, edits one product page, and every third of those lowers that product's maturity by a level.
 * Written with one {@code git fast-import}, so it needs git.</li>
 * </ul>
 */
public final class Generate {

    private static final String[] LEVELS = {"idea", "prototype", "loop", "steady"};
    private static final String[][] STAGES = {
        {"ideation", "isolate"}, {"prototyping", "extract"}, {"loop", "repair"}, {"steady", "custodian"}
    };
    private static final String[] WORDS = ("tide gauge relay sensor harbour signal alert reading station coast "
                    + "surge river levee pump valve radio mesh battery solar cable anchor buoy beacon chart forecast "
                    + "village ferry quay dune marsh estuary storm flood warning siren panel field crew")
            .split(" ");
    private static final String[] TAGS = {
        "hardware", "software", "service", "data", "process", "field", "alerts", "internal", "radio", "cost"
    };

    private long seed = 42;

    /** The handbook with 40 products that holds this many characteristics of its own. */
    static final int CHARACTERISTIC_PRODUCTS = 40;

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String shape = args.length > 2 ? args[2] : "products";
        switch (shape) {
            case "products" -> new Generate().write(n, out);
            case "characteristics" -> new Generate().writeCharacteristics(n, out);
            case "guides" -> new Generate().writeGuides(n, out);
            case "anchors" -> new Generate().writeAnchors(n, out);
            case "sections" -> new Generate().writeSections(n, out);
            case "history" -> new Generate().writeHistory(n, out, args.length > 3 ? Integer.parseInt(args[3]) : 2000);
            default ->
                throw new IllegalArgumentException("unknown shape " + shape
                        + "; use products, characteristics, guides, anchors, sections or history");
        }
    }

    void writeCharacteristics(int n, Path out) throws IOException {
        Path products = Files.createDirectories(out.resolve("content/products"));
        Path guides = Files.createDirectories(out.resolve("content/guides"));
        for (int i = 1; i <= 10; i++) {
            Files.writeString(
                    guides.resolve("guide-" + i + ".md"), guide(i, CHARACTERISTIC_PRODUCTS), StandardCharsets.UTF_8);
        }
        StringBuilder site = new StringBuilder("title: Generated handbook\nschema:\n  characteristics:\n");
        for (int c = 0; c < n; c++) {
            site.append("    c")
                    .append(c)
                    .append(": {label: Characteristic ")
                    .append(c)
                    .append(", shape: text, ")
                    .append("required_from: ")
                    .append(c % 2 == 0 ? "loop" : "steady")
                    .append("}\n");
        }
        Files.writeString(out.resolve("site.yml"), site, StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("content/index.md"),
                "# Generated handbook\n\nForty products and " + n + " characteristics of the handbook's own.\n");
        for (int i = 0; i < CHARACTERISTIC_PRODUCTS; i++) {
            String page = product(i, CHARACTERISTIC_PRODUCTS);
            int level = i % 4;
            StringBuilder own = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (level == 3 || level == 2 && c % 2 == 0) {
                    own.append('c').append(c).append(": ").append(sentence(4)).append('\n');
                }
            }
            int end = page.indexOf("---\n", 4);
            Files.writeString(
                    products.resolve(slug(i) + ".md"),
                    page.substring(0, end) + own + page.substring(end),
                    StandardCharsets.UTF_8);
        }
    }

    void writeGuides(int n, Path out) throws IOException {
        Path guides = Files.createDirectories(out.resolve("content/guides"));
        Files.writeString(out.resolve("site.yml"), "title: Generated handbook\n");
        Files.writeString(out.resolve("content/index.md"), "# Generated handbook\n\n" + n + " empty guide pages.\n");
        for (int i = 1; i <= n; i++) {
            Files.createFile(guides.resolve("guide-" + i + ".md"));
        }
    }

    /** Guides in folders of this many pages. */
    static final int SECTION_SIZE = 30;

    void writeSections(int n, Path out) throws IOException {
        Files.createDirectories(out.resolve("content"));
        Files.writeString(out.resolve("site.yml"), "title: Generated handbook\n");
        Files.writeString(
                out.resolve("content/index.md"), "# Generated handbook\n\n" + n + " guide pages in sections.\n");
        for (int i = 0; i < n; i++) {
            int section = i / SECTION_SIZE;
            Path folder = Files.createDirectories(out.resolve("content/guides/section-" + section));
            if (i % SECTION_SIZE == 0) {
                Files.writeString(
                        folder.resolve("index.md"),
                        "---\ntitle: Section " + section + "\nsidebar_position: " + section + "\n---\n\n" + paragraph(2)
                                + "\n",
                        StandardCharsets.UTF_8);
            }
            Files.writeString(
                    folder.resolve("page-" + i + ".md"),
                    "---\ntitle: " + capitalize(WORDS[i % WORDS.length]) + " " + i + "\nsidebar_position: " + i
                            + "\n---\n\n" + paragraph(3) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    void write(int n, Path out) throws IOException {
        Path products = Files.createDirectories(out.resolve("content/products"));
        Path guides = Files.createDirectories(out.resolve("content/guides"));
        Files.writeString(
                out.resolve("site.yml"),
                "title: Generated handbook\nmission: Keep every coastal town " + "warned before the water rises.\n");
        Files.writeString(
                out.resolve("content/index.md"),
                "# Generated handbook\n\nA handbook of " + n
                        + " generated products. Start with the [guides](guides/guide-1.md).\n");
        for (int i = 1; i <= 10; i++) {
            Files.writeString(guides.resolve("guide-" + i + ".md"), guide(i, n), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < n; i++) {
            Files.writeString(products.resolve(slug(i) + ".md"), product(i, n), StandardCharsets.UTF_8);
        }
    }

    /** The products handbook, committed once and then edited a page a commit. */
    void writeHistory(int n, Path out, int commits) throws IOException {
        write(n, out);
        run(out, "git", "init", "-q", "-b", "main");
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet")
                .directory(out.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long start = 1_735_732_800L; // 2025-01-01T12:00:00Z
        try (var stream = new java.io.BufferedOutputStream(importer.getOutputStream(), 1 << 20)) {
            List<Path> files;
            try (var walk = Files.walk(out)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> !out.relativize(f).toString().startsWith(".git"))
                        .sorted()
                        .toList();
            }
            header(stream, 1, start, "Generated handbook");
            for (Path file : files) {
                modify(stream, out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            for (int k = 2; k <= commits; k++) {
                int i = (int) ((k * 7919L) % n);
                Path file = out.resolve("content/products/" + slug(i) + ".md");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                text = k % 3 == 0 ? lowered(text) : text + "\nRevision " + k + ".\n";
                Files.writeString(file, text, StandardCharsets.UTF_8);
                header(stream, k, start + k * 4L * 3600, "Edit " + slug(i));
                stream.write(("from :" + (k - 1) + "\n").getBytes(StandardCharsets.UTF_8));
                modify(stream, "content/products/" + slug(i) + ".md", text.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (importer.waitFor() != 0) {
                throw new IOException("git fast-import failed");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        run(out, "git", "reset", "-q");
    }

    /** The page with its maturity one level lower (idea stays idea); its stage no longer fits, a warning. */
    private static String lowered(String text) {
        for (int level = 1; level < LEVELS.length; level++) {
            String line = "\nmaturity: " + LEVELS[level] + "\n";
            if (text.contains(line)) {
                return text.replace(line, "\nmaturity: " + LEVELS[level - 1] + "\n");
            }
        }
        return text;
    }

    private static void header(java.io.OutputStream out, int mark, long when, String message) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        out.write(("commit refs/heads/main\nmark :" + mark + "\ncommitter Bench <bench@example.org> " + when
                        + " +0000\ndata " + text.length + "\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(text);
        out.write('\n');
    }

    private static void modify(java.io.OutputStream out, String path, byte[] bytes) throws IOException {
        out.write(("M 100644 inline " + path + "\ndata " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.write('\n');
    }

    private static void run(Path folder, String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .inheritIO()
                    .start();
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    static String slug(int i) {
        return "product-" + i;
    }

    private String product(int i, int n) {
        int level = i % 4;
        int origin = (i / 4) % 2;
        StringBuilder page = new StringBuilder("---\n");
        page.append("title: ").append(title(i)).append('\n');
        page.append("type: product\n");
        page.append("description: ").append(sentence(8)).append('\n');
        page.append("tags: [")
                .append(TAGS[i % TAGS.length])
                .append(", ")
                .append(TAGS[(i / 3) % TAGS.length])
                .append("]\n");
        page.append("maturity: ").append(LEVELS[level]).append('\n');
        page.append("origin: ")
                .append(origin == 0 ? "greenfield" : "brownfield")
                .append('\n');
        page.append("stage: ").append(STAGES[level][origin]).append('\n');
        page.append("mission: ").append(sentence(18)).append('\n');
        page.append("owner: Team ").append(i / 20).append('\n');
        page.append("alignment: ").append(i % 3 == 0 ? "indirect" : "direct").append('\n');
        page.append("alignment_note: ").append(sentence(12)).append('\n');
        List<Integer> uses = uses(i, n);
        if (level >= 1) {
            page.append("does_not:\n  - ")
                    .append(sentence(7))
                    .append("\n  - ")
                    .append(sentence(6))
                    .append('\n');
            page.append("interfaces:\n");
            for (int target : uses) {
                page.append("  - product: ")
                        .append(slug(target))
                        .append("\n    kind: REST API\n    description: ")
                        .append(sentence(6))
                        .append('\n');
            }
            page.append("  - ").append(sentence(4)).append('\n');
        }
        if (level >= 2) {
            page.append("loop: ").append(sentence(14)).append('\n');
            page.append("roadmap: ").append(sentence(14)).append('\n');
        }
        if (level >= 3) {
            page.append("docs: https://docs.example.org/").append(slug(i)).append('\n');
            page.append("brand: ").append(title(i)).append('\n');
            page.append("community: ").append(sentence(12)).append('\n');
        }
        page.append("---\n\n");
        body(page, i, uses);
        return page.toString();
    }

    private void body(StringBuilder page, int i, List<Integer> uses) {
        page.append("# ").append(title(i)).append("\n\n").append(paragraph(3)).append("\n\n");
        page.append("## How it works\n\n").append(paragraph(4)).append("\n\n");
        for (int k = 0; k < 4; k++) {
            page.append("- ").append(sentence(9)).append('\n');
        }
        page.append("\n## Neighbours\n\n| product | why |\n|---|---|\n");
        for (int target : uses) {
            page.append("| [")
                    .append(title(target))
                    .append("](")
                    .append(slug(target))
                    .append(".md) | ")
                    .append(sentence(6))
                    .append(" |\n");
        }
        page.append("\n## Example\n\n```json\n{\"station\": \"")
                .append(slug(i))
                .append("\", \"level_cm\": ")
                .append(100 + i % 300)
                .append(", \"ok\": true}\n```\n\n");
        page.append("## Notes\n\n").append(paragraph(3)).append(" See the [model](../guides/guide-1.md#levels).\n");
    }

    /** Anchors, and links to the next page's anchors, on each page of the {@code anchors} shape. */
    static final int ANCHORS_PER_PAGE = 1000;

    void writeAnchors(int n, Path out) throws IOException {
        Path api = Files.createDirectories(out.resolve("content/api"));
        for (int i = 0; i < n; i++) {
            StringBuilder page =
                    new StringBuilder("---\ntitle: API part ").append(i).append("\n---\n\n");
            int next = (i + 1) % n;
            for (int k = 0; k < ANCHORS_PER_PAGE; k++) {
                page.append("<a name=\"member-")
                        .append(i)
                        .append('-')
                        .append(k)
                        .append("\"></a>\n\n### member ")
                        .append(k)
                        .append("\n\n")
                        .append(sentence(8))
                        .append(" See [the next part](part-")
                        .append(next)
                        .append(".md#member-")
                        .append(next)
                        .append('-')
                        .append(k % 10 == 0 ? "" : "x")
                        .append(k)
                        .append(").\n\n");
            }
            Files.writeString(api.resolve("part-" + i + ".md"), page.toString(), StandardCharsets.UTF_8);
        }
    }

    private List<Integer> uses(int i, int n) {
        List<Integer> uses = new ArrayList<>();
        if (n < 2) {
            return uses;
        }
        for (int k = 0; k < 3; k++) {
            int target = (int) (next() % n);
            if (target != i && !uses.contains(target)) {
                uses.add(target);
            }
        }
        return uses;
    }

    private String guide(int i, int n) {
        StringBuilder page = new StringBuilder("---\ntitle: Guide ")
                .append(i)
                .append("\nsidebar_position: ")
                .append(i)
                .append("\n---\n\n")
                .append(paragraph(3))
                .append("\n\n## Levels\n\n")
                .append(paragraph(4))
                .append("\n\n## Examples\n\n");
        for (int k = 0; k < 5 && k < n; k++) {
            int target = (i * 7 + k * 13) % n;
            page.append("- [")
                    .append(title(target))
                    .append("](../products/")
                    .append(slug(target))
                    .append(".md)\n");
        }
        return page.append('\n').toString();
    }

    private String title(int i) {
        return capitalize(WORDS[i % WORDS.length]) + " " + capitalize(WORDS[(i / WORDS.length) % WORDS.length]) + " "
                + i;
    }

    private String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < sentences; k++) {
            text.append(k == 0 ? "" : " ").append(sentence(14 + (int) (next() % 8)));
        }
        return text.toString();
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String word = WORDS[(int) (next() % WORDS.length)];
            text.append(k == 0 ? capitalize(word) : " " + word);
        }
        return text.append('.').toString();
    }

    private long next() {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (seed >>> 33) & 0x7fffffff;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
