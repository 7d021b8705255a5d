package dev.handbook.render;

import dev.handbook.config.SiteConfig;
import dev.handbook.model.Handbook;
import dev.handbook.model.Product;
import dev.handbook.parse.AddressBook;
import dev.handbook.parse.Heading;
import dev.handbook.parse.PageOptions;
import dev.handbook.parse.ParsedPage;
import dev.handbook.render.view.MapView;
import dev.handbook.render.view.MapView.OwnerCount;
import dev.handbook.render.view.PageView;
import dev.handbook.render.view.Pager;
import dev.handbook.render.view.SiteView;
import dev.handbook.render.view.TagCount;
import dev.handbook.render.view.TagLink;
import dev.handbook.render.view.TaggedPage;
import dev.handbook.render.view.TocEntry;
import dev.handbook.text.UrlPath;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what a template sees for one page: a data model of named views, each a record of
 * render.view (never a live model object), with every link already made relative to that page.
 * The names are documented in README.
 */
public final class ViewFactory {

    private static final String HOME = "index.html";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Handbook handbook;
    private final SitePlan plan;
    private final SiteView site;
    private final ProductViews products;
    private final NavigationView navigation;
    private final DashboardView dashboard;
    private final MapViews maps;
    private final HistoryViews history;
    private final TeamViews teams;
    private final CampaignViews campaigns;

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
        this.history = new HistoryViews(handbook);
        this.teams = new TeamViews(handbook, products);
        this.campaigns = new CampaignViews(handbook, products);
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
            case TEAM -> team(data, handbook.pageAt(page.key()));
            case PRODUCTS -> listing(data, page, "All products");
            case MATRIX -> matrix(data, page);
            case DASHBOARD -> {
                data.put("page", PageView.generated("Maturity dashboard"));
                data.put("dashboard", dashboard.dashboard(page.outputPath()));
                data.put("history", history.dashboard(page.outputPath()));
                data.put("campaigns", campaigns.active(page.outputPath()));
            }
            case OWNER -> owner(data, page);
            case MAP -> map(data, page);
            case SEARCH -> data.put("page", PageView.generated("Search"));
            case TAGS -> tags(data, page);
            case TAG -> tag(data, page);
            case CAMPAIGN -> {
                dev.handbook.config.Campaign campaign = campaigns.campaign(page.key());
                data.put("page", PageView.generated(campaign.title()));
                data.put("campaign", campaigns.page(campaign, page.outputPath()));
            }
            case NOT_FOUND -> data.put("page", PageView.generated("Page not found"));
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
            case PRODUCT, GUIDE, TEAM ->
                preview.linesFor(handbook.pageAt(page.key()).sourcePath());
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
                        ? page(handbook.home(), List.of())
                        : PageView.generated(handbook.config().title()));
        data.put("productCount", handbook.products().size());
        data.put(
                "products",
                plan.listing(1).stream().map(p -> products.row(p, HOME)).toList());
        data.put("guideCount", handbook.guides().size());
        data.put("ownerCount", plan.productsByOwner().size());
        data.put("teams", teams.summaries(HOME));
    }

    private void content(Map<String, Object> data, ParsedPage page) {
        data.put("page", page(page, tagLinks(page, page.outputPath())));
        data.put("breadcrumbs", navigation.breadcrumbs(page));
        data.put("previous", navigation.previous(page));
        data.put("next", navigation.next(page));
        handbook.productOf(page).ifPresent(product -> {
            String from = page.outputPath();
            data.put(
                    "product",
                    products.detail(product, from, maps.neighbourhood(product, from), history.product(product)));
        });
    }

    private void listing(Map<String, Object> data, SitePage page, String title) {
        int number = Integer.parseInt(page.key());
        data.put("page", PageView.generated(title));
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
        data.put("page", PageView.generated("Characteristics matrix"));
        data.put("columns", dashboard.matrixColumns());
        data.put("campaignColumns", campaigns.byCharacteristic(page.outputPath()));
        data.put("rows", dashboard.matrixRows(plan.listing(number), page.outputPath()));
        data.put("reviews", history.matrixReviews(plan.listing(number)));
        data.put("pager", pager("matrix", number));
    }

    private void owner(Map<String, Object> data, SitePage page) {
        List<Product> owned = plan.productsByOwner().getOrDefault(page.key(), List.of());
        data.put("page", PageView.generated(page.key()));
        data.put("owner", page.key());
        data.put(
                "products",
                owned.stream().map(p -> products.row(p, page.outputPath())).toList());
        data.put("map", maps.owner(page.key(), owned, page.outputPath()));
        data.put("todo", teams.todo(owned, page.outputPath()));
    }

    /** A team page: its own text, like a guide's, and the team with its products and to-do list. */
    private void team(Map<String, Object> data, ParsedPage page) {
        content(data, page);
        handbook.teams().ofPage(page).ifPresent(team -> data.put("team", teams.team(team, page.outputPath())));
    }

    private void map(Map<String, Object> data, SitePage page) {
        data.put("page", PageView.generated("Interface map"));
        List<OwnerCount> owners = new ArrayList<>();
        plan.productsByOwner()
                .forEach((owner, owned) -> owners.add(new OwnerCount(
                        owner, owned.size(), AddressBook.relativeUrl(page.outputPath(), plan.ownerPage(owner)))));
        data.put(
                "map",
                new MapView(
                        maps.whole(),
                        maps.edgeRows(page.outputPath()),
                        handbook.products().size(),
                        owners));
    }

    private List<TagLink> tagLinks(ParsedPage page, String from) {
        List<TagLink> links = new ArrayList<>();
        for (String tag : page.source().header().tags()) {
            String target = plan.tagPage(tag.strip());
            if (!target.isEmpty()) {
                links.add(new TagLink(tag.strip(), AddressBook.relativeUrl(from, target)));
            }
        }
        return links;
    }

    private void tags(Map<String, Object> data, SitePage page) {
        data.put("page", PageView.generated("Tags"));
        List<TagCount> tags = new ArrayList<>();
        plan.pagesByTag()
                .forEach((tag, pages) -> tags.add(new TagCount(
                        tag, pages.size(), AddressBook.relativeUrl(page.outputPath(), plan.tagPage(tag)))));
        data.put("tags", tags);
    }

    private void tag(Map<String, Object> data, SitePage page) {
        data.put("page", PageView.generated("Tagged \u201c" + page.key() + "\u201d"));
        data.put("tag", page.key());
        List<TaggedPage> tagged = new ArrayList<>();
        List<ParsedPage> carriers = plan.pagesByTag().getOrDefault(page.key(), List.of());
        // bounded like the listings: a tag on thousands of products lists the first ROWS_PER_PAGE
        data.put("more", Math.max(0, carriers.size() - SitePlan.ROWS_PER_PAGE));
        for (ParsedPage carrier : carriers.subList(0, Math.min(carriers.size(), SitePlan.ROWS_PER_PAGE))) {
            Product product = handbook.productOf(carrier).orElse(null);
            tagged.add(new TaggedPage(
                    carrier.title(),
                    AddressBook.relativeUrl(page.outputPath(), carrier.outputPath()),
                    product == null ? "guide" : "product",
                    product == null || product.maturity() == null ? "" : product.maturity(),
                    product != null
                            ? product.mission()
                            : ProductViews.orEmpty(carrier.source().header().description())));
        }
        data.put("pages", tagged);
        data.put("allTags", AddressBook.relativeUrl(page.outputPath(), SitePlan.TAGS_PAGE));
    }

    /** Links to the numbered pages of a split listing. */
    private Pager pager(String name, int number) {
        List<Pager.PagerPage> pages = new ArrayList<>();
        for (int n = 1; n <= plan.listingPages(); n++) {
            pages.add(new Pager.PagerPage(n, SitePlan.listingPath(name, n), n == number));
        }
        return new Pager(pages, number, plan.listingPages());
    }

    private static SiteView site(SiteConfig config) {
        return new SiteView(
                config.title(),
                config.mission(),
                config.baseUrl(),
                config.look().favicon(),
                config.look().themeColor());
    }

    /** @param tagLinks the page's tags as links; the home page shows none */
    private PageView page(ParsedPage page, List<TagLink> tagLinks) {
        PageOptions options = page.source().header().options();
        return new PageView(
                page.title(),
                ProductViews.orEmpty(page.body().titleId()),
                options.hideTitle() || page.body().titleInBody(),
                ProductViews.orEmpty(page.source().header().description()),
                page.body().html(),
                page.sourcePath(),
                page.source().header().tags(),
                tagLinks,
                options.keywords(),
                image(options.image(), page.outputPath()),
                options.unlisted(),
                options.updated() != null
                        ? options.updated().toString()
                        : DAY.format(page.source().lastModified()),
                ProductViews.orEmpty(options.updatedBy()),
                editUrl(page, options),
                options.hideToc() ? List.of() : toc(page, options));
    }

    private List<TocEntry> toc(ParsedPage page, PageOptions options) {
        List<TocEntry> toc = new ArrayList<>();
        for (Heading heading : page.body().headings()) {
            if (heading.level() >= options.tocMin() && heading.level() <= options.tocMax()) {
                toc.add(new TocEntry(heading.text(), heading.id(), heading.level()));
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
