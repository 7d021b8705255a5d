package dev.handbook.parse;

import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the front matter keys of Docusaurus docs and MkDocs Material that change a page here into
 * {@link PageOptions}; a key of the wrong shape is an {@code invalid-value} error at its line.
 */
final class PageOptionsReader {

    /** Keys of the other generators that are known, read or not: Docusaurus docs, MkDocs Material, GitBook. */
    static final List<String> KEYS = List.of(
            "id",
            "sidebar_label",
            "sidebar_class_name",
            "sidebar_custom_props",
            "displayed_sidebar",
            "hide_title",
            "hide_table_of_contents",
            "toc_min_heading_level",
            "toc_max_heading_level",
            "pagination_label",
            "pagination_next",
            "pagination_prev",
            "parse_number_prefixes",
            "custom_edit_url",
            "keywords",
            "image",
            "last_update",
            "unlisted",
            "icon",
            "status",
            "hide",
            "search",
            "template",
            "authors",
            "categories",
            "links",
            "subtitle",
            "layout",
            "cover",
            "coverY");

    private final YamlMap map;
    private final YamlFields fields;

    PageOptionsReader(YamlMap map, YamlFields fields) {
        this.map = map;
        this.fields = fields;
    }

    PageOptions read() {
        int tocMin = tocLevel("toc_min_heading_level", PageOptions.TOC_MIN);
        int tocMax = tocLevel("toc_max_heading_level", PageOptions.TOC_MAX);
        if (tocMin > tocMax) {
            fields.error(
                    map.get("toc_min_heading_level")
                            .or(() -> map.get("toc_max_heading_level"))
                            .orElseThrow()
                            .position(),
                    "`toc_min_heading_level` (" + tocMin + ") must not be above `toc_max_heading_level` (" + tocMax
                            + ")");
            tocMin = PageOptions.TOC_MIN;
            tocMax = Math.max(tocMax, PageOptions.TOC_MIN);
        }
        YamlMap update = map.get("last_update")
                .flatMap(node -> fields.asMap(node, "last_update"))
                .orElse(null);
        return new PageOptions(
                text("id"),
                text("sidebar_label"),
                flag("hide_title"),
                flag("hide_table_of_contents") || hides("toc"),
                tocMin,
                tocMax,
                text("pagination_label"),
                neighbour("pagination_next"),
                neighbour("pagination_prev"),
                editUrl(),
                keywords(),
                text("image"),
                flag("unlisted"),
                updated(update),
                updatedBy(update));
    }

    private String text(String key) {
        return map.get(key)
                .filter(node -> !(node instanceof YamlScalar s && s.isNull()))
                .flatMap(node -> fields.asText(node, key))
                .orElse(null);
    }

    private boolean flag(String key) {
        return fields.bool(map, key).orElse(false);
    }

    /** MkDocs Material's {@code hide: [toc, navigation]}. */
    private boolean hides(String what) {
        return map.get("hide")
                .filter(YamlList.class::isInstance)
                .flatMap(node -> fields.asTexts(node, "hide"))
                .map(list -> list.contains(what))
                .orElse(false);
    }

    private int tocLevel(String key, int otherwise) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return otherwise;
        }
        if (node.get() instanceof YamlScalar scalar
                && scalar.kind() == YamlScalar.Kind.INT
                && scalar.text().matches("[2-6]")) {
            return Integer.parseInt(scalar.text());
        }
        fields.error(node.get().position(), "`" + key + "` must be a heading level from 2 to 6");
        return otherwise;
    }

    /** {@code pagination_next: some/doc} names a doc by its id; {@code null} leaves the link out. */
    private String neighbour(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return PageOptions.DEFAULT;
        }
        if (node.get() instanceof YamlScalar scalar && scalar.isNull()) {
            return PageOptions.NONE;
        }
        return fields.asText(node.get(), key).filter(id -> !id.isBlank()).orElse(PageOptions.DEFAULT);
    }

    private String editUrl() {
        Optional<YamlNode> node = map.get("custom_edit_url");
        if (node.isPresent() && node.get() instanceof YamlScalar scalar && scalar.isNull()) {
            return "";
        }
        return node.flatMap(n -> fields.asText(n, "custom_edit_url"))
                .map(url -> SafeUrls.isSafe(url) ? url : "")
                .orElse(null);
    }

    private List<String> keywords() {
        Optional<YamlNode> node = map.get("keywords");
        if (node.isPresent() && node.get() instanceof YamlScalar scalar && !scalar.isNull()) {
            return List.of(scalar.text());
        }
        return node.filter(n -> !(n instanceof YamlScalar))
                .flatMap(n -> fields.asTexts(n, "keywords"))
                .orElse(List.of());
    }

    /** Docusaurus's {@code last_update: {date, author}}, else MkDocs Material's {@code date: {updated}}. */
    private LocalDate updated(YamlMap update) {
        if (update != null) {
            return fields.date(update, "date").orElse(null);
        }
        return map.get("date")
                .filter(YamlMap.class::isInstance)
                .flatMap(node -> fields.date((YamlMap) node, "updated"))
                .orElse(null);
    }

    private String updatedBy(YamlMap update) {
        return update == null ? null : fields.text(update, "author").orElse(null);
    }
}
