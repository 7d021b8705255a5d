package dev.handbook.render;

import dev.handbook.config.SiteConfig;
import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.Heading;
import dev.handbook.parse.PageOptions;
import dev.handbook.parse.ParsedPage;
import dev.handbook.text.UrlPath;
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

    private static final String HOME = "index.html";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Handbook handbook;
    private final SitePlan plan;
    private final Map<String, Object> site;
    private final ProductViews products;
    private final NavigationView navigation;
    private final DashboardView dashboard;
    private final MapViews maps;

    private final PreviewBanners preview;

    public ViewFactory(Handbook handbook, SitePlan plan, PreviewBanners preview) {
        this.preview = preview;
        this.handbook = handbook;
        this.plan = plan;
        this.site = site(handbook.config());
        this.products = new ProductViews(handbook, plan);
        this.navigation = new NavigationView(handbook);
        this.dashboard = new DashboardView(handbook, products);
        this.maps = new MapViews(handbook);
    }

    /**
     * Builds what many pages share, the site's interface graph, as a piece of work of its own:
     * otherwise the first page to need it builds it while the others that need it wait.
     */
    public void prepareShared() {
        maps.siteGraph();
    }

    /** The map files beside map.html. */
    String mapDot() {
        return maps.siteGraph().dot();
    }

    String mapJson() {
        return maps.siteGraph().json() + "\n";
    }

    public Map<String, Object> data(SitePage page) {
        Map<String, Object> data = common(page);
        switch (page.kind()) {
            case HOME -> home(data);
            case PRODUCT, GUIDE -> content(data, handbook.pageAt(page.key()));
            case PRODUCTS -> listing(data, page, "All products");
            case MATRIX -> matrix(data, page);
            case DASHBOARD -> {
                data.put("page", generated("Maturity dashboard"));
                data.put("dashboard", dashboard.dashboard(page.outputPath()));
            }
            case OWNER -> owner(data, page);
            case MAP -> map(data, page);
            case SEARCH -> data.put("page", generated("Search"));
            case TAGS -> tags(data, page);
            case TAG -> tag(data, page);
            case NOT_FOUND -> data.put("page", generated("Page not found"));
        }
        return data;
    }

    private Map<String, Object> common(SitePage page) {
        Map<String, Object> data = new LinkedHashMap<>();
        String from = page.outputPath();
        data.put("site", site);
        // 404.html is served in place of any missing page, at any depth: its links start from the site's root
        data.put(
                "root",
                page.kind() == SitePage.Kind.NOT_FOUND
                        ? SiteAddress.rootPath(handbook.config().baseUrl())
                        : AddressBook.rootOf(from));
        data.put(
                "canonical",
                page.kind() == SitePage.Kind.NOT_FOUND
                        ? ""
                        : SiteAddress.of(handbook.config().baseUrl(), from));
        data.put("levels", handbook.config().schema().levels());
        data.put("sidebar", navigation.sidebar(from));
        data.put("kind", page.kind().typeName());
        data.put("preview", preview.enabled());
        data.put("problems", preview.enabled() ? problems(page) : List.of());
        return data;
    }

    /** In preview, a content page shows its own findings; the home page shows everyone's. */
    private List<String> problems(SitePage page) {
        return switch (page.kind()) {
            case PRODUCT, GUIDE -> preview.linesFor(handbook.pageAt(page.key()).sourcePath());
            case HOME ->
                preview.problems().values().stream()
                        .flatMap(List::stream)
                        .sorted(dev.handbook.diag.Diagnostic.ORDER)
                        .map(dev.handbook.diag.Diagnostic::toText)
                        .toList();
            default -> List.of();
        };
    }

    private void home(Map<String, Object> data) {
        data.put(
                "page",
                handbook.home() != null
                        ? page(handbook.home())
                        : generated(handbook.config().title()));
        data.put("productCount", handbook.products().size());
        data.put(
                "products",
                plan.listing(1).stream().map(p -> products.row(p, HOME)).toList());
        data.put("guideCount", handbook.guides().size());
        data.put("ownerCount", plan.productsByOwner().size());
    }

    private void content(Map<String, Object> data, ParsedPage page) {
        Map<String, Object> view = page(page);
        view.put("tagLinks", tagLinks(page, page.outputPath()));
        data.put("page", view);
        data.put("breadcrumbs", navigation.breadcrumbs(page));
        data.put("previous", navigation.previous(page));
        data.put("next", navigation.next(page));
        handbook.productOf(page).ifPresent(product -> {
            Map<String, Object> detail = products.detail(product, page.outputPath());
            detail.put("map", maps.neighbourhood(product, page.outputPath()));
            data.put("product", detail);
        });
    }

    private void listing(Map<String, Object> data, SitePage page, String title) {
        int number = Integer.parseInt(page.key());
        data.put("page", generated(title));
        data.put(
                "products",
                plan.listing(number).stream()
                        .map(p -> products.row(p, page.outputPath()))
                        .toList());
        data.put("pager", pager("products", number));
        data.put("owners", plan.productsByOwner().keySet().stream().toList());
    }

    private void matrix(Map<String, Object> data, SitePage page) {
        int number = Integer.parseInt(page.key());
        data.put("page", generated("Characteristics matrix"));
        data.put("columns", dashboard.matrixColumns());
        data.put("rows", dashboard.matrixRows(plan.listing(number), page.outputPath()));
        data.put("pager", pager("matrix", number));
    }

    private void owner(Map<String, Object> data, SitePage page) {
        List<Product> owned = plan.productsByOwner().getOrDefault(page.key(), List.of());
        data.put("page", generated(page.key()));
        data.put("owner", page.key());
        data.put(
                "products",
                owned.stream().map(p -> products.row(p, page.outputPath())).toList());
        data.put("map", maps.owner(page.key(), owned, page.outputPath()));
    }

    private void map(Map<String, Object> data, SitePage page) {
        data.put("page", generated("Interface map"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("svg", maps.whole());
        map.put("edges", maps.edgeRows(page.outputPath()));
        map.put("productCount", handbook.products().size());
        List<Map<String, Object>> owners = new ArrayList<>();
        plan.productsByOwner()
                .forEach((owner, owned) -> owners.add(Map.of(
                        "owner",
                        owner,
                        "count",
                        owned.size(),
                        "href",
                        AddressBook.relativeUrl(page.outputPath(), plan.ownerPage(owner)))));
        map.put("owners", owners);
        data.put("map", map);
    }

    private List<Map<String, String>> tagLinks(ParsedPage page, String from) {
        List<Map<String, String>> links = new ArrayList<>();
        for (String tag : page.source().header().tags()) {
            String target = plan.tagPage(tag.strip());
            if (!target.isEmpty()) {
                links.add(Map.of("name", tag.strip(), "href", AddressBook.relativeUrl(from, target)));
            }
        }
        return links;
    }

    private void tags(Map<String, Object> data, SitePage page) {
        data.put("page", generated("Tags"));
        List<Map<String, Object>> tags = new ArrayList<>();
        plan.pagesByTag()
                .forEach((tag, pages) -> tags.add(Map.of(
                        "name",
                        tag,
                        "count",
                        pages.size(),
                        "href",
                        AddressBook.relativeUrl(page.outputPath(), plan.tagPage(tag)))));
        data.put("tags", tags);
    }

    private void tag(Map<String, Object> data, SitePage page) {
        data.put("page", generated("Tagged \u201c" + page.key() + "\u201d"));
        data.put("tag", page.key());
        List<Map<String, Object>> tagged = new ArrayList<>();
        List<ParsedPage> carriers = plan.pagesByTag().getOrDefault(page.key(), List.of());
        // bounded like the listings: a tag on thousands of products lists the first ROWS_PER_PAGE
        data.put("more", Math.max(0, carriers.size() - SitePlan.ROWS_PER_PAGE));
        for (ParsedPage carrier : carriers.subList(0, Math.min(carriers.size(), SitePlan.ROWS_PER_PAGE))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", carrier.title());
            row.put("href", AddressBook.relativeUrl(page.outputPath(), carrier.outputPath()));
            Product product = handbook.productOf(carrier).orElse(null);
            row.put("kind", product == null ? "guide" : "product");
            row.put("maturity", product == null || product.maturity() == null ? "" : product.maturity());
            row.put(
                    "description",
                    product != null
                            ? product.mission()
                            : ProductViews.orEmpty(carrier.source().header().description()));
            tagged.add(row);
        }
        data.put("pages", tagged);
        data.put("allTags", AddressBook.relativeUrl(page.outputPath(), SitePlan.TAGS_PAGE));
    }

    /** Links to the numbered pages of a split listing. */
    private Map<String, Object> pager(String name, int number) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int n = 1; n <= plan.listingPages(); n++) {
            pages.add(Map.of("number", n, "href", SitePlan.listingPath(name, n), "current", n == number));
        }
        return Map.of("pages", pages, "number", number, "count", plan.listingPages());
    }

    private static Map<String, Object> site(SiteConfig config) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.title());
        site.put("mission", config.mission());
        site.put("baseUrl", config.baseUrl());
        site.put("favicon", config.look().favicon());
        site.put("themeColor", config.look().themeColor());
        return site;
    }

    private Map<String, Object> generated(String title) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("titleId", "");
        page.put("description", "");
        page.put("body", "");
        page.put("toc", List.of());
        page.put("tags", List.of());
        page.put("tagLinks", List.of());
        page.put("editUrl", "");
        page.put("lastUpdated", "");
        page.put("lastUpdatedBy", "");
        page.put("hideTitle", false);
        page.put("keywords", List.of());
        page.put("image", "");
        page.put("noindex", false);
        return page;
    }

    private Map<String, Object> page(ParsedPage page) {
        PageOptions options = page.source().header().options();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", page.title());
        view.put("titleId", ProductViews.orEmpty(page.body().titleId()));
        view.put("hideTitle", options.hideTitle() || page.body().titleInBody());
        view.put("description", ProductViews.orEmpty(page.source().header().description()));
        view.put("body", page.body().html());
        view.put("sourcePath", page.sourcePath());
        view.put("tags", page.source().header().tags());
        view.put("keywords", options.keywords());
        view.put("image", image(options.image(), page.outputPath()));
        view.put("noindex", options.unlisted());
        view.put(
                "lastUpdated",
                options.updated() != null
                        ? options.updated().toString()
                        : DAY.format(page.source().lastModified()));
        view.put("lastUpdatedBy", ProductViews.orEmpty(options.updatedBy()));
        view.put("editUrl", editUrl(page, options));
        view.put("toc", options.hideToc() ? List.of() : toc(page, options));
        return view;
    }

    private List<Map<String, Object>> toc(ParsedPage page, PageOptions options) {
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading heading : page.body().headings()) {
            if (heading.level() >= options.tocMin() && heading.level() <= options.tocMax()) {
                toc.add(Map.of("text", heading.text(), "id", heading.id(), "level", heading.level()));
            }
        }
        return toc;
    }

    /** {@code custom_edit_url} wins over the site's repository link; {@code null} there means none. */
    private String editUrl(ParsedPage page, PageOptions options) {
        if (options.editUrl() != null) {
            return options.editUrl();
        }
        return handbook.config().repository() == null
                ? ""
                : handbook.config().repository() + UrlPath.encode(page.sourcePath());
    }

    /** A social card image: a web address as written, a root-absolute path from the site's root. */
    private static String image(String image, String from) {
        if (image == null
                || image.isBlank()
                || !dev.handbook.parse.SafeUrls.filter(image).equals(image)) {
            return "";
        }
        if (image.startsWith("/") && !image.startsWith("//")) {
            return AddressBook.rootOf(from) + image.substring(1);
        }
        return image;
    }
}
