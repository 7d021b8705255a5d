package dev.handbook.render;

import dev.handbook.config.Shape;
import dev.handbook.config.SiteConfig;
import dev.handbook.model.CharacteristicEntry;
import dev.handbook.model.Handbook;
import dev.handbook.model.InterfaceRef;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.Heading;
import dev.handbook.parse.ParsedPage;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlScalar;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what a template sees for one page: plain ordered maps and lists (never live model
 * objects), with every link already made relative to that page. The names are documented in README.
 */
public final class ViewFactory {

    public static final String HOME_OUTPUT = "index.html";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Handbook handbook;
    private final Map<String, Object> site;
    private final Map<String, Product> productsBySlug = new java.util.HashMap<>();

    public ViewFactory(Handbook handbook) {
        this.handbook = handbook;
        this.site = site(handbook.config());
        handbook.products().forEach(p -> productsBySlug.putIfAbsent(p.slug(), p));
    }

    /** Data for a product or guide page. */
    public Map<String, Object> forPage(ParsedPage page) {
        Map<String, Object> data = common(page.outputPath());
        data.put("page", page(page));
        handbook.productOf(page).ifPresent(product -> data.put("product", product(product, page.outputPath())));
        return data;
    }

    /** Data for the home page: the home text, if any, and every product. */
    public Map<String, Object> forHome() {
        Map<String, Object> data = common(HOME_OUTPUT);
        if (handbook.home() != null) {
            data.put("page", page(handbook.home()));
        } else {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", handbook.config().title());
            page.put("body", "");
            page.put("toc", List.of());
            data.put("page", page);
        }
        List<Map<String, Object>> products = new ArrayList<>();
        handbook.products().forEach(p -> products.add(productRow(p, HOME_OUTPUT)));
        data.put("products", products);
        return data;
    }

    private Map<String, Object> common(String output) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", site);
        data.put("root", AddressBook.rootOf(output));
        data.put("levels", handbook.config().schema().levels());
        data.put("guides", guides(output));
        return data;
    }

    private static Map<String, Object> site(SiteConfig config) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.title());
        site.put("mission", config.mission());
        site.put("baseUrl", config.baseUrl());
        return site;
    }

    private Map<String, Object> page(ParsedPage page) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", page.title());
        view.put("description", nullToEmpty(page.source().header().description()));
        view.put("body", page.body().html());
        view.put("sourcePath", page.sourcePath());
        view.put("tags", page.source().header().tags());
        view.put("lastUpdated", DAY.format(page.source().lastModified()));
        view.put("editUrl", handbook.config().repository() == null ? "" : handbook.config().repository() + page.sourcePath());
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading heading : page.body().headings()) {
            if (heading.level() == 2 || heading.level() == 3) {
                toc.add(Map.of("text", heading.text(), "id", heading.id(), "level", heading.level()));
            }
        }
        view.put("toc", toc);
        return view;
    }

    private List<Map<String, Object>> guides(String from) {
        List<Map<String, Object>> guides = new ArrayList<>();
        for (ParsedPage guide : handbook.guides()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", guide.title());
            link.put("href", AddressBook.relativeUrl(from, guide.outputPath()));
            link.put("current", guide.outputPath().equals(from));
            guides.add(link);
        }
        return guides;
    }

    private Map<String, Object> productRow(Product product, String from) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", product.title());
        row.put("slug", product.slug());
        row.put("href", AddressBook.relativeUrl(from, product.page().outputPath()));
        row.put("maturity", nullToEmpty(product.maturity()));
        row.put("origin", nullToEmpty(product.origin()));
        row.put("stage", nullToEmpty(product.stage()));
        row.put("owner", product.owner());
        row.put("alignment", product.alignment());
        row.put("mission", product.mission());
        row.put("tags", product.tags());
        return row;
    }

    private Map<String, Object> product(Product product, String from) {
        Map<String, Object> view = productRow(product, from);
        view.put("alignmentNote", product.value("alignment_note"));
        view.put("earnedLevel", nullToEmpty(product.earnedLevel()));
        view.put("nextLevel", nullToEmpty(product.nextLevel()));
        view.put("missingForNext", product.missingForNext().stream()
                .map(key -> product.characteristic(key).map(CharacteristicEntry::label).orElse(key)).toList());
        view.put("characteristics", product.characteristics().stream().map(this::characteristic).toList());
        view.put("interfaces", product.interfaces().stream().map(ref -> interfaceView(ref, from)).toList());
        view.put("usedBy", handbook.usedBy(product.slug()).stream().map(user -> productRow(user, from)).toList());
        view.put("logo", logo(product, from));
        return view;
    }

    private Map<String, Object> characteristic(CharacteristicEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", entry.key());
        view.put("label", entry.label());
        view.put("explanation", entry.characteristic().explanation());
        view.put("status", entry.status().cssName());
        view.put("statusLabel", entry.status().label());
        view.put("text", entry.text());
        view.put("items", entry.characteristic().shape() == Shape.INTERFACES
                ? entry.items().stream().map(this::productTitleOrText).toList() : entry.items());
        view.put("requiredFrom", nullToEmpty(entry.characteristic().requiredFrom()));
        view.put("waiverReason", entry.waiver() == null ? "" : entry.waiver().reason());
        view.put("waiverUntil", entry.waiver() == null ? "" : entry.waiver().until().toString());
        return view;
    }

    private String productTitleOrText(String slugOrText) {
        Product product = productsBySlug.get(slugOrText);
        return product == null ? slugOrText : product.title();
    }

    private Map<String, Object> interfaceView(InterfaceRef ref, String from) {
        Map<String, Object> view = new LinkedHashMap<>();
        Product target = ref.isProduct() ? productsBySlug.get(ref.productSlug()) : null;
        view.put("title", target != null ? target.title() : ref.text());
        view.put("href", target != null ? AddressBook.relativeUrl(from, target.page().outputPath()) : "");
        view.put("maturity", target != null ? nullToEmpty(target.maturity()) : "");
        view.put("kind", nullToEmpty(ref.kind()));
        view.put("description", nullToEmpty(ref.description()));
        return view;
    }

    /** Logos are content files; JBake copies them to the same place under the site. */
    private static String logo(Product product, String from) {
        YamlMap fm = product.page().source().frontMatter();
        return fm.get("brand").filter(b -> b instanceof YamlMap).map(b -> (YamlMap) b)
                .flatMap(brand -> brand.get("logo")).filter(l -> l instanceof YamlScalar s && !s.isNull())
                .flatMap(l -> AddressBook.resolve("", ((YamlScalar) l).text().trim()))
                .map(path -> AddressBook.relativeUrl(from, path)).orElse("");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
