package dev.handbook.parse;

import dev.handbook.config.RawHtml;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.parse.markdown.BodyFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The parse stage: lists the content folder, reads every page (in parallel), learns where each
 * is published, then renders every body with links rewritten to those addresses.
 */
public final class ContentParser {

    private final PageParser pageParser;
    private final SourceReader sourceReader;
    private final ContentScanner scanner = new ContentScanner();
    private final MarkdownRenderer markdown;
    private final boolean output;
    private final ParseMemo memo;
    private final Object settings;

    public ContentParser(RawHtml rawHtml) {
        this(rawHtml, true);
    }

    /** @param output whether bodies are rendered to HTML and text too, or only read for headings and links */
    public ContentParser(RawHtml rawHtml, boolean output) {
        this(rawHtml, output, SourceReader.NO_LISTENER);
    }

    /** @param onRead shown each page's bytes as they are read, from several threads at once */
    public ContentParser(RawHtml rawHtml, boolean output, BiConsumer<Path, byte[]> onRead) {
        this(rawHtml, output, onRead, null);
    }

    /** @param memo what the last parse of this handbook made of each page, or null to parse every page */
    public ContentParser(RawHtml rawHtml, boolean output, BiConsumer<Path, byte[]> onRead, ParseMemo memo) {
        this.markdown = new MarkdownRenderer(rawHtml);
        this.output = output;
        this.memo = memo;
        this.settings = List.of(rawHtml, output);
        this.sourceReader = new SourceReader(onRead);
        this.pageParser = new PageParser(sourceReader);
    }

    public ParsedContent parse(Path contentDir, String contentDirName) {
        return parse(contentDir, contentDirName, Set.of());
    }

    /** @param staticFiles the files of the static folder (published at the site root), relative to it */
    public ParsedContent parse(Path contentDir, String contentDirName, Set<String> staticFiles) {
        Diagnostics diagnostics = new Diagnostics();
        ContentFiles files = scanner.scan(contentDir, contentDirName, diagnostics);
        if (memo != null) {
            memo.begin(settings, new HashSet<>(files.pages()));
        }
        List<Read> reads = files.pages().parallelStream()
                .map(path -> read(contentDir, path, contentDirName))
                .toList();
        // dates are shown on pages only: a check has no use for them
        Map<String, java.time.Instant> committed = output ? GitDates.of(contentDir) : Map.of();
        List<PageSource> sources = new ArrayList<>();
        for (Read read : reads) {
            diagnostics.addAll(read.diagnostics);
            read.source
                    .filter(source -> !source.header().draft())
                    .map(source -> committed.containsKey(source.path())
                            ? source.withLastModified(committed.get(source.path()))
                            : source)
                    .ifPresent(sources::add);
        }
        sources = landings(sources);
        AddressBook addresses = addresses(sources, files, staticFiles);
        SourceNavigation navigation = files.navigation().isEmpty()
                ? SourceNavigation.NONE
                : new SourceNavigationReader(sourceReader, contentDir, contentDirName)
                        .read(
                                files.navigation(),
                                sources.stream().map(PageSource::path).collect(java.util.stream.Collectors.toSet()),
                                sources.stream().map(s -> s.docId()).collect(java.util.stream.Collectors.toSet()),
                                diagnostics);
        List<Rendered> rendered = sources.parallelStream()
                .map(source -> render(source, addresses))
                .toList();
        List<ParsedPage> pages = new ArrayList<>();
        for (Rendered page : rendered) {
            diagnostics.addAll(page.diagnostics);
            page.page.ifPresent(pages::add);
        }
        ContentFiles published = files.publishing(linkedAssets(pages, files, addresses));
        return new ParsedContent(
                pages, published, addresses, diagnostics.sorted(), files.pages().size(), navigation);
    }

    /** A folder's README.md is its landing page when the folder has no index.md (or index.mdx). */
    private static List<PageSource> landings(List<PageSource> sources) {
        Set<String> indexed = new HashSet<>();
        for (PageSource source : sources) {
            String name = source.path().substring(source.folder().length());
            if (name.equals("index.md") || name.equals(INDEX_MDX)) {
                indexed.add(source.folder());
            }
        }
        Set<String> landed = new HashSet<>();
        List<PageSource> result = new ArrayList<>(sources.size());
        for (PageSource source : sources) {
            boolean landing = source.isReadme() && !indexed.contains(source.folder()) && landed.add(source.folder());
            result.add(landing ? source.asLanding() : source);
        }
        return result;
    }

