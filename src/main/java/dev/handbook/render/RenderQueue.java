package dev.handbook.render;

import dev.handbook.diag.Diagnostic;
import dev.handbook.output.SiteWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One queue for everything a bake writes, taken in order on every core: pieces are added biggest
 * first (what many pages share, dashboards and listings, the exports, then the content pages), so
 * that no core is left alone with a big one at the end. What fails is collected, never thrown: a
 * template's findings, and reasons a file could not be written.
 */
public final class RenderQueue {

    /** The embedded files every site holds under {@code assets/}. */
    public static final List<String> STATIC_FILES =
            List.of("handbook.css", "search.js", "table.js", "favicon.svg", "theme.js", "highlight.js");
    /** only the preview's pages load it */
    public static final String LIVE_RELOAD = "live-reload.js";
    /** highlight.js as its WebJar holds it (the version is pom.xml's highlightjs.version), published as assets/highlight.min.js. */
    static final String HIGHLIGHT_JS = "/META-INF/resources/webjars/highlightjs/11.10.0/highlight.min.js";

    private static final String STATIC_ROOT = "/dev/handbook/static/";

    private final SiteWriter site;
    private final List<Runnable> work = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Diagnostic> findings = new ConcurrentLinkedQueue<>();

    public RenderQueue(SiteWriter site) {
        this.site = site;
    }

    /** A piece of work for the queue, such as rendering one page. */
    public void add(Runnable piece) {
        work.add(piece);
    }

    /** A data file, made and written when its turn comes. */
    public void add(DataFile data) {
        work.add(() -> write(data));
    }

    /** Records that something failed to be written (or rendered) for this reason. */
    public void failed(String reason) {
        failures.add(reason);
    }

    /** Records findings of a page that failed, such as a template error. */
    public void failed(Collection<Diagnostic> found) {
        findings.addAll(found);
    }

    /** Unchanged pages come from the previous site at once: a hard link where the file system allows, else a copy. */
    public void reuse(Path previousFolder, Set<String> paths) {
        paths.parallelStream().filter(path -> !path.equals("index.html")).forEach(path -> {
            try {
                site.reuse(previousFolder.resolve(path), site.root().resolve(path));
            } catch (IOException e) {
                failed("cannot reuse " + path + " from the previous site: " + e.getMessage());
            }
        });
    }

    /** The embedded stylesheet, scripts and icon, written at once; the code highlighter only when asked. */
    public void writeStaticFiles(boolean preview, boolean highlighter) {
        Path assets = site.root().resolve("assets");
        List<String> names = new ArrayList<>(STATIC_FILES);
        if (preview) {
            names.add(LIVE_RELOAD);
        }
        try {
            for (String name : names) {
                try (InputStream in = RenderQueue.class.getResourceAsStream(STATIC_ROOT + name)) {
                    site.write(assets.resolve(name), in.readAllBytes());
                }
            }
            if (highlighter) {
                try (InputStream in = RenderQueue.class.getResourceAsStream(HIGHLIGHT_JS)) {
                    site.write(assets.resolve("highlight.min.js"), in.readAllBytes());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            failed("cannot write the stylesheet: " + e.getMessage());
        }
    }

    /** Every core takes the next piece in order until none is left, or the site stopped taking files. */
    public void run() {
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

    public boolean hasFailed() {
        return !failures.isEmpty() || !findings.isEmpty();
    }

    /** The findings of pages that failed, each once, in order. */
    public List<Diagnostic> findings() {
        return findings.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    /** Why files could not be written, each reason once, sorted. */
    public List<String> failures() {
        return failures.stream().distinct().sorted().toList();
    }

    private void write(DataFile data) {
        Path root = site.root();
        Path file = root.resolve(data.path()).normalize();
        if (!file.startsWith(root)) {
            failed("refusing to write " + data.path() + " outside the output folder");
            return;
        }
        try {
            site.write(file, data.content().get());
        } catch (IOException e) {
            failed("cannot write " + data.path() + ": " + e.getMessage());
        }
    }
}
