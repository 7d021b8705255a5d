package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.render.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;

/** The site's files that are not templated pages: machine-readable exports and the search index. */
public final class DataFiles {

    private final Handbook handbook;
    private final SitePlan plan;
    private final ViewFactory views;

    public DataFiles(Handbook handbook, SitePlan plan, ViewFactory views) {
        this.views = views;
        this.handbook = handbook;
        this.plan = plan;
    }

    /** Every file, the biggest first, so that they start before the pages that share the cores with them. */
    public List<DataFile> files() {
        List<DataFile> files = new ArrayList<>();
        files.add(new DataFile("products.json", () -> ProductsJson.of(handbook, plan)));
        files.add(new DataFile(SearchIndex.FILE, () -> SearchIndex.of(handbook).toJavaScript()));
        files.add(new DataFile("map.dot", views::mapDot));
        files.add(new DataFile("map.json", views::mapJson));
        files.add(new DataFile("teams.json", () -> TeamsJson.of(handbook)));
        files.addAll(new BackstageCatalog().files(handbook));
        if (SiteAddress.isAbsolute(handbook.config().baseUrl())) {
            files.add(new DataFile(
                    Sitemap.FILE, () -> Sitemap.of(handbook.config().baseUrl(), plan)));
        }
        return files;
    }
}
