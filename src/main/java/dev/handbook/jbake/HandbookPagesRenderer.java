package dev.handbook.jbake;

import dev.handbook.output.SiteWriter;
import dev.handbook.render.DataFile;
import dev.handbook.render.SitePage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake rendering tool for a handbook's pages: renders every crawled page through JBake's
 * {@link Renderer} on all cores, and writes the embedded stylesheet. Does nothing in a bake
 * that is not a handbook's.
 */
public final class HandbookPagesRenderer implements RenderingTool {

    static final List<String> STATIC_FILES = List.of("handbook.css", "search.js", "table.js", "favicon.svg", "live-reload.js", "theme.js",
            "highlight.js");
    /** highlight.js as its WebJar holds it (the version is pom.xml's highlightjs.version), published as assets/highlight.min.js. */
    /** What a code block that names its language carries in its HTML (commonmark's class on its code element). */
    static final String CODE_MARKER = "class=\"language-";
    static final String HIGHLIGHT_JS = "/META-INF/resources/webjars/highlightjs/11.10.0/highlight.min.js";
    private static final String STATIC_ROOT = "/dev/handbook/static/";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeContext context = BakeContext.of(config);
        if (context == null) {
            return 0;
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<DocumentModel> documents = context.crawled();
        SiteWriter site = context.site();
        copyReused(context, site, failures);
        writeStaticFiles(site, failures, needsHighlighting(context, documents));
        // One queue for everything, the biggest pieces first (dashboards and listings, then the
        // exports), so that no core is left alone with a big one at the end; what many pages
        // share comes before them all.
        List<Runnable> work = new ArrayList<>();
        work.add(() -> prepareShared(context));
        documents.stream().filter(document -> !isContent(document))
                .forEach(document -> work.add(() -> render(renderer, document, failures)));
        context.dataFiles().forEach(file -> work.add(() -> write(file, site, failures)));
        documents.stream().filter(HandbookPagesRenderer::isContent)
                .forEach(document -> work.add(() -> render(renderer, document, failures)));
        runOnAllCores(work, site);
        if (!failures.isEmpty()) {
            throw new RenderingException(String.join("\n", failures.stream().distinct().sorted().toList()));
        }
        return documents.size();
    }

    private static boolean isContent(DocumentModel document) {
        String type = document.getType();
        return SitePage.Kind.PRODUCT.typeName().equals(type) || SitePage.Kind.GUIDE.typeName().equals(type);
    }

    private static void render(Renderer renderer, DocumentModel document, ConcurrentLinkedQueue<String> failures) {
        try {
            renderer.render(document);
        } catch (Exception e) {
            failures.add(rootMessage(e));
        }
    }

    private static void prepareShared(BakeContext context) {
        try {
            context.prepareShared();
        } catch (RuntimeException e) {
            // each page that needs it meets the same problem and reports it as that page's failure
        }
    }

    /** Every core takes the next piece of work in order until none is left, or the site stopped taking files. */
    private static void runOnAllCores(List<Runnable> work, SiteWriter site) {
        AtomicInteger next = new AtomicInteger();
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1; // the pool's threads and this one
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                if (site.stopped().isPresent()) {
                    return; // a limit or a full disk: the rest would only be refused
                }
                work.get(i).run();
            }
        });
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return 0;
    }

    /**
     * Whether a page of the site has a code block that names its language: one baked now, or one
     * reused from the previous site when that site had the highlighter. Only then is the 125 KB
     * highlighter published, so a site without code (or with a small limits.file) never carries it.
     */
    private static boolean needsHighlighting(BakeContext context, List<DocumentModel> documents) {
        if (documents.parallelStream().anyMatch(d -> d.getBody() != null && d.getBody().contains(CODE_MARKER))) {
            return true;
        }
        return !context.reused().isEmpty() && context.previousFolder() != null
                && java.nio.file.Files.isRegularFile(context.previousFolder().resolve("assets/highlight.min.js"));
    }

    private static void writeStaticFiles(SiteWriter site, ConcurrentLinkedQueue<String> failures, boolean highlight) {
        Path assets = site.root().resolve("assets");
        try {
            for (String name : STATIC_FILES) {
                try (InputStream in = HandbookPagesRenderer.class.getResourceAsStream(STATIC_ROOT + name)) {
                    site.write(assets.resolve(name), in.readAllBytes());
                }
            }
            if (highlight) {
                try (InputStream in = HandbookPagesRenderer.class.getResourceAsStream(HIGHLIGHT_JS)) {
                    site.write(assets.resolve("highlight.min.js"), in.readAllBytes());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            failures.add("cannot write the stylesheet: " + e.getMessage());
        }
    }

    /** Unchanged pages come from the previous site: a hard link where the file system allows, else a copy. */
    private static void copyReused(BakeContext context, SiteWriter site, ConcurrentLinkedQueue<String> failures) {
        context.reused().parallelStream().filter(path -> !path.equals("index.html")).forEach(path -> {
            try {
                site.reuse(context.previousFolder().resolve(path), site.root().resolve(path));
            } catch (IOException e) {
                failures.add("cannot reuse " + path + " from the previous site: " + e.getMessage());
            }
        });
    }

    private static void write(DataFile data, SiteWriter site, ConcurrentLinkedQueue<String> failures) {
        Path root = site.root();
        Path file = root.resolve(data.path()).normalize();
        if (!file.startsWith(root)) {
            failures.add("refusing to write " + data.path() + " outside the output folder");
            return;
        }
        try {
            site.write(file, data.content().get());
        } catch (IOException e) {
            failures.add("cannot write " + data.path() + ": " + e.getMessage());
        }
    }

    /** JBake wraps the template engine's one-line message; unwrap to it. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
