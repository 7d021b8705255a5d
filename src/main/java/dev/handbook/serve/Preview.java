package dev.handbook.serve;

import dev.handbook.build.BuildOutcome;
import dev.handbook.build.SiteBuilder;
import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.run.HandbookCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The live preview: bakes the handbook (errors shown on the pages, not fatal), serves it, and on
 * every change rebuilds what the change affects and makes open pages reload.
 */
public final class Preview implements AutoCloseable {

    private final Path source;
    private final Path site;
    private final LocalDate today;
    private final PrintStream log;
    private final SiteServer server;
    private final SourceWatcher watcher;

    public Preview(Path source, String host, int port, LocalDate today, PrintStream log) throws IOException,
            ConfigException {
        this.source = source;
        this.site = source.resolve("target/preview");
        this.today = today;
        this.log = log;
        SiteConfig config = new HandbookCheck().config(source);
        this.watcher = new SourceWatcher(List.of(source.resolve(config.contentDir()),
                source.resolve(config.templatesDir()), source.resolve(config.assetsDir())),
                source.toAbsolutePath().resolve(dev.handbook.config.SiteConfigLoader.FILE_NAME));
        rebuild();
        this.server = new SiteServer(site, host, port);
        log.println("serving " + server.address() + " (Ctrl-C to stop)");
    }

    public String address() {
        return server.address();
    }

    /** Rebuilds after every change until the thread is interrupted or the preview closed. */
    public void run() {
        try {
            while (awaitChange()) {
                rebuild();
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
                log.println("error: watching the handbook failed once: " + e);
            }
        }
    }

    /** One build; a broken site.yml is reported and the last good site stays up. */
    void rebuild() {
        try {
            BuildOutcome outcome = new SiteBuilder().build(source, site, today, true, false);
            outcome.diagnostics().forEach(d -> log.println(d.toText()));
            outcome.problems().forEach(p -> log.println("error: " + p));
            long rendered = outcome.phases().stream().filter(p -> p.verb().equals("rendered")).mapToInt(p -> p.count())
                    .sum();
            log.println(outcome.status() == BuildOutcome.Status.UNCHANGED ? "no change"
                    : "rebuilt " + rendered + " pages; " + outcome.summary());
        } catch (ConfigException e) {
            e.diagnostics().forEach(d -> log.println(d.toText()));
        } catch (RuntimeException | StackOverflowError e) {
            log.println("error: the preview could not be rebuilt: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        if (server != null) {
            server.close();
        }
    }
}
