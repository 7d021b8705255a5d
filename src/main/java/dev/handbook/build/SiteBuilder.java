package dev.handbook.build;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.InputFingerprint;
import dev.handbook.cache.OutputDigest;
import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.history.HistoryReader;
import dev.handbook.model.Handbook;
import dev.handbook.model.ModelBuilder;
import dev.handbook.output.DiskFull;
import dev.handbook.output.OutputFolder;
import dev.handbook.output.SiteWriter;
import dev.handbook.output.StagedOutput;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.ParseMemo;
import dev.handbook.parse.SourceReader;
import dev.handbook.render.PreviewBanners;
import dev.handbook.render.PreviousSite;
import dev.handbook.render.PublishException;
import dev.handbook.render.PublishResult;
import dev.handbook.render.SitePublisher;
import dev.handbook.run.CheckResult;
import dev.handbook.run.HandbookCheck;
import dev.handbook.run.Outcome;
import dev.handbook.run.Phase;
import dev.handbook.run.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A whole build, shared by every edge (command line, Maven, preview): when nothing the site is made
 * from changed it stops at once; otherwise it validates, renders only pages whose fingerprint
 * changed (reusing the rest from the previous site), publishes atomically, and records what it
 * built for next time.
 */
public final class SiteBuilder {

    private static final String VERSION =
            Objects.requireNonNullElse(SiteBuilder.class.getPackage().getImplementationVersion(), "dev");

    private final Supplier<SitePublisher> publishers;
    /** the digest of the templates, CSS and scripts inside the tool: a new jar with other ones rebuilds */
    private final String embedded;
    /** what the last build of this builder made of each page, or null when every build parses every page */
    private final ParseMemo memo;

    /** A builder that publishes with JBake, handbook's site generator. */
    public SiteBuilder() {
        this(dev.handbook.jbake.SiteBaker::new);
    }

    /** @param publishers a fresh publisher for each build */
    public SiteBuilder(Supplier<SitePublisher> publishers) {
        this(publishers, dev.handbook.render.EmbeddedFiles.digest());
    }

    /** A JBake builder that takes the embedded files' digest as given (a test's stand-in for another jar). */
    SiteBuilder(String embedded) {
        this(dev.handbook.jbake.SiteBaker::new, embedded);
    }

    SiteBuilder(Supplier<SitePublisher> publishers, String embedded) {
        this(publishers, embedded, null);
    }

    private SiteBuilder(Supplier<SitePublisher> publishers, String embedded, ParseMemo memo) {
        this.publishers = Objects.requireNonNull(publishers, "publishers");
        this.embedded = Objects.requireNonNull(embedded, "embedded");
        this.memo = memo;
    }

    /**
     * This builder keeping what each build made of each page for the next one, as a long-running
     * process does: an unchanged page is not parsed or rendered to HTML again.
     */
    public SiteBuilder remembering(ParseMemo pages) {
        return new SiteBuilder(publishers, embedded, Objects.requireNonNull(pages, "pages"));
    }

    /** A build as the options ask for it: where to, against which date, strict, for the preview. */
    public Outcome build(RunOptions options) throws ConfigException {
        Path source = options.source();
        LocalDate today = options.today();
        boolean preview = options.preview();
        boolean strict = options.strict();
        Path site = options.site();
        // before anything else, so that even a build that stops at site.yml leaves a site in place
        StagedOutput.recover(site);
        SiteConfig config = new HandbookCheck().config(source);
        List<String> roots =
                List.of(SiteConfigLoader.FILE_NAME, config.contentDir(), config.templatesDir(), config.assetsDir());
        String head = new HistoryReader(source, config.contentDir()).head();
        List<String> extras = List.of(
                VERSION,
                "embedded=" + embedded,
                today.toString(),
                "preview=" + preview,
                "strict=" + strict,
                "head=" + head);
        // without the site it describes, a cache has nothing to offer (and is a big file to read),
        // and the inputs' digest is wanted only for the cache saved at the end: the pages are then
        // digested as the parse reads them rather than all read once more beforehand
        boolean fresh = !Files.isDirectory(site);
        Path contentDir = source.resolve(config.contentDir());
        InputFingerprint.Pending pending = InputFingerprint.begin(
                source,
                roots,
                extras,
                file -> fresh && file.startsWith(contentDir) && ContentFiles.isPage(file.toString()));
        Map<Path, String> read = new ConcurrentHashMap<>();
        String digested = fresh ? null : pending.finish(Map.of());
        Supplier<String> inputs = fresh ? () -> pending.finish(read) : () -> digested;
        Optional<BuildCache> cache = fresh ? Optional.empty() : BuildCache.load(site);
        // the site exactly as the last build left it: the only one that may be kept or reused
        Optional<BuildCache> intact = cache.filter(c -> c.output().equals(OutputDigest.of(site)));
        if (intact.isPresent() && intact.get().inputs().equals(inputs.get())) {
            return intact.get().unchanged(site);
        }
        CheckResult check = new HandbookCheck(memo)
                .run(
                        source,
                        strict ? config.strict() : config,
                        today,
                        true,
                        fresh
                                ? (file, bytes) -> read.put(file, InputFingerprint.hash(bytes))
                                : SourceReader.NO_LISTENER,
                        new HandbookCheck.HistorySource(site, true));
        if (check.fails() && !preview) {
            return outcome(Outcome.Status.CONTENT_ERRORS, site, check, check.phases(), List.of(), !fresh, 0);
        }
        Optional<String> unsafe = OutputFolder.problem(
                source,
                site,
                List.of(check.contentDir(), source.resolve(config.templatesDir()), source.resolve(config.assetsDir())));
        if (unsafe.isPresent()) {
            return outcome(Outcome.Status.OUTPUT_REFUSED, site, check, check.phases(), output(unsafe.get()), !fresh, 0);
        }
        return bake(
                publishers.get(),
                check,
                site,
                new Inputs(inputs, pending.bytes(), !fresh),
                intact.orElse(null),
                preview ? PreviewBanners.of(check.diagnostics()) : PreviewBanners.OFF,
                today);
    }

