package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the navigation files of a docs folder ({@link SourceNavigation}); what they get wrong is
 * reported at its line: a file that is not JSON or YAML, a key of the wrong shape, an unknown key,
 * an entry that leads to no page.
 */
final class SourceNavigationReader {

    static final List<String> CATEGORY_KEYS = List.of(
            "label", "position", "collapsed", "collapsible", "className", "customProps", "link", "description", "key");
    /** {@code * [Label](path.md)}, indented for a page below another; the label may hold escaped brackets. */
    private static final Pattern SUMMARY_ENTRY = Pattern.compile(
            "^(\\s*)[*+-]\\s+\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private static final Pattern SUMMARY_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final SourceReader reader;
    private final Path contentDir;
    private final String contentDirName;

    SourceNavigationReader(SourceReader reader, Path contentDir, String contentDirName) {
        this.reader = reader;
        this.contentDir = contentDir;
        this.contentDirName = contentDirName;
    }

    /**
     * @param files     the navigation files, content-relative
     * @param pages     the content-relative paths of the pages that will be published
     * @param docIds    every published page's Docusaurus id
     */
    SourceNavigation read(List<String> files, Set<String> pages, Set<String> docIds, Diagnostics out) {
        Map<String, SourceNavigation.Category> categories = new LinkedHashMap<>();
        List<SourceNavigation.Section> summary = List.of();
        for (String file : files.stream().sorted().toList()) {
            Optional<String> text = reader.read(contentDir.resolve(file), contentDirName + "/" + file, out);
            if (text.isEmpty()) {
                continue;
            }
            if (file.equals("SUMMARY.md")) {
                summary = summary(text.get(), pages, out);
            } else {
                String folder = file.substring(0, file.lastIndexOf('/') + 1);
                if (categories.containsKey(folder)) {
                    out.warning(
                            contentDirName + "/" + file,
                            Position.START,
                            Rule.DUPLICATE_KEY,
                            "`" + folder + "` already has a category file; this one is not read, remove one of them");
                } else {
                    category(file, folder, text.get(), docIds, out).ifPresent(c -> categories.put(folder, c));
                }
            }
        }
        return new SourceNavigation(categories, summary);
    }

    private Optional<SourceNavigation.Category> category(
            String file, String folder, String text, Set<String> docIds, Diagnostics out) {
        String path = contentDirName + "/" + file;
        Optional<YamlNode> root = new YamlReader(path, 1, out).read(text);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = new YamlFields(path, PageParser.INVALID, out);
        if (!(root.get() instanceof YamlMap map)) {
            out.error(
                    path,
                    root.get().position(),
                    Rule.YAML_SYNTAX,
                    "a category file holds keys with values, such as " + "`\"label\": \"Guides\"`, not "
                            + root.get().shapeName());
            return Optional.empty();
        }
        fields.rejectUnknownKeys(map, CATEGORY_KEYS, "a Docusaurus category file");
        Double position =
                map.get("position").flatMap(node -> number(node, fields)).orElse(null);
        boolean collapsed = fields.bool(map, "collapsed").orElse(false);
        fields.bool(map, "collapsible");
        Optional<YamlNode> link = map.get("link");
        boolean linkNone = link.isPresent() && link.get() instanceof YamlScalar s && s.isNull();
        String linkDoc = linkNone
                ? null
                : link.flatMap(node -> fields.asMap(node, "link"))
                        .flatMap(l -> linkDoc(l, folder, docIds, fields, path, out))
                        .orElse(null);
        return Optional.of(new SourceNavigation.Category(
                fields.text(map, "label").orElse(null), position, collapsed, linkDoc, linkNone));
    }

    private static Optional<Double> number(YamlNode node, YamlFields fields) {
        if (node instanceof YamlScalar scalar
                && (scalar.kind() == YamlScalar.Kind.INT || scalar.kind() == YamlScalar.Kind.FLOAT)) {
            try {
                return Optional.of(Double.parseDouble(scalar.text()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        fields.error(node.position(), "`position` must be a number, like `\"position\": 2`");
        return Optional.empty();
    }

    /** {@code link: {type: doc, id: ...}} names a page by its doc id; a generated index is not made here. */
    private static Optional<String> linkDoc(
            YamlMap link, String folder, Set<String> docIds, YamlFields fields, String path, Diagnostics out) {
        fields.rejectUnknownKeys(
                link,
                List.of("type", "id", "title", "description", "slug", "keywords", "image"),
                "a category's `link`");
        String type = fields.text(link, "type").orElse("");
        if (!type.equals("doc")) {
            if (!type.equals("generated-index")) {
                fields.error(
                        link.entry("type").map(e -> e.value().position()).orElse(link.position()),
                        "a category's `link` has `type: doc` (with an `id`) or `type: generated-index`");
            }
            return Optional.empty();
        }
        Optional<String> id = fields.text(link, "id");
        if (id.isEmpty()) {
            fields.error(link.position(), "a category's `link` of `type: doc` names the page by its `id`");
            return Optional.empty();
        }
        for (String candidate : List.of(id.get(), folder + id.get())) {
            if (docIds.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        out.error(
                path,
                link.get("id").orElseThrow().position(),
                Rule.BROKEN_LINK,
                "no page has the doc id `" + id.get()
                        + "`; a page's id is its path from the content folder without the extension, or its folder and its "
                        + "`id:`");
        return Optional.empty();
    }

    private List<SourceNavigation.Section> summary(String text, Set<String> pages, Diagnostics out) {
        List<SourceNavigation.Section> sections = new ArrayList<>();
        String title = "";
        List<SourceNavigation.Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = SUMMARY_HEADING.matcher(line);
            Matcher entry = SUMMARY_ENTRY.matcher(line);
            if (fenced) {
                continue;
            }
            if (heading.matches() && heading.group(1).length() > 1) {
                if (!entries.isEmpty() || !title.isEmpty()) {
                    sections.add(new SourceNavigation.Section(title, entries));
                }
                title = heading.group(2);
                entries = new ArrayList<>();
            } else if (entry.find()) {
                entry(entry, i + 1, pages, out).ifPresent(entries::add);
            }
        }
        if (!entries.isEmpty() || !title.isEmpty()) {
            sections.add(new SourceNavigation.Section(title, entries));
        }
        return sections;
    }

    private Optional<SourceNavigation.Entry> entry(Matcher entry, int line, Set<String> pages, Diagnostics out) {
        String label = entry.group(2).replaceAll("\\\\(.)", "$1");
        LinkTarget target = LinkTarget.parse(entry.group(3));
        if (!target.isLocalPath() || target.path().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> path = AddressBook.resolve("SUMMARY.md", target.path());
        if (path.isPresent() && !pages.contains(path.get())) { // a folder: its landing page
            String folder = path.get() + "/";
            path = java.util.stream.Stream.of("README.md", "index.md")
                    .map(folder::concat)
                    .filter(pages::contains)
                    .findFirst()
                    .or(() -> Optional.of(folder.substring(0, folder.length() - 1)));
        }
        if (path.isPresent() && pages.contains(path.get())) {
            return Optional.of(new SourceNavigation.Entry(path.get(), label));
        }
        out.error(
                contentDirName + "/SUMMARY.md",
                new Position(line, entry.start(3) + 1),
                Rule.BROKEN_LINK,
                "`"
                        + entry.group(3) + "`: no page `" + path.orElse(target.path())
                        + "` is published; SUMMARY.md lists "
                        + "pages by their path from the content folder");
        return Optional.empty();
    }
}
