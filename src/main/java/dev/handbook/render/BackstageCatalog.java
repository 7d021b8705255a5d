package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.text.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Backstage catalog export: one {@code backstage/SLUG.catalog-info.yaml} per product as a
 * Component (owner, lifecycle from maturity, dependsOn from interfaces), and a Location listing them.
 * Every scalar is written as a JSON string, which YAML reads as a double-quoted scalar: safe for any
 * text, and far cheaper than a YAML emitter for ten thousand files.
 */
final class BackstageCatalog {

    List<DataFile> files(Handbook handbook) {
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile("backstage/catalog.yaml", () -> location(handbook)));
        for (Product product : handbook.products()) {
            // one folder holds them all: ten thousand folders cost more to create than their files
            files.add(new DataFile("backstage/" + product.slug() + ".catalog-info.yaml", () -> component(product)));
        }
        return files;
    }

    private static String location(Handbook handbook) {
        StringBuilder location = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n"
                + "  name: handbook-products\nspec:\n  targets:\n");
        handbook.products().forEach(p -> location.append("    - ").append(Json.quote("./" + p.slug()
                + ".catalog-info.yaml")).append('\n'));
        if (handbook.products().isEmpty()) {
            location.append("    []\n");
        }
        return location.toString();
    }

    private static String component(Product product) {
        StringBuilder yaml = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n");
        yaml.append("  name: ").append(Json.quote(name(product.slug()))).append('\n');
        yaml.append("  title: ").append(Json.quote(product.title())).append('\n');
        yaml.append("  description: ").append(Json.quote(product.mission())).append('\n');
        List<String> tags = product.tags().stream().map(BackstageCatalog::tag).filter(t -> !t.isEmpty()).distinct().toList();
        list(yaml, "  tags:", "    ", tags);
        yaml.append("  annotations:\n    handbook/maturity: ").append(Json.quote(String.valueOf(product.maturity())))
                .append("\n    handbook/page: ").append(Json.quote(product.page().outputPath())).append('\n');
        yaml.append("spec:\n  type: product\n  lifecycle: ").append(lifecycle(product.maturity())).append('\n');
        yaml.append("  owner: ").append(Json.quote(product.owner().isEmpty() ? "unknown" : name(product.owner())))
                .append('\n');
        List<String> dependsOn = product.interfaces().stream().filter(InterfaceRef::isProduct)
                .map(ref -> "component:default/" + name(ref.productSlug())).distinct().toList();
        if (!dependsOn.isEmpty()) {
            list(yaml, "  dependsOn:", "    ", dependsOn);
        }
        return yaml.toString();
    }

    private static void list(StringBuilder yaml, String key, String indent, List<String> items) {
        if (items.isEmpty()) {
            yaml.append(key).append(" []\n");
            return;
        }
        yaml.append(key).append('\n');
        items.forEach(item -> yaml.append(indent).append("- ").append(Json.quote(item)).append('\n'));
    }

    /** Backstage's lifecycles: ideas and prototypes are experimental, products with a loop are in production. */
    static String lifecycle(String maturity) {
        if (maturity == null) {
            return "experimental";
        }
        return switch (maturity) {
            case "loop", "steady" -> "production";
            default -> "experimental";
        };
    }

    /** Entity names: letters, digits and [-_.], at most 63 characters, starting and ending alphanumeric. */
    static String name(String text) {
        // each run of other characters becomes one dash; then the ends are trimmed to alphanumerics
        StringBuilder name = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '-') {
                name.append(c);
                inRun = false;
            } else if (!inRun) {
                name.append('-');
                inRun = true;
            }
        }
        String trimmed = trimToAlphanumerics(name.toString());
        if (trimmed.length() > 63) {
            trimmed = trimToAlphanumerics(trimmed.substring(0, 63));
        }
        return trimmed.isEmpty() ? "unnamed" : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String trimToAlphanumerics(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !isAsciiAlphanumeric(text.charAt(start))) {
            start++;
        }
        while (end > start && !isAsciiAlphanumeric(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Tags: lowercase letters, digits, +, # and inner dashes. */
    static String tag(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder tag = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#') {
                tag.append(c);
                inRun = false;
            } else if (!inRun) {
                tag.append('-');
                inRun = true;
            }
        }
        int start = 0;
        int end = tag.length();
        while (start < end && tag.charAt(start) == '-') {
            start++;
        }
        while (end > start && tag.charAt(end - 1) == '-') {
            end--;
        }
        return tag.substring(start, end);
    }
}
