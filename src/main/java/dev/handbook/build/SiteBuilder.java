package dev.handbook.build;

import dev.handbook.parse.ContentFiles;
import dev.handbook.cache.BuildCache;
import dev.handbook.cache.InputFingerprint;
import dev.handbook.cache.OutputDigest;
import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.jbake.BakeException;
import dev.handbook.jbake.BakeResult;
import dev.handbook.jbake.PreviousSite;
import dev.handbook.jbake.SiteBaker;
import dev.handbook.model.Handbook;
import dev.handbook.model.ModelBuilder;
import dev.handbook.output.DiskFull;
import dev.handbook.output.OutputFolder;
import dev.handbook.output.SiteWriter;
import dev.handbook.output.StagedOutput;
import dev.handbook.parse.SourceReader;
import dev.handbook.render.Preview;
import dev.handbook.report.Summary;
import dev.handbook.run.CheckResult;
import dev.handbook.run.HandbookCheck;
import dev.handbook.run.Phase;
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

    private static final String VERSION = Objects.requireNonNullElse(
            SiteBuilder.class.getPackage().getImplementationVersion(), "dev");

    /** the digest of the templates, CSS and scripts inside the tool: a new jar with other ones rebuilds */
    private final String embedded;

    public SiteBuilder() {
        this(dev.handbook.render.EmbeddedFiles.digest());
    }

    SiteBuilder(String embedded) {
        this.embedded = Objects.requireNonNull(embedded, "embedded");
    }

    /**
     * @param output  where the site goes; null for SOURCE/target/site
     * @param preview render even when the handbook has errors, each page showing its own findings,
     *                with the live-reload script in every page
     * @param strict  warnings fail too, as with {@code strict: true} in site.yml
     */
    public BuildOutcome build(Path source, Path output, LocalDate today, boolean preview, boolean strict)
            throws ConfigException {
        Path site = output != null ? output : defaultOutput(source);
        // before anything else, so that even a build that stops at site.yml leaves a site in place
        StagedOutput.recover(site);
        SiteConfig config = new HandbookCheck().config(source);
        List<String> roots = List.of(SiteConfigLoader.FILE_NAME, config.contentDir(), config.templatesDir(),
                config.assetsDir());
        List<String> extras = List.of(VERSION, "embedded=" + embedded, today.toString(), "preview=" + preview,
                "strict=" + strict);
        // without the site it describes, a cache has nothing to offer (and is a big file to read),
        // and the inputs' digest is wanted only for the cache saved at the end: the pages are then
        // digested as the parse reads them rather than all read once more beforehand
        boolean fresh = !Files.isDirectory(site);
        Path contentDir = source.resolve(config.contentDir());
        InputFingerprint.Pending pending = InputFingerprint.begin(source, roots, extras,
                file -> fresh && file.startsWith(contentDir) && ContentFiles.isPage(file.toString()));
        Map<Path, String> read = new ConcurrentHashMap<>();
        String digested = fresh ? null : pending.finish(Map.of());
        Supplier<String> inputs = fresh ? () -> pending.finish(read) : () -> digested;
        Optional<BuildCache> cache = fresh ? Optional.empty() : BuildCache.load(site);
        // the site exactly as the last build left it: the only one that may be kept or reused
        Optional<BuildCache> intact = cache.filter(c -> c.output().equals(OutputDigest.of(site)));
        if (intact.isPresent() && intact.get().inputs().equals(inputs.get())) {
            return unchanged(site, intact.get());
        }
        CheckResult check = new HandbookCheck().run(source, strict ? config.strict() : config, today, true,
                fresh ? (file, bytes) -> read.put(file, InputFingerprint.hash(bytes)) : SourceReader.NO_LISTENER);
        if (check.fails() && !preview) {
            return outcome(BuildOutcome.Status.CONTENT_ERRORS, site, check, check.phases(), List.of(), !fresh, 0);
        }
        Optional<String> unsafe = OutputFolder.problem(source, site,
                List.of(check.contentDir(), source.resolve(config.templatesDir()), source.resolve(config.assetsDir())));
        if (unsafe.isPresent()) {
            return outcome(BuildOutcome.Status.OUTPUT_REFUSED, site, check, check.phases(), List.of(unsafe.get()), !fresh, 0);
        }
        return bake(new SiteBaker(), check, site, new Inputs(inputs, pending.bytes(), !fresh), intact.orElse(null),
                preview ? Preview.of(check.diagnostics()) : Preview.OFF, today);
    }

    /**
     * What the site is made from: the digest the cache records, and its size, which bounds the site's;
     * and whether the output held a site before (what a failed build leaves).
     */
    private record Inputs(Supplier<String> digest, long bytes, boolean previousSite) {
    }

    /** Where a build publishes without {@code --output}. */
    public static Path defaultOutput(Path source) {
        return source.resolve("target/site");
    }

    /**
     * A check looks at no output, but it is often the first command after a build that was killed
     * while publishing: it, too, puts the last complete site back first.
     */
    public static void recoverDefaultOutput(Path source) {
        StagedOutput.recover(defaultOutput(source));
    }

    private BuildOutcome bake(SiteBaker baker, CheckResult check, Path site, Inputs inputs, BuildCache previous,
                              Preview preview, LocalDate today) {
        Phase.Timed<Handbook> handbook = Phase.time(() -> new ModelBuilder(check.config(), today).build(check.content()));
        long start = System.nanoTime();
        BakeResult result;
        try (StagedOutput staged = StagedOutput.open(site)) {
            BuildCache.delete(site);
            SiteWriter writer = new SiteWriter(staged.staging(), check.config().limits(), inputs.bytes());
            result = baker.bake(handbook.value(), check.files(), check.sourceDir(), check.contentDir(),
                    writer, previous == null ? null : new PreviousSite(site, previous.pages()), preview);
            staged.publish();
            // recorded while the lock is held, so the cache always describes the site it sits beside
            saveCache(site, inputs.digest(), result, check);
        } catch (BakeException e) {
            return outcome(BuildOutcome.Status.BAKE_FAILED, site, check, check.phases(), e.problems(), inputs.previousSite(), 0);
        } catch (IOException e) {
            if (DiskFull.is(e)) {
                return outcome(BuildOutcome.Status.BAKE_FAILED, site, check, check.phases(),
                        List.of(DiskFull.message(site.toAbsolutePath().normalize().getParent())), inputs.previousSite(), 0);
            }
            return outcome(BuildOutcome.Status.OUTPUT_REFUSED, site, check, check.phases(), List.of(e.getMessage()),
                    inputs.previousSite(), 0);
        }
        List<Phase> phases = new ArrayList<>(check.phases());
        phases.add(new Phase("modelled", handbook.value().products().size(), "product", handbook.nanos()));
        phases.add(new Phase("rendered", result.rendered(), "page", System.nanoTime() - start));
        if (result.reused() > 0) {
            phases.add(new Phase("reused", result.reused(), "unchanged page", 0));
        }
        return outcome(check.fails() ? BuildOutcome.Status.CONTENT_ERRORS : BuildOutcome.Status.BUILT, site, check,
                phases, List.of(), inputs.previousSite(), result.rendered() + result.reused());
    }

    /** A cache that cannot be written only costs the next build its shortcut. */
    private static void saveCache(Path site, Supplier<String> inputs, BakeResult result, CheckResult check) {
        try {
            new BuildCache(inputs.get(), OutputDigest.of(site), result.fingerprints(), check.diagnostics(), check.pagePaths(),
                    check.products()).save(site);
        } catch (IOException e) {
            // the next build is simply a full one
        }
    }

    private static BuildOutcome unchanged(Path site, BuildCache cache) {
        String summary = Summary.line(cache.diagnostics(), cache.checked());
        return new BuildOutcome(BuildOutcome.Status.UNCHANGED, site, cache.diagnostics(), summary, List.of(), List.of(),
                cache.checked(), cache.products(), cache.pages().size(), true);
    }

    private static BuildOutcome outcome(BuildOutcome.Status status, Path site, CheckResult check, List<Phase> phases,
                                        List<String> problems, boolean previousSite, int sitePages) {
        return new BuildOutcome(status, site, check.diagnostics(), check.summary(), phases, problems, check.pagePaths(),
                check.products(), sitePages, previousSite);
    }

}
