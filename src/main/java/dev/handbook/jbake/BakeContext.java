package dev.handbook.jbake;

import dev.handbook.model.Handbook;
import dev.handbook.output.SiteWriter;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.ParsedPage;
import dev.handbook.render.PreviousSite;
import dev.handbook.render.SitePage;
import dev.handbook.render.SitePlan;
import dev.handbook.render.TemplateSet;
import dev.handbook.render.ViewFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * What one bake shares between our JBake extensions. JBake instantiates engines and rendering
 * tools itself, so they find this through the bake's configuration rather than a global.
 */
final class BakeContext {

    static final String KEY = "handbook.context";
    static final String SITE_PAGE = "handbook_page";

    /** Whether this bake is the live preview's (which alone carries the reload script). */
    boolean preview() {
        return preview;
    }

    private final Handbook handbook;
    private final ContentFiles files;
    private final Path contentDir;
    private final TemplateSet templates;
    private final SitePlan plan;
    private final ViewFactory views;
    private final Map<String, SitePage> sitePages = new HashMap<>();
    private final Map<String, ParsedPage> pagesByFile = new HashMap<>();
    private volatile List<DocumentModel> crawled = List.of();
    private final SiteWriter site;
    private final boolean preview;

    /** How many pages to be rendered keep the data their fingerprint was taken from. */
    private static final int KEPT_DATA = 2_000;

    private final Map<String, String> fingerprints;
    private final Map<String, Map<String, Object>> pendingData = new java.util.concurrent.ConcurrentHashMap<>();
    private final String templatesDigest;
    private final java.util.Set<String> reused;
    private final Path previousFolder;

    BakeContext(
            Handbook handbook,
            ContentFiles files,
            Path contentDir,
            TemplateSet templates,
            String templatesDigest,
            PreviousSite previous,
            dev.handbook.render.PreviewBanners preview,
            SiteWriter site) {
        this.handbook = handbook;
        this.site = site;
        this.preview = preview.enabled();
        this.files = files;
        this.contentDir = contentDir;
        this.templates = templates;
        this.plan = new SitePlan(handbook);
        this.views = new ViewFactory(handbook, plan, preview);
        for (ParsedPage page : handbook.pages()) {
            pagesByFile.put(fileOf(page).getAbsolutePath(), page);
        }
        plan.pages().forEach(page -> sitePages.put(page.outputPath(), page));
        this.templatesDigest = templatesDigest;
        this.previousFolder = previous == null ? null : previous.folder();
        this.fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
        // with a previous site, every page's fingerprint decides whether it is rendered at all;
        // without one, each is taken from the data the page is rendered with
        this.reused = previous == null ? java.util.Set.of() : fingerprintAll(previous);
    }

    /**
     * Every planned page's data made once and digested; the pages whose fingerprint is unchanged and
     * whose previous output still exists are reused, the others keep their data for the render
     * (up to {@link #KEPT_DATA} of them, so a rebuild of everything holds no more than a first build).
     */
    private java.util.Set<String> fingerprintAll(PreviousSite previous) {
        java.util.Set<String> reusable = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        plan.pages().parallelStream().forEach(page -> {
            Map<String, Object> data = views.data(page);
            String fingerprint = dev.handbook.render.PageFingerprints.of(page, data, templatesDigest);
            fingerprints.put(page.outputPath(), fingerprint);
            if (fingerprint.equals(previous.fingerprints().get(page.outputPath()))
                    && java.nio.file.Files.isRegularFile(previous.folder().resolve(page.outputPath()))) {
                reusable.add(page.outputPath());
            } else if (kept.incrementAndGet() <= KEPT_DATA) {
                pendingData.put(page.outputPath(), data);
            }
        });
        return java.util.Collections.unmodifiableSet(reusable);
    }

    /** The context of the bake this configuration belongs to, or null when JBake runs without us. */
    static BakeContext of(JBakeConfiguration config) {
        return config == null ? null : (BakeContext) config.get(KEY);
    }

    java.io.File fileOf(ParsedPage page) {
        return contentDir.resolve(page.path()).toFile();
    }

    ParsedPage pageForFile(java.io.File file) {
        ParsedPage page = pagesByFile.get(file.getAbsolutePath());
        if (page == null) {
            throw new IllegalStateException("not a page of this handbook: " + file);
        }
        return page;
    }

    /** The planned page published at this site-relative path, or null. */
    SitePage sitePage(String outputPath) {
        return sitePages.get(outputPath);
    }

    List<dev.handbook.render.DataFile> dataFiles() {
        return new dev.handbook.render.DataFiles(handbook, plan, views).files();
    }

    /** See {@link ViewFactory#prepareShared}. */
    void prepareShared() {
        views.prepareShared();
    }

    boolean isReused(SitePage page) {
        return reused.contains(page.outputPath());
    }

    java.util.Set<String> reused() {
        return reused;
    }

    Path previousFolder() {
        return previousFolder;
    }

    Map<String, String> fingerprints() {
        return fingerprints;
    }

    /** The data a page is rendered with (made once per bake); its fingerprint is noted when not known yet. */
    Map<String, Object> dataFor(SitePage page) {
        Map<String, Object> kept = pendingData.remove(page.outputPath());
        Map<String, Object> data = kept != null ? kept : views.data(page);
        fingerprints.computeIfAbsent(
                page.outputPath(), output -> dev.handbook.render.PageFingerprints.of(page, data, templatesDigest));
        return data;
    }

    SitePlan plan() {
        return plan;
    }

    Handbook handbook() {
        return handbook;
    }

    ContentFiles files() {
        return files;
    }

    Path contentDir() {
        return contentDir;
    }

    TemplateSet templates() {
        return templates;
    }

    /** Where everything the bake writes goes, counted against the limits. */
    SiteWriter site() {
        return site;
    }

    /** The crawler's documents, handed over once. */
    void crawled(List<DocumentModel> documents) {
        crawled = List.copyOf(documents);
    }

    List<DocumentModel> crawled() {
        return crawled;
    }
}
