package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A Backstage catalog export: one {@code backstage/SLUG/catalog-info.yaml} per product as a
 * Component (owner, lifecycle from maturity, dependsOn from interfaces), and a Location listing them.
 */
final class BackstageCatalog {

    private final Yaml yaml;

    BackstageCatalog() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        yaml = new Yaml(options);
    }

    Map<String, String> files(Handbook handbook) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Product product : handbook.products()) {
            files.put("backstage/" + product.slug() + "/catalog-info.yaml", yaml.dump(component(product)));
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("apiVersion", "backstage.io/v1alpha1");
        location.put("kind", "Location");
        location.put("metadata", Map.of("name", "handbook-products"));
        location.put("spec", Map.of("targets", handbook.products().stream()
                .map(p -> "./" + p.slug() + "/catalog-info.yaml").toList()));
        files.put("backstage/catalog.yaml", yaml.dump(location));
        return files;
    }

    private Map<String, Object> component(Product product) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name(product.slug()));
        metadata.put("title", product.title());
        metadata.put("description", product.mission());
        metadata.put("tags", product.tags().stream().map(BackstageCatalog::tag).filter(t -> !t.isEmpty()).distinct().toList());
        metadata.put("annotations", Map.of("handbook/maturity", String.valueOf(product.maturity()),
                "handbook/page", product.page().outputPath()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "product");
        spec.put("lifecycle", lifecycle(product.maturity()));
        spec.put("owner", product.owner().isEmpty() ? "unknown" : name(product.owner()));
        List<String> dependsOn = product.interfaces().stream().filter(InterfaceRef::isProduct)
                .map(ref -> "component:default/" + name(ref.productSlug())).distinct().toList();
        if (!dependsOn.isEmpty()) {
            spec.put("dependsOn", dependsOn);
        }
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("apiVersion", "backstage.io/v1alpha1");
        component.put("kind", "Component");
        component.put("metadata", metadata);
        component.put("spec", spec);
        return component;
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
        String name = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
        name = name.length() > 63 ? name.substring(0, 63).replaceAll("[^A-Za-z0-9]+$", "") : name;
        return name.isEmpty() ? "unnamed" : name.toLowerCase(Locale.ROOT);
    }

    /** Tags: lowercase letters, digits, +, # and inner dashes. */
    static String tag(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]+", "-").replaceAll("^-+|-+$", "");
    }
}