    private static final String INDEX_MDX = "index" + ContentFiles.MDX;

    /** The files of .gitbook/assets that pages link to: these, and only these, are published. */
    private static Set<String> linkedAssets(List<ParsedPage> pages, ContentFiles files, AddressBook addresses) {
        if (files.hiddenAssets().isEmpty()) {
            return Set.of();
        }
        Set<String> linked = new TreeSet<>();
        for (ParsedPage page : pages) {
            for (BodyLink link : page.body().links()) {
                LinkTarget target = link.target();
                if (target.isLocalPath()) {
                    LinkResolver.Resolved resolved = addresses.resolver().resolve(page.path(), target.path());
                    if (resolved.kind() == LinkResolver.Kind.FILE
                            && files.hiddenAssets().contains(resolved.path())) {
                        linked.add(resolved.path());
                    }
                }
            }
        }
        return linked;
    }

    /** Markdown nested thousands of levels deep overflows the renderer's stack: report it, keep going. */
    private Rendered render(PageSource source, AddressBook addresses) {
        try {
            UnaryOperator<String> rewrite = destination -> addresses.rewrite(source.path(), destination);
            ParseMemo.Body body =
                    memo == null ? body(source, rewrite) : memo.body(source, rewrite, r -> body(source, r));
            return new Rendered(
                    Optional.of(new ParsedPage(source, body.result(), AddressBook.outputPathOf(source))),
                    body.findings());
        } catch (MarkdownRenderer.TooDeep | StackOverflowError e) {
            return new Rendered(
                    Optional.empty(),
                    List.of(new Diagnostic(
                            source.sourcePath(),
                            new dev.handbook.diag.Position(source.bodyFirstLine(), 1),
                            dev.handbook.diag.Severity.ERROR,
                            Rule.MARKDOWN,
                            "the Markdown nests more than " + MarkdownRenderer.MAX_DEPTH
                                    + " levels deep (lists or quotes inside each other); flatten it")));
        }
    }

    private ParseMemo.Body body(PageSource source, UnaryOperator<String> rewrite) {
        RenderedBody body = markdown.render(
                source.body(),
                source.bodyFirstLine(),
                rewrite,
                output,
                source.path().endsWith(ContentFiles.MDX));
        List<Diagnostic> findings = body.findings().isEmpty()
                ? List.of()
                : body.findings().stream()
                        .map(finding -> warning(source, finding))
                        .toList();
        return new ParseMemo.Body(body, findings);
    }

    private static Diagnostic warning(PageSource source, BodyFinding finding) {
        return new Diagnostic(
                source.sourcePath(), finding.position(), Severity.WARNING, finding.rule(), finding.message());
    }

    private Read read(Path contentDir, String path, String contentDirName) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<PageSource> source = memo == null
                ? pageParser.parse(contentDir, path, contentDirName, diagnostics)
                : pageParser.parse(
                        contentDir,
                        path,
                        contentDirName,
                        diagnostics,
                        (text, parse) -> memo.source(path, text, diagnostics, parse::apply));
        return new Read(source, diagnostics.sorted());
    }

    /** The first page in path order keeps a contested address; validation reports the others. */
    private static AddressBook addresses(List<PageSource> sources, ContentFiles files, Set<String> staticFiles) {
        Map<String, String> outputBySource = new LinkedHashMap<>();
        Map<String, String> taken = new LinkedHashMap<>();
        Map<String, String> routes = new HashMap<>();
        for (PageSource source : sources) {
            String output = AddressBook.outputPathOf(source);
            if (taken.putIfAbsent(output, source.path()) == null) {
                outputBySource.put(source.path(), output);
                DocusaurusRoutes.of(source).forEach(route -> routes.putIfAbsent(route, source.path()));
            }
        }
        return new AddressBook(outputBySource, files, routes, staticFiles);
    }

    private record Rendered(Optional<ParsedPage> page, List<Diagnostic> diagnostics) {}

    private record Read(Optional<PageSource> source, List<Diagnostic> diagnostics) {}
}
