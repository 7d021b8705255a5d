package dev.handbook.run;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.files.InputTree;
import dev.handbook.history.History;
import dev.handbook.history.HistoryReader;
import dev.handbook.parse.ContentParser;
import dev.handbook.parse.ParseMemo;
import dev.handbook.parse.ParsedContent;
import dev.handbook.parse.SourceReader;
import dev.handbook.parse.SupportFolderScanner;
import dev.handbook.validate.Validation;
import dev.handbook.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** The check: site.yml, then parse and validate. Writes nothing. */
public final class HandbookCheck {

    private final ParseMemo memo;

    /** A check that parses every page. */
    public HandbookCheck() {
        this(null);
    }

    /** @param memo what the last run made of each page, reused where the page is unchanged; or null */
    public HandbookCheck(ParseMemo memo) {
        this.memo = memo;
    }

    /** site.yml read and the folders it names checked: the first step of every run. */
    public SiteConfig config(Path sourceDir) throws ConfigException {
        if (!Files.isDirectory(sourceDir)) {
            throw usage("the source folder " + sourceDir + " does not exist");
        }
        SiteConfig config = new SiteConfigLoader().load(sourceDir);
        Path contentDir = sourceDir.resolve(config.contentDir());
        if (!Files.isDirectory(contentDir)) {
            throw usage("there is no content folder at " + contentDir + "; create it and put Markdown pages in it");
        }
        return config;
    }

    /** The check an edge asks for: site.yml, then parse and validate. */
    public Outcome check(RunOptions options) throws ConfigException {
        CheckResult result = read(options, false);
        return result.outcome(
                result.fails() ? Outcome.Status.CONTENT_ERRORS : Outcome.Status.CHECKED,
                null,
                result.phases(),
                List.of());
    }

    /** The check a build starts with: every body is also rendered to HTML. */
    public CheckResult checkForBuild(RunOptions options) throws ConfigException {
        return read(options, true);
    }

    private CheckResult read(RunOptions options, boolean forBuild) throws ConfigException {
        SiteConfig config = config(options.source());
        return run(
                options.source(),
                options.strict() ? config.strict() : config,
                options.today(),
                forBuild,
                SourceReader.NO_LISTENER,
                new HistorySource(options.site(), false));
    }

    /**
     * Where the history cache lives and whether this run may write it: a check reads the cache a
     * build left, and writes nothing.
     *
     * @param site the output folder the cache sits beside
     */
    public record HistorySource(Path site, boolean save) {

        /** No history read at all: a comparison of two states judges both alike, without git's dates. */
        public static HistorySource none() {
            return new HistorySource(null, false);
        }
    }

    /** @param onRead shown each page's bytes as the parse reads them, from several threads at once */
    public CheckResult run(
            Path sourceDir,
            SiteConfig config,
            LocalDate today,
            boolean forBuild,
            BiConsumer<Path, byte[]> onRead,
            HistorySource historySource) {
        Path contentDir = sourceDir.resolve(config.contentDir());
        Phase.Timed<History> history = Phase.time(() -> historySource.site() == null
                ? History.none("")
                : new HistoryReader(sourceDir, config.contentDir())
                        .read(HistoryReader.cacheBeside(historySource.site()), historySource.save()));
        Phase.Timed<ParsedContent> content =
                Phase.time(() -> new ContentParser(config.rawHtml(), forBuild, onRead, memo)
                        .parse(contentDir, config.contentDir(), staticFiles(sourceDir.resolve(config.assetsDir())))
                        .with(supportFolders(sourceDir, config)));
        Phase.Timed<Validation> validation =
                Phase.time(() -> new Validator(config, today, history.value().lastCommits()).check(content.value()));
        int pages = content.value().filesRead();
        List<Phase> phases = new ArrayList<>();
        if (!history.value().note().isEmpty()) {
            phases.add(Phase.note(history.value().note()));
        }
        if (!history.value().head().isEmpty()) {
            phases.add(new Phase("read history of", history.value().commitsRead(), "new commit", history.nanos()));
        }
        phases.add(new Phase("parsed", pages, "page", content.nanos()));
        phases.add(new Phase("validated", pages, "page", validation.nanos()));
        return new CheckResult(sourceDir, config, content.value(), validation.value(), pages, phases, history.value());
    }

    /**
     * The files of assets/ (or site.yml's {@code static:}) that a build publishes at the site root,
     * relative to it, so that root-absolute links can be checked against them: not hidden, as the
     * build copies them.
     */
    private static Set<String> staticFiles(Path assets) {
        if (!Files.isDirectory(assets)) {
            return Set.of();
        }
        Set<String> files = new HashSet<>();
        for (Path file : InputTree.of(assets, "assets").files()) {
            String relative = assets.relativize(file).toString().replace('\\', '/');
            if (!relative.startsWith(".") && !relative.contains("/.")) {
                files.add(relative);
            }
        }
        return files;
    }

    /** What templates/ and assets/ hold that a build will not read. */
    private static List<Diagnostic> supportFolders(Path sourceDir, SiteConfig config) {
        SupportFolderScanner scanner = new SupportFolderScanner();
        List<Diagnostic> found =
                new ArrayList<>(scanner.templates(sourceDir.resolve(config.templatesDir()), config.templatesDir()));
        found.addAll(scanner.assets(sourceDir.resolve(config.assetsDir()), config.assetsDir()));
        return found;
    }

    private static ConfigException usage(String message) {
        return new ConfigException(
                List.of(new Diagnostic(Diagnostic.SETUP, Position.START, Severity.ERROR, Rule.USAGE, message)));
    }
}
