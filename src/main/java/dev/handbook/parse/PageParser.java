package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.yaml.YamlDates;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one content file into a {@link PageSource}: encoding, front matter, the common header keys. */
public final class PageParser {

    /** A slug is one URL path segment of safe characters. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    static final Rule INVALID = Rule.INVALID_VALUE;

    private final SourceReader reader;

    public PageParser() {
        this(new SourceReader());
    }

    PageParser(SourceReader reader) {
        this.reader = reader;
    }

    /**
     * @param contentDir     the content folder
     * @param path           the file relative to it, with forward slashes
     * @param contentDirName how the content folder is named relative to the source folder
     */
    public Optional<PageSource> parse(Path contentDir, String path, String contentDirName, Diagnostics diagnostics) {
        String sourcePath = contentDirName + "/" + path;
        Path file = contentDir.resolve(path);
        Optional<String> text = reader.read(file, sourcePath, diagnostics);
        return text.map(t -> parseText(path, sourcePath, t, lastModified(file), diagnostics));
    }

    /** Parses the text of a page or takes a parse of the same text from elsewhere. */
    @FunctionalInterface
    interface Parses {
        /** @param parse parses the text into the findings it is given */
        PageSource of(String text, java.util.function.Function<Diagnostics, PageSource> parse);
    }

    /**
     * As {@link #parse(Path, String, String, Diagnostics)}, with the text's parse left to {@code parses};
     * the file's time is its own, whoever parsed the text.
     */
    Optional<PageSource> parse(
            Path contentDir, String path, String contentDirName, Diagnostics diagnostics, Parses parses) {
        String sourcePath = contentDirName + "/" + path;
        Path file = contentDir.resolve(path);
        Instant modified = lastModified(file);
        return reader.read(file, sourcePath, diagnostics)
                .map(text -> parses.of(text, found -> parseText(path, sourcePath, text, modified, found))
                        .withLastModified(modified));
    }

    /** Parses a page's decoded text; {@link SourceReader} has already normalised it. */
    public PageSource parseText(
            String path, String sourcePath, String text, Instant lastModified, Diagnostics diagnostics) {
        FrontMatter split = FrontMatter.split(text, sourcePath, diagnostics);
        YamlMap frontMatter = frontMatter(split, sourcePath, diagnostics);
        YamlFields fields = new YamlFields(sourcePath, INVALID, diagnostics);
        PageHeader header = header(path, frontMatter, fields);
        PageKind kind = kind(path, header, frontMatter, fields);
        return new PageSource(
                path, sourcePath, kind, frontMatter, header, split.body(), split.bodyFirstLine(), lastModified);
    }

    private static YamlMap frontMatter(FrontMatter split, String sourcePath, Diagnostics diagnostics) {
        YamlMap empty = new YamlMap(List.of(), Position.START);
        if (!split.hasYaml()) {
            return empty;
        }
        Optional<YamlNode> root = new YamlReader(sourcePath, split.yamlFirstLine(), diagnostics).read(split.yaml());
        if (root.isEmpty()) {
            return empty;
        }
        if (root.get() instanceof YamlMap map) {
            return map;
        }
        diagnostics.error(
                sourcePath,
                root.get().position(),
                Rule.YAML_SYNTAX,
                "front matter must be keys with values, such as `title: Etcher`, not "
                        + root.get().shapeName());
        return empty;
    }

    private static PageHeader header(String path, YamlMap map, YamlFields fields) {
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String[] slug = slug(folder, map, fields);
        return new PageHeader(
                fields.text(map, "title").orElse(null),
                fields.text(map, "description").orElse(null),
                slug[1],
                tags(map, fields),
                map.get("sidebar_position")
                        .flatMap(node -> number(node, fields))
                        .orElse(null),
                fields.bool(map, "draft").orElse(false),
                map.get("date").flatMap(node -> date(node, fields)).orElse(null),
                fields.text(map, "type").orElse(null),
                slug[0],
                new PageOptionsReader(map, fields).read());
    }

