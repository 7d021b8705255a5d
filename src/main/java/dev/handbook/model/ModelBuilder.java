package dev.handbook.model;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedContent;
import dev.handbook.parse.ParsedPage;
import dev.handbook.text.TitleOrder;
import dev.handbook.validate.MaturityLadder;
import dev.handbook.validate.Presence;
import dev.handbook.validate.Waiver;
import dev.handbook.validate.Waivers;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model stage: validated pages become products, guides and the links between them. */
public final class ModelBuilder {

    private static final Comparator<ParsedPage> GUIDE_ORDER = Comparator
            .comparing((ParsedPage p) -> p.source().header().sidebarPosition(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ParsedPage::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ParsedPage::path);

    private final SiteConfig config;
    private final LocalDate today;

    public ModelBuilder(SiteConfig config, LocalDate today) {
        this.config = config;
        this.today = today;
    }

    public Handbook build(ParsedContent content) {
        List<Product> products = TitleOrder.sort(content.pages().parallelStream().filter(p -> p.kind() == PageKind.PRODUCT)
                .map(this::product).toList(), Product::title, Product::slug);
        List<ParsedPage> guides = content.pages().stream().filter(p -> p.kind() == PageKind.GUIDE).sorted(GUIDE_ORDER)
                .toList();
        ParsedPage home = content.pages().stream().filter(p -> p.kind() == PageKind.HOME).findFirst().orElse(null);
        Map<String, Product> byPath = new LinkedHashMap<>();
        products.forEach(p -> byPath.put(p.page().path(), p));
        Map<String, ParsedPage> pagesByPath = new LinkedHashMap<>();
        content.pages().forEach(p -> pagesByPath.putIfAbsent(p.path(), p));
        return new Handbook(config, content.pages(), products, guides, home, usedBy(products), byPath, pagesByPath,
                today, content.navigation());
    }

    private static Map<String, List<Product>> usedBy(List<Product> productsByTitle) {
        Map<String, List<Product>> usedBy = new LinkedHashMap<>();
        for (Product user : productsByTitle) {
            user.interfaces().stream().filter(InterfaceRef::isProduct).map(InterfaceRef::productSlug).distinct()
                    .forEach(slug -> usedBy.computeIfAbsent(slug, s -> new ArrayList<>()).add(user));
        }
        return usedBy;
    }

    private Product product(ParsedPage page) {
        Schema schema = config.schema();
        YamlMap fm = page.source().frontMatter();
        Map<String, Waiver> waivers = Waivers.read(fm, schema, page.sourcePath(), new Diagnostics());
        MaturityLadder ladder = new MaturityLadder(schema, fm, waivers, today);
        String maturity = word(fm, "maturity");
        int declared = maturity == null ? -1 : schema.levelIndex(maturity);
        List<CharacteristicEntry> entries = new ArrayList<>();
        for (Characteristic c : schema.characteristics()) {
            entries.add(entry(c, fm.get(c.key()), waivers.get(c.key()), declared, schema));
        }
        String next = maturity == null || declared < 0 ? null : ladder.nextLevel(maturity);
        List<String> missingForNext = next == null ? List.of()
                : ladder.missingFor(next).stream().map(Characteristic::key).toList();
        return new Product(page, page.source().slug(), maturity, word(fm, "origin"), word(fm, "stage"), entries,
                interfaces(fm), ladder.earnedLevel(), next, missingForNext);
    }

    private CharacteristicEntry entry(Characteristic c, Optional<YamlNode> value, Waiver waiver, int declared,
                                      Schema schema) {
        if (value.isPresent() && Presence.isReal(value.get(), schema)) {
            return new CharacteristicEntry(c, Status.PRESENT, text(value.get()), items(value.get()), null);
        }
        if (waiver != null && waiver.isActive(today)) {
            return new CharacteristicEntry(c, Status.WAIVED, "", List.of(), waiver);
        }
        boolean expected = c.requiredFrom() != null && schema.levelIndex(c.requiredFrom()) <= declared;
        return new CharacteristicEntry(c, expected ? Status.MISSING : Status.NOT_YET_EXPECTED, "", List.of(), null);
    }

    private static List<InterfaceRef> interfaces(YamlMap fm) {
        List<InterfaceRef> refs = new ArrayList<>();
        if (fm.get("interfaces").orElse(null) instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    refs.add(new InterfaceRef(scalar.text(), null, null, null));
                } else if (item instanceof YamlMap map && word(map, "product") != null) {
                    refs.add(new InterfaceRef(word(map, "product"), word(map, "product"), word(map, "kind"),
                            word(map, "description")));
                }
            }
        }
        return refs;
    }

    private static String text(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.text().trim();
        }
        if (node instanceof YamlMap map) {
            String name = word(map, "name");
            return name != null ? name : String.join(", ", items(node));
        }
        return String.join("; ", items(node));
    }

    private static List<String> items(YamlNode node) {
        List<String> items = new ArrayList<>();
        if (node instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    items.add(scalar.text().trim());
                } else if (item instanceof YamlMap map && word(map, "product") != null) {
                    items.add(word(map, "product"));
                }
            }
        }
        return items;
    }

    /** A scalar's trimmed text, or null when absent or not a scalar. */
    static String word(YamlMap map, String key) {
        return map.get(key).filter(n -> n instanceof YamlScalar s && !s.isNull())
                .map(n -> ((YamlScalar) n).text().trim()).orElse(null);
    }
}
