package dev.handbook.model;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.config.SiteConfig;
import dev.handbook.history.History;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedContent;
import dev.handbook.parse.ParsedPage;
import dev.handbook.text.TitleOrder;
import dev.handbook.validate.MaturityLadder;
import dev.handbook.validate.ProductClaim;
import dev.handbook.validate.Validation;
import dev.handbook.validate.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model stage: validated pages become products, guides and the links between them. */
public final class ModelBuilder {

    private static final Comparator<ParsedPage> GUIDE_ORDER = Comparator.comparing(
                    (ParsedPage p) -> p.source().header().sidebarPosition(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ParsedPage::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ParsedPage::path);

    private final SiteConfig config;
    private final LocalDate today;

    public ModelBuilder(SiteConfig config, LocalDate today) {
        this.config = config;
        this.today = today;
    }

    /** @param validation what validation read from each product page: the model reads no front matter */
    public Handbook build(ParsedContent content, Validation validation) {
        return build(content, validation, History.none(""));
    }

    /** @param history what git remembers of the product pages: their timelines */
    public Handbook build(ParsedContent content, Validation validation, History history) {
        List<Product> products = TitleOrder.sort(
                content.pages().parallelStream()
                        .filter(p -> p.kind() == PageKind.PRODUCT)
                        .map(page -> product(
                                page,
                                validation
                                        .claim(page.path())
                                        .orElseThrow(() ->
                                                new IllegalStateException("no claim was read for " + page.path()))))
                        .toList(),
                Product::title,
                Product::slug);
        List<ParsedPage> guides = content.pages().stream()
                .filter(p -> p.kind() == PageKind.GUIDE)
                .sorted(GUIDE_ORDER)
                .toList();
        ParsedPage home = content.pages().stream()
                .filter(p -> p.kind() == PageKind.HOME)
                .findFirst()
                .orElse(null);
        Map<String, Product> byPath = new LinkedHashMap<>();
        products.forEach(p -> byPath.put(p.page().path(), p));
        Map<String, ParsedPage> pagesByPath = new LinkedHashMap<>();
        content.pages().forEach(p -> pagesByPath.putIfAbsent(p.path(), p));
        return new Handbook(
                config,
                content.pages(),
                products,
                guides,
                home,
                usedBy(products),
                byPath,
                pagesByPath,
                today,
                content.navigation(),
                new Timelines(history, validation.reviews()),
                Teams.of(validation.teams(), products),
                campaigns(products, validation));
    }

    /** Each product's campaign verdicts, as of the build's day. */
    private Campaigns campaigns(List<Product> products, Validation validation) {
        if (config.campaigns().isEmpty()) {
            return Campaigns.NONE;
        }
        Map<String, List<CampaignStatus>> byProduct = new LinkedHashMap<>();
        for (Product product : products) {
            List<CampaignStatus> statuses = validation.campaigns(product.page().path()).stream()
                    .map(v -> new CampaignStatus(v.campaign(), v.campaign().phaseOn(today), v.met(), v.lacking()))
                    .toList();
            if (!statuses.isEmpty()) {
                byProduct.put(product.page().path(), statuses);
            }
        }
        return new Campaigns(config.campaigns(), byProduct);
    }

    private static Map<String, List<Product>> usedBy(List<Product> productsByTitle) {
        Map<String, List<Product>> usedBy = new LinkedHashMap<>();
        for (Product user : productsByTitle) {
            user.interfaces().stream()
                    .filter(InterfaceRef::isProduct)
                    .map(InterfaceRef::productSlug)
                    .distinct()
                    .forEach(slug ->
                            usedBy.computeIfAbsent(slug, s -> new ArrayList<>()).add(user));
        }
        return usedBy;
    }

    private Product product(ParsedPage page, ProductClaim claim) {
        Schema schema = config.schema();
        MaturityLadder ladder = new MaturityLadder(schema, claim, today);
        String maturity = claim.maturity();
        int declared = maturity == null ? -1 : schema.levelIndex(maturity);
        List<CharacteristicEntry> entries = new ArrayList<>();
        for (Characteristic c : schema.characteristics()) {
            entries.add(entry(c, claim.value(c.key()), claim.waivers().get(c.key()), declared, schema));
        }
        String next = maturity == null || declared < 0 ? null : ladder.nextLevel(maturity);
        List<String> missingForNext = next == null
                ? List.of()
                : ladder.missingFor(next).stream().map(Characteristic::key).toList();
        List<InterfaceRef> interfaces = claim.interfaces().stream()
                .map(i -> new InterfaceRef(i.text(), i.productSlug(), i.kind(), i.description()))
                .toList();
        return new Product(
                page,
                page.source().slug(),
                maturity,
                claim.origin(),
                claim.stage(),
                entries,
                interfaces,
                ladder.earnedLevel(),
                next,
                missingForNext,
                claim.logo());
    }

    private CharacteristicEntry entry(
            Characteristic c, Optional<ProductClaim.Value> value, Waiver waiver, int declared, Schema schema) {
        if (value.isPresent() && value.get().real()) {
            return new CharacteristicEntry(
                    c, Status.PRESENT, value.get().text(), value.get().items(), null);
        }
        if (waiver != null && waiver.isActive(today)) {
            return new CharacteristicEntry(c, Status.WAIVED, "", List.of(), waiver);
        }
        boolean expected = c.requiredFrom() != null && schema.levelIndex(c.requiredFrom()) <= declared;
        return new CharacteristicEntry(c, expected ? Status.MISSING : Status.NOT_YET_EXPECTED, "", List.of(), null);
    }
}