    /**
     * The folder and file name a slug publishes the page at: a plain slug renames the file; a path
     * slug (Docusaurus's {@code slug: /docs/intro}, {@code slug: /}, {@code slug: more/intro}) also
     * moves it, from the content root when it starts with {@code /}, else from the page's folder,
     * one safe segment at a time (never {@code ..}), so it stays inside the site. A trailing
     * {@code /} names the folder's index page.
     */
    private static String[] slug(String folder, YamlMap map, YamlFields fields) {
        Optional<String> slug = fields.text(map, "slug");
        if (slug.isEmpty()) {
            return new String[] {null, null};
        }
        String written = slug.get();
        if (SLUG.matcher(written).matches()) {
            return new String[] {null, written};
        }
        String path = (written.startsWith("/") ? "" : folder) + written.substring(written.startsWith("/") ? 1 : 0);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index";
        }
        for (String segment : path.split("/", -1)) {
            if (!SLUG.matcher(segment).matches()) {
                fields.error(
                        map.get("slug").orElseThrow().position(),
                        "slug `" + written + "` is not allowed: "
                                + "use letters, digits, `-`, `_` and `.`, starting with a letter or digit, in each part of a "
                                + "path (no `..`, no `//`)");
                return new String[] {null, null};
            }
        }
        int slash = path.lastIndexOf('/');
        return new String[] {path.substring(0, slash + 1), path.substring(slash + 1)};
    }

    private static List<String> tags(YamlMap map, YamlFields fields) {
        Optional<YamlNode> node = map.get("tags");
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlScalar scalar && !scalar.isNull()) {
            return List.of(scalar.text());
        }
        if (node.get() instanceof YamlList) {
            return fields.asTexts(node.get(), "tags").orElse(List.of());
        }
        fields.error(node.get().position(), "`tags` must be a list of words, like `tags: [hardware, sensors]`");
        return List.of();
    }

    private static Optional<Double> number(YamlNode node, YamlFields fields) {
        if (node instanceof YamlScalar scalar
                && (scalar.kind() == YamlScalar.Kind.INT || scalar.kind() == YamlScalar.Kind.FLOAT)) {
            try {
                double position = Double.parseDouble(scalar.text().replace("_", ""));
                if (Double.isFinite(position)) {
                    return Optional.of(position);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        fields.error(node.position(), "`sidebar_position` must be a number, like `sidebar_position: 2`");
        return Optional.empty();
    }

    private static Optional<LocalDate> date(YamlNode node, YamlFields fields) {
        if (node instanceof YamlMap dates) { // MkDocs Material's blog dates: {created: ..., updated: ...}
            Optional<LocalDate> created = fields.date(dates, "created");
            fields.date(dates, "updated");
            return created;
        }
        Optional<LocalDate> date =
                node instanceof YamlScalar scalar ? YamlDates.parse(scalar.text()) : Optional.empty();
        if (date.isEmpty()) {
            fields.error(node.position(), "`date` must be a date like 2026-11-21");
        }
        return date;
    }

    private static PageKind kind(String path, PageHeader header, YamlMap map, YamlFields fields) {
        if ("product".equals(header.type())) {
            return PageKind.PRODUCT;
        }
        if ("team".equals(header.type())) {
            return PageKind.TEAM;
        }
        if (header.type() != null && !header.type().equals("guide")) {
            fields.error(
                    map.get("type").orElseThrow().position(),
                    "`type: " + header.type()
                            + "` is not a page type; use `type: product` for a product page, `type: team` for a team page,"
                            + " or leave it out for a guide");
        }
        boolean home = header.slugFolder() == null
                ? path.equals("index.md") || path.equals("index.mdx")
                : header.slugFolder().isEmpty() && "index".equals(header.slug());
        return home ? PageKind.HOME : PageKind.GUIDE;
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
