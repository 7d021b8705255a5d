package dev.handbook.validate;

import dev.handbook.config.Characteristic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.PageKind;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code invalid-value}, {@code unknown-product}, {@code missing-file}: each characteristic a product
 * gives has the shape its schema entry declares, and what it points at exists.
 */
final class ShapeCheck implements PageCheck {

    private static final Pattern URL = Pattern.compile("^(https?://[^\\s/?#]+[^\\s]*|mailto:[^\\s@]+@[^\\s@]+)$");
    private static final List<String> INTERFACE_KEYS = List.of("product", "kind", "description");
    private static final List<String> BRAND_KEYS = List.of("name", "logo");

    @Override
    public void check(PageContext context, Diagnostics out) {
        if (context.page().kind() != PageKind.PRODUCT) {
            return;
        }
        for (YamlEntry entry : context.frontMatter().entries()) {
            context.schema().characteristic(entry.key()).ifPresent(characteristic -> {
                // a placeholder is not a malformed value but a missing one: RequirementCheck reports it
                if (!(entry.value() instanceof YamlScalar scalar
                        && (scalar.isNull() || context.schema().isPlaceholder(scalar.text())))) {
                    checkShape(context, characteristic, entry.value(), out);
                }
            });
        }
    }

    private void checkShape(PageContext context, Characteristic c, YamlNode value, Diagnostics out) {
        YamlFields fields = new YamlFields(context.path(), Rule.INVALID_VALUE, out);
        switch (c.shape()) {
            case TEXT -> fields.asText(value, c.key());
            case LIST -> list(c, value, fields);
            case URL ->
                fields.asText(value, c.key())
                        .filter(url -> !URL.matcher(url.trim()).matches())
                        .ifPresent(url -> fields.error(
                                value.position(),
                                "`" + c.key() + "` must be a URL starting with " + "https:// (or mailto:), not `" + url
                                        + "`"));
            case CHOICE ->
                fields.asText(value, c.key())
                        .filter(word -> !c.values().contains(word.trim()))
                        .ifPresent(word -> fields.error(
                                value.position(),
                                "`" + c.key() + ": " + word + "` is not allowed; use one of "
                                        + String.join(", ", c.values())));
            case INTERFACES -> interfaces(context, c, value, fields, out);
            case BRAND -> brand(context, c, value, fields, out);
            case FILE -> fields.asText(value, c.key()).ifPresent(path -> file(context, c.key(), path, value, out));
            case PRODUCT -> fields.asText(value, c.key()).ifPresent(slug -> product(context, slug, value, out));
        }
    }

    private static void list(Characteristic c, YamlNode value, YamlFields fields) {
        if (!(value instanceof YamlList list)) {
            fields.error(
                    value.position(),
                    "`" + c.key() + "` must be a list: put each item on its own line " + "starting with `- `");
            return;
        }
        list.items().forEach(item -> fields.asText(item, c.key() + " item"));
    }

    private static void interfaces(
            PageContext context, Characteristic c, YamlNode value, YamlFields fields, Diagnostics out) {
        if (!(value instanceof YamlList list)) {
            fields.error(
                    value.position(),
                    "`" + c.key() + "` must be a list; each item is a text like \"REST API\" "
                            + "or a map like `{product: SLUG, kind: API}`");
            return;
        }
        for (YamlNode item : list.items()) {
            if (item instanceof YamlMap map) {
                fields.rejectUnknownKeys(map, INTERFACE_KEYS, "an interface");
                fields.text(map, "kind");
                fields.text(map, "description");
                map.get("product")
                        .ifPresentOrElse(
                                node -> fields.asText(node, "product")
                                        .ifPresent(slug -> product(context, slug, node, out)),
                                () -> fields.error(
                                        map.position(),
                                        "an interface given as a map needs `product: SLUG`; "
                                                + "write a plain text item for anything that is not a product"));
            } else {
                fields.asText(item, c.key() + " item");
            }
        }
    }

    private static void brand(
            PageContext context, Characteristic c, YamlNode value, YamlFields fields, Diagnostics out) {
        if (value instanceof YamlMap map) {
            fields.rejectUnknownKeys(map, BRAND_KEYS, "`" + c.key() + "`");
            fields.text(map, "name");
            map.get("logo")
                    .ifPresent(node ->
                            fields.asText(node, "logo").ifPresent(path -> file(context, "logo", path, node, out)));
        } else {
            fields.asText(value, c.key());
        }
    }

    private static void product(PageContext context, String slug, YamlNode at, Diagnostics out) {
        if (!context.productsBySlug().containsKey(slug.trim())) {
            out.error(
                    context.path(),
                    at.position(),
                    Rule.UNKNOWN_PRODUCT,
                    "no product has the slug `" + slug
                            + "`"
                            + dev.handbook.diag.Suggestions.didYouMean(
                                    slug, context.productsBySlug().keySet())
                            + "; use the slug of an existing product page (its file name unless it sets `slug:`)");
        }
    }

    /** Files are named relative to the content folder, e.g. {@code images/etcher.svg}. */
    private static void file(PageContext context, String key, String path, YamlNode at, Diagnostics out) {
        boolean exists = AddressBook.resolve("", path.trim())
                .map(context.files().files()::contains)
                .orElse(false);
        if (!exists) {
            out.error(
                    context.path(),
                    at.position(),
                    Rule.MISSING_FILE,
                    "`" + key + "` names `" + path
                            + "`, which does not exist under the content folder; add the file or correct the path");
        }
    }
}
