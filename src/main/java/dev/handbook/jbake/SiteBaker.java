package dev.handbook.jbake;

import dev.handbook.model.Handbook;
import dev.handbook.output.SiteWriter;
import dev.handbook.parse.ContentFiles;
import dev.handbook.render.PreviousSite;
import dev.handbook.render.PublishException;
import dev.handbook.render.PublishResult;
import dev.handbook.render.SitePage;
import dev.handbook.render.SitePublisher;
import dev.handbook.render.TemplateSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * Bakes a validated handbook with JBake's {@link Oven}: JBake's configuration is made from
 * site.yml (there is no jbake.properties), and our crawler (which asks our markup engine for
 * each page directly, so nothing is written into JBake's global engine map), renderer and asset
 * copier are handed to the oven as its utensils.
 */
public final class SiteBaker implements SitePublisher {

    private static final String JBAKE_DEFAULTS = "/default.properties";

    private final ContentStore store = new EmptyContentStore();

    @Override
    public PublishResult publish(
            Handbook handbook,
            ContentFiles files,
            Path sourceDir,
            Path contentDir,
            SiteWriter site,
            PreviousSite previous,
            dev.handbook.render.PreviewBanners preview)
            throws PublishException {
        Path templatesDir = sourceDir.resolve(handbook.config().templatesDir());
        String version = java.util.Objects.requireNonNullElse(
                SiteBaker.class.getPackage().getImplementationVersion(), "dev");
        BakeContext context = new BakeContext(
                handbook,
                files,
                contentDir,
                new TemplateSet(templatesDir),
                dev.handbook.render.PageFingerprints.templates(templatesDir, version),
                previous,
                preview,
                site);
        DefaultJBakeConfiguration config = configuration(handbook, sourceDir, contentDir, templatesDir, site.root());
        config.setProperty(BakeContext.KEY, context);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new HandbookCrawler(store, config, context));
        utensils.setRenderer(new HandbookRenderer(store, config, site));
        Asset asset = new HandbookAsset(config, context);
        utensils.setAsset(asset);
        Oven oven = new Oven(utensils);
        oven.bake();
        if (site.stopped().isPresent()) {
            // a limit or a full disk: the one reason, not the failures of every write refused after it
            throw new PublishException(List.of(), List.of(site.stopped().get()));
        }
        List<dev.handbook.diag.Diagnostic> located = new ArrayList<>();
        List<String> output = new ArrayList<>();
        oven.getErrors()
                .forEach(e -> BakeFailure.in(e)
                        .ifPresentOrElse(
                                failure -> {
                                    located.addAll(failure.located());
                                    output.addAll(failure.output());
                                },
                                () -> output.add(HandbookPagesRenderer.rootMessage(e))));
        if (!located.isEmpty() || !output.isEmpty()) {
            throw new PublishException(
                    located.stream().distinct().toList(),
                    output.stream().distinct().sorted().toList());
        }
        return new PublishResult(context.crawled().size() + 1, context.reused().size(), context.fingerprints());
    }

    private static DefaultJBakeConfiguration configuration(
            Handbook handbook, Path sourceDir, Path contentDir, Path templatesDir, Path destination) {
        Map<String, Object> ours = new LinkedHashMap<>();
        for (SitePage.Kind kind : SitePage.Kind.values()) {
            ours.put("template." + kind.typeName() + ".file", kind.templateName());
        }
        ours.put("template.masterindex.file", SitePage.Kind.HOME.templateName());
        ours.put("render.index", true);
        ours.put("render.feed", false);
        ours.put("render.archive", false);
        ours.put("render.tags", false);
        ours.put("render.tagsindex", false);
        ours.put("render.sitemap", false);
        ours.put("render.error404", false);
        ours.put("db.store", "memory");
        // spares JBake hashing the whole template folder for a cache the empty store does not keep
        ours.put("db.clear.cache", true);
        ours.put("site.host", handbook.config().baseUrl());
        ours.put("asset.folder", handbook.config().assetsDir());
        CompositeConfiguration composite = new CompositeConfiguration();
        // commons-configuration would expand ${env:...}, ${sys:...}, ${file:...}, ${url:...} and
        // ${dns:...} in any value read, paths from site.yml included: with no interpolator, a value
        // is only ever what it says, so no environment variable, file or address reaches the bake
        composite.setInterpolator(null);
        composite.addConfiguration(new MapConfiguration(ours));
        composite.addConfiguration(jbakeDefaults());
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(sourceDir.toFile(), composite);
        config.setContentFolder(contentDir.toFile());
        config.setDestinationFolder(destination.toFile());
        // JBake insists the template folder exists; with only embedded templates, point it at the source.
        config.setTemplateFolder((Files.isDirectory(templatesDir) ? templatesDir : sourceDir).toFile());
        return config;
    }

    private static PropertiesConfiguration jbakeDefaults() {
        PropertiesConfiguration defaults = new PropertiesConfiguration();
        try (InputStream in = Oven.class.getResourceAsStream(JBAKE_DEFAULTS)) {
            defaults.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("JBake's defaults cannot be read", e);
        }
    }
}
