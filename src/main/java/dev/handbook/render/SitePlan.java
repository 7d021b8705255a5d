package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.parse.ParsedPage;
import dev.handbook.text.Slugs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every page the site will have, and the addresses of the generated ones: long listings are split
 * into numbered pages so no page grows without bound, owners and campaigns get a page each.
 */
public final class SitePlan {

    /** Rows per products or matrix page: big handbooks get several pages, not one huge one. */
    public static final int ROWS_PER_PAGE = 500;

    public static final String TAGS_PAGE = "tags/index.html";
    public static final String NOT_FOUND_PAGE = "404.html";

    private final Handbook handbook;
    private final Map<String, List<Product>> productsByOwner;
    private final Map<String, String> ownerPages;
    private final Map<String, List<ParsedPage>> pagesByTag;
    private final Map<String, String> tagPages;
    private final List<SitePage> pages;

    public SitePlan(Handbook handbook) {
        this.handbook = handbook;
        this.productsByOwner = productsByOwner(handbook);
        this.ownerPages = ownerPages(productsByOwner.keySet());
        this.pagesByTag = pagesByTag(handbook.pages());
        this.tagPages = uniquePaths(pagesByTag.keySet(), "tags/", "tag", Set.of("index"));
        this.pages = plan();
    }

    /** Every page of the site, planned once: the bake asks for them several times. */
    public List<SitePage> pages() {
        return pages;
    }

    private List<SitePage> plan() {
        List<SitePage> pages = new ArrayList<>();
        pages.add(new SitePage(SitePage.Kind.HOME, "index.html", ""));
        for (ParsedPage page : handbook.pages()) {
            if (page.kind() != dev.handbook.parse.PageKind.HOME) {
                SitePage.Kind kind = switch (page.kind()) {
                    case PRODUCT -> SitePage.Kind.PRODUCT;
                    case TEAM -> SitePage.Kind.TEAM;
                    default -> SitePage.Kind.GUIDE;
                };
                pages.add(new SitePage(kind, page.outputPath(), page.path()));
            }
        }
        for (int number = 1; number <= listingPages(); number++) {
            pages.add(new SitePage(SitePage.Kind.PRODUCTS, listingPath("products", number), String.valueOf(number)));
            pages.add(new SitePage(SitePage.Kind.MATRIX, listingPath("matrix", number), String.valueOf(number)));
        }
        pages.add(new SitePage(SitePage.Kind.DASHBOARD, "dashboard.html", ""));
        pages.add(new SitePage(SitePage.Kind.MAP, "map.html", ""));
        pages.add(new SitePage(SitePage.Kind.SEARCH, "search.html", ""));
        ownerPages.forEach((owner, path) -> pages.add(new SitePage(SitePage.Kind.OWNER, path, owner)));
        if (!tagPages.isEmpty()) {
            pages.add(new SitePage(SitePage.Kind.TAGS, TAGS_PAGE, ""));
        }
        tagPages.forEach((tag, path) -> pages.add(new SitePage(SitePage.Kind.TAG, path, tag)));
        handbook.campaigns()
                .campaigns()
                .forEach(c -> pages.add(new SitePage(SitePage.Kind.CAMPAIGN, c.pagePath(), c.id())));
        pages.add(new SitePage(SitePage.Kind.NOT_FOUND, NOT_FOUND_PAGE, ""));
        return List.copyOf(pages);
    }

    /** Tag to the pages (products and guides) that carry it, tags sorted by name; pages keep the handbook's order. */
    public Map<String, List<ParsedPage>> pagesByTag() {
        return pagesByTag;
    }

    /** The page of a tag, or empty for a tag no page carries. */
    public String tagPage(String tag) {
        return tagPages.getOrDefault(tag, "");
    }

    private static Map<String, List<ParsedPage>> pagesByTag(List<ParsedPage> pages) {
        Map<String, List<ParsedPage>> byTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ParsedPage page : pages) {
            for (String tag : page.source().header().tags()) {
                if (!tag.isBlank()) {
                    List<ParsedPage> tagged = byTag.computeIfAbsent(tag.strip(), t -> new ArrayList<>());
                    if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != page) {
                        tagged.add(page);
                    }
                }
            }
        }
        byTag.replaceAll((tag, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(byTag);
    }

    public int listingPages() {
        return Math.max(1, (handbook.products().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** products.html, products-2.html, ... */
    public static String listingPath(String name, int number) {
        return number == 1 ? name + ".html" : name + "-" + number + ".html";
    }

    /** The products of one listing page (1-based). */
    public List<Product> listing(int number) {
        List<Product> products = handbook.products();
        int from = Math.min(products.size(), (number - 1) * ROWS_PER_PAGE);
        return products.subList(from, Math.min(products.size(), from + ROWS_PER_PAGE));
    }

    /** Owner name to products, for owners that name no team, sorted by name; products keep their title order. */
    public Map<String, List<Product>> productsByOwner() {
        return productsByOwner;
    }

    /** The owner page of an owner, or empty for a product without owner. */
    public String ownerPage(String owner) {
        return ownerPages.getOrDefault(owner, "");
    }

    /** The page a product's owner links to: its team's page, else its owner page, else empty. */
    public String ownerPageOf(Product product) {
        return handbook.teams()
                .owning(product)
                .map(team -> team.page().outputPath())
                .orElseGet(() -> ownerPage(product.owner()));
    }

    private static Map<String, List<Product>> productsByOwner(Handbook handbook) {
        Map<String, List<Product>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Product product : handbook.products()) {
            if (!product.owner().isEmpty() && handbook.teams().owning(product).isEmpty()) {
                byOwner.computeIfAbsent(product.owner(), o -> new ArrayList<>()).add(product);
            }
        }
        byOwner.replaceAll((owner, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(byOwner);
    }

    private static Map<String, String> ownerPages(Set<String> owners) {
        return uniquePaths(owners, "owners/", "owner", Set.of());
    }

    /** A page per name under the folder, named by its slug; a slug taken already gets -2, -3, ... */
    private static Map<String, String> uniquePaths(
            Set<String> names, String folder, String fallback, Set<String> reserved) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(reserved);
        for (String name : names) {
            String folded = Slugs.of(name);
            String slug = folded.isEmpty() ? fallback : fitted(folded, name);
            String unique = slug;
            for (int n = 2; !taken.add(unique); n++) {
                unique = slug + "-" + n;
            }
            pages.put(name, folder + unique + ".html");
        }
        return pages;
    }

    /** The most characters of a slug a file name takes: with "-N" and ".html" well under 255 bytes. */
    static final int MAX_SLUG_LENGTH = 200;

    /**
     * A slug short enough for a file name: a longer one is cut and ends in a digest of the whole
     * name, so two long names that start alike still get two pages. (The slug is ASCII: a
     * character is a byte.)
     */
    private static String fitted(String slug, String name) {
        if (slug.length() <= MAX_SLUG_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_SLUG_LENGTH - 17).replaceAll("-+$", "");
        return cut + "-" + dev.handbook.cache.Fingerprint.of(name);
    }
}