    /**
     * What the site is made from: the digest the cache records, and its size, which bounds the site's;
     * and whether the output held a site before (what a failed build leaves).
     */
    private record Inputs(Supplier<String> digest, long bytes, boolean previousSite) {}

    /** Where a build publishes without {@code --output}. */
    public static Path defaultOutput(Path source) {
        return RunOptions.of(source, LocalDate.EPOCH).site();
    }

    /**
     * A check looks at no output, but it is often the first command after a build that was killed
     * while publishing: it, too, puts the last complete site back first.
     */
    public static void recoverDefaultOutput(Path source) {
        StagedOutput.recover(defaultOutput(source));
    }

    private Outcome bake(
            SitePublisher publisher,
            CheckResult check,
            Path site,
            Inputs inputs,
            BuildCache previous,
            PreviewBanners preview,
            LocalDate today) {
        Phase.Timed<Handbook> handbook = Phase.time(() ->
                new ModelBuilder(check.config(), today).build(check.content(), check.validation(), check.history()));
        long start = System.nanoTime();
        PublishResult result;
        try (StagedOutput staged = StagedOutput.open(site)) {
            BuildCache.delete(site);
            SiteWriter writer = new SiteWriter(staged.staging(), check.config().limits(), inputs.bytes());
            result = publisher.publish(
                    handbook.value(),
                    check.files(),
                    check.sourceDir(),
                    check.contentDir(),
                    writer,
                    previous == null ? null : new PreviousSite(site, previous.pages()),
                    preview);
            staged.publish();
            // recorded while the lock is held, so the cache always describes the site it sits beside
            saveCache(site, inputs.digest(), result, check);
        } catch (PublishException e) {
            return outcome(
                    Outcome.Status.BAKE_FAILED, site, check, check.phases(), e.diagnostics(), inputs.previousSite(), 0);
        } catch (IOException e) {
            if (DiskFull.is(e)) {
                return outcome(
                        Outcome.Status.BAKE_FAILED,
                        site,
                        check,
                        check.phases(),
                        output(DiskFull.message(
                                site.toAbsolutePath().normalize().getParent())),
                        inputs.previousSite(),
                        0);
            }
            return outcome(
                    Outcome.Status.OUTPUT_REFUSED,
                    site,
                    check,
                    check.phases(),
                    output(e.getMessage()),
                    inputs.previousSite(),
                    0);
        }
        List<Phase> phases = new ArrayList<>(check.phases());
        phases.add(new Phase("modelled", handbook.value().products().size(), "product", handbook.nanos()));
        phases.add(new Phase("rendered", result.rendered(), "page", System.nanoTime() - start));
        if (result.reused() > 0) {
            phases.add(new Phase("reused", result.reused(), "unchanged page", 0));
        }
        return outcome(
                check.fails() ? Outcome.Status.CONTENT_ERRORS : Outcome.Status.BUILT,
                site,
                check,
                phases,
                List.of(),
                inputs.previousSite(),
                result.rendered() + result.reused());
    }

    /** A cache that cannot be written only costs the next build its shortcut. */
    private static void saveCache(Path site, Supplier<String> inputs, PublishResult result, CheckResult check) {
        try {
            BuildCache.of(
                            inputs.get(),
                            OutputDigest.of(site),
                            result.fingerprints(),
                            check.outcome(Outcome.Status.BUILT, site, List.of(), List.of()))
                    .save(site);
        } catch (IOException e) {
            // the next build is simply a full one
        }
    }

    /** A finding about the output folder; the summary line after it names the folder. */
    private static List<Diagnostic> output(String message) {
        return List.of(PublishException.output(String.valueOf(message)));
    }

    private static Outcome outcome(
            Outcome.Status status,
            Path site,
            CheckResult check,
            List<Phase> phases,
            List<Diagnostic> problems,
            boolean previousSite,
            int sitePages) {
        return check.outcome(status, site, phases, problems, sitePages, previousSite);
    }
}
