package dev.handbook.render;

import dev.handbook.model.Handbook;
import dev.handbook.render.search.SearchIndex;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Site-relative path to content, in a fixed order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("products.json", ProductsJson.of(handbook, plan));
        files.put(SearchIndex.FILE, SearchIndex.of(handbook).toJavaScript());
        files.putAll(new BackstageCatalog().files(handbook));
        new java.util.TreeMap<>(views.mapFiles()).forEach(files::put);
        return files;
    }
}
