package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.model.Team;
import dev.handbook.text.Json;
import dev.handbook.text.Slugs;
import dev.handbook.text.UrlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A Backstage catalog export: one {@code backstage/SLUG.catalog-info.yaml} per product as a
 * Component (owner, lifecycle from maturity, dependsOn from interfaces), one
 * {@code backstage/groups/SLUG.yaml} per team as a Group (parent, children, members), and a
 * Location listing them all. A component whose owner names a team is owned by {@code group:SLUG}.
 * Every scalar is written as a JSON string, which YAML reads as a double-quoted scalar, with what
 * YAML may not hold raw (DEL and the C1 controls) escaped too ({@link Json#quoteForYaml}): safe for
 * any text, and far cheaper than a YAML emitter for ten thousand files.
 */
final class BackstageCatalog {

    List<DataFile> files(Handbook handbook) {
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile("backstage/catalog.yaml", () -> location(handbook)));
        for (Product product : handbook.products()) {
            // one folder holds them all: ten thousand folders cost more to create than their files
            files.add(new DataFile(
                    "backstage/" + product.slug() + ".catalog-info.yaml", () -> component(product, handbook)));
        }
        for (Team team : handbook.teams().all()) {
            files.add(new DataFile(groupFile(team), () -> BackstageGroup.of(team)));
        }
        return files;
    }

    private static String groupFile(Team team) {
        return "backstage/groups/" + team.slug() + ".yaml";
    }

    private static String location(Handbook handbook) {
        StringBuilder location = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n"
                + "  name: handbook-products\nspec:\n  targets:\n");
        handbook.products()
                .forEach(p -> location.append("    - ")
                        .append(Json.quoteForYaml("./" + p.slug() + ".catalog-info.yaml"))
                        .append('\n'));
        handbook.teams()
                .all()
                .forEach(t -> location.append("    - ")
                        .append(Json.quoteForYaml("./groups/" + t.slug() + ".yaml"))
                        .append('\n'));
        if (handbook.products().isEmpty() && handbook.teams().isEmpty()) {
            location.append("    []\n");
        }
        return location.toString();
    }

    private static String component(Product product, Handbook handbook) {
        StringBuilder yaml = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n");
        yaml.append("  name: ").append(Json.quoteForYaml(name(product.slug()))).append('\n');
        yaml.append("  title: ").append(Json.quoteForYaml(product.title())).append('\n');
        yaml.append("  description: ")
                .append(Json.quoteForYaml(product.mission()))
                .append('\n');
        List<String> tags = product.tags().stream()
                .map(BackstageCatalog::tag)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        list(yaml, "  tags:", "    ", tags);
        yaml.append("  annotations:\n    handbook/maturity: ")
                .append(Json.quoteForYaml(String.valueOf(product.maturity())))
                .append("\n    handbook/page: ")
                .append(Json.quoteForYaml(UrlPath.encode(product.page().outputPath())))
                .append('\n');
        yaml.append("spec:\n  type: product\n  lifecycle: ")
                .append(lifecycle(product.maturity()))
                .append('\n');
        yaml.append("  owner: ")
                .append(Json.quoteForYaml(owner(product, handbook)))
                .append('\n');
        List<String> dependsOn = product.interfaces().stream()
                .filter(InterfaceRef::isProduct)
                .map(ref -> "component:default/" + name(ref.productSlug()))
                .distinct()
                .toList();
        if (!dependsOn.isEmpty()) {
            list(yaml, "  dependsOn:", "    ", dependsOn);
        }
        return yaml.toString();
    }

    /** {@code group:SLUG} for a team's product, else the owner's text as an entity name. */
    private static String owner(Product product, Handbook handbook) {
        return handbook.teams()
                .owning(product)
                .map(team -> "group:" + name(team.slug()))
                .orElseGet(() -> product.owner().isEmpty() ? "unknown" : name(product.owner()));
    }

    static void list(StringBuilder yaml, String key, String indent, List<String> items) {
        if (items.isEmpty()) {
            yaml.append(key).append(" []\n");
            return;
        }
        yaml.append(key).append('\n');
        items.forEach(item ->
                yaml.append(indent).append("- ").append(Json.quoteForYaml(item)).append('\n'));
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
        String name = trimTo(
                dashRuns(Slugs.ascii(text), c -> isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '-'),
                BackstageCatalog::isAsciiAlphanumeric);
        if (name.length() > 63) {
            name = trimTo(name.substring(0, 63), BackstageCatalog::isAsciiAlphanumeric);
        }
        return name.isEmpty() ? "unnamed" : name.toLowerCase(Locale.ROOT);
    }

    /** Tags: lowercase letters, digits, +, # and inner dashes. */
    static String tag(String text) {
        IntPredicate kept = c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#';
        return trimTo(dashRuns(Slugs.ascii(text).toLowerCase(Locale.ROOT), kept), kept);
    }

    /** The text with each run of characters that are not kept turned into one dash. */
    private static String dashRuns(String text, IntPredicate kept) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kept.test(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append('-');
                inRun = true;
            }
        }
        return out.toString();
    }

    /** The text without the characters at either end that are not kept. */
    private static String trimTo(String text, IntPredicate kept) {
        int start = 0;
        int end = text.length();
        while (start < end && !kept.test(text.charAt(start))) {
            start++;
        }
        while (end > start && !kept.test(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
