package dev.handbook.model;

import dev.handbook.config.SiteConfig;
import dev.handbook.parse.ParsedPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole handbook as the templates see it: products and guides, and the links between them
 * in both directions.
 *
 * @param pages    every published page in path order
 * @param products products sorted by title
 * @param guides   guide pages sorted by sidebar position, then title
 * @param home     content/index.md, or null
 * @param usedBy   product slug to the products whose interfaces point at it, sorted by title
 * @param productsByPath content-relative page path to its product
 * @param pagesByPath    content-relative page path to its page
 * @param navigation     the docs folder's own category files and SUMMARY.md
 * @param timelines      what git remembers of each product, and when each is due for review
 * @param teams          the team pages' teams and which products each owns
 * @param campaigns      site.yml's campaigns and every product's status in each
 */
public record Handbook(
        SiteConfig config,
        List<ParsedPage> pages,
        List<Product> products,
        List<ParsedPage> guides,
        ParsedPage home,
        Map<String, List<Product>> usedBy,
        Map<String, Product> productsByPath,
        Map<String, ParsedPage> pagesByPath,
        LocalDate today,
        dev.handbook.parse.SourceNavigation navigation,
        Timelines timelines,
        Teams teams,
        Campaigns campaigns) {

    public Handbook {
        Objects.requireNonNull(config, "config");
        pages = List.copyOf(pages);
        products = List.copyOf(products);
        guides = List.copyOf(guides);
        usedBy = Map.copyOf(usedBy);
        productsByPath = Map.copyOf(productsByPath);
        pagesByPath = Map.copyOf(pagesByPath);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(navigation, "navigation");
        Objects.requireNonNull(timelines, "timelines");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(campaigns, "campaigns");
    }

    /** The page with this content-relative path, or null. */
    public ParsedPage pageAt(String path) {
        return pagesByPath.get(path);
    }

    public Optional<Product> productOf(ParsedPage page) {
        return Optional.ofNullable(productsByPath.get(page.path()));
    }

    public List<Product> usedBy(String slug) {
        return usedBy.getOrDefault(slug, List.of());
    }
}
