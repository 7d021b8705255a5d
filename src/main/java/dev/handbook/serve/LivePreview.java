package dev.handbook.serve;

import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Printable;
import dev.handbook.parse.ParseMemo;
import dev.handbook.run.HandbookCheck;
import dev.handbook.run.Outcome;
import dev.handbook.run.RunOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The live preview: bakes the handbook (errors shown on the pages, not fatal), serves it, and on
 * every change rebuilds what the change affects and makes open pages reload.
 */
public final class LivePreview implements AutoCloseable {

    /**
     * How a build ends when the site folder then holds a site it made, or found as it had made it
     * (a preview build renders a handbook with errors too: CONTENT_ERRORS is a published site).
     */
    private static final Set<Outcome.Status> PUBLISHED =
            EnumSet.of(Outcome.Status.BUILT, Outcome.Status.CONTENT_ERRORS, Outcome.Status.UNCHANGED);

    private final Path source;
    private final Path site;
    private final LocalDate today;
    private final PrintStream log;
    private final SiteServer server;
    private final SourceWatcher watcher;
    private boolean built;
    /** one builder for every rebuild: it keeps what it made of each page for the next save */
    private final SiteBuilder builder = new SiteBuilder().remembering(new ParseMemo());

    public LivePreview(Path source, String host, int port, LocalDate today, PrintStream log)
            throws IOException, ConfigException {
        this.source = source;
        this.site = source.resolve("target/preview");
        this.today = today;
        this.log = log;
        SiteConfig config = new HandbookCheck().config(source);
        this.watcher = new SourceWatcher(
                List.of(
                        source.resolve(config.contentDir()),
                        source.resolve(config.templatesDir()),
                        source.resolve(config.assetsDir())),
                source.toAbsolutePath().resolve(dev.handbook.config.SiteConfigLoader.FILE_NAME));
        try {
            Optional<String> notBuilt = rebuild();
            this.server = new SiteServer(site, host, port);
            started(notBuilt);
        } catch (IOException | RuntimeException e) {
            // a port in use, say: the watcher (a thread and a system handle) must not outlive the failed start
            watcher.close();
            throw e;
        }
    }

    private void started(Optional<String> notBuilt) {
        show(notBuilt);
        log.println("serving " + server.address() + " (Ctrl-C to stop)");
        notBuilt.ifPresent(reason ->
                log.println("nothing is served until the preview has built the site: " + Printable.escape(reason)));
    }

    public String address() {
        return server.address();
    }

    /** Rebuilds after every change until the thread is interrupted or the preview closed. */
    public void run() {
        try {
            while (awaitChange()) {
                show(rebuild());
                server.reloadPages();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whatever goes wrong while watching, the preview keeps watching. */
    private boolean awaitChange() throws InterruptedException {
        while (true) {
            try {
                return watcher.awaitChange();
            } catch (RuntimeException e) {
                log.println("error: watching the handbook failed once: " + Printable.escape(e.toString()));
            }
        }
    }

    /**
     * Once the preview has built the site, the site is served, and stays served through failed
     * builds (which leave it as it was); until then, nothing in the site folder is.
     */
    private void show(Optional<String> notBuilt) {
        if (notBuilt.isEmpty()) {
            built = true;
            server.serveSite();
        } else if (!built) {
            server.withholdSite(notBuilt.get());
        }
    }

    /**
     * One build; a broken site.yml is reported and the last good site stays up.
     *
     * @return why the site folder does not hold a site this build made or found up to date, or
     *     empty when it does
     */
    private Optional<String> rebuild() {
        try {
            long start = System.nanoTime();
            Outcome outcome =
                    builder.build(RunOptions.of(source, today).withOutput(site).withPreview(true));
            outcome.diagnostics().forEach(d -> log.println(d.toText()));
            outcome.problems().forEach(p -> log.println(p.toText()));
            long rendered = outcome.phases().stream()
                    .filter(p -> p.verb().equals("rendered"))
                    .mapToInt(p -> p.count())
                    .sum();
            if (!PUBLISHED.contains(outcome.status())) {
                log.println("nothing was published; " + outcome.summary());
                return Optional.of("the site could not be built: "
                        + String.join(
                                "; ",
                                outcome.problems().stream().map(p -> p.toText()).toList()));
            }
            log.println(
                    outcome.status() == Outcome.Status.UNCHANGED
                            ? "no change"
                            : "rebuilt " + dev.handbook.text.Counted.of(rendered, "page") + " in "
                                    + seconds(System.nanoTime() - start) + " (" + phases(outcome) + "); "
                                    + outcome.summary());
            return Optional.empty();
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> log.println(d.toText()));
            return Optional.of("site.yml has errors: "
                    + e.diagnostics().stream().map(d -> d.toText()).findFirst().orElse(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            log.println("error: the preview could not be rebuilt: " + Printable.escape(e.toString()));
            return Optional.of("the site could not be built: " + e);
        }
    }

    /** Where a rebuild's time went: {@code parsed 0.04 s, validated 0.1 s, ...}. */
    private static String phases(Outcome outcome) {
        return String.join(
                ", ",
                outcome.phases().stream()
                        .filter(p -> p.nanos() > 0)
                        .map(p -> p.verb() + " " + seconds(p.nanos()))
                        .toList());
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        if (server != null) {
            server.close();
        }
    }
}
