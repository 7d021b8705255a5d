package dev.handbook.parse;

import dev.handbook.diag.Rule;
import dev.handbook.config.RawHtml;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Severity;
import dev.handbook.parse.markdown.BodyFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The parse stage: lists the content folder, reads every page (in parallel), learns where each
 * is published, then renders every body with links rewritten to those addresses.
 */
public final class ContentParser {

    private final PageParser pageParser;
    private final ContentScanner scanner = new ContentScanner();
    private final MarkdownRenderer markdown;
    private final boolean output;

    public ContentParser(RawHtml rawHtml) {
        this(rawHtml, true);
    }

    /** @param output whether bodies are rendered to HTML and text too, or only read for headings and links */
    public ContentParser(RawHtml rawHtml, boolean output) {
        this(rawHtml, output, SourceReader.NO_LISTENER);
    }

    /** @param onRead shown each page's bytes as they are read, from several threads at once */
    public ContentParser(RawHtml rawHtml, boolean output, BiConsumer<Path, byte[]> onRead) {
        this.markdown = new MarkdownRenderer(rawHtml);
        this.output = output;
        this.pageParser = new PageParser(new SourceReader(onRead));
    }

    public ParsedContent parse(Path contentDir, String contentDirName) {
        Diagnostics diagnostics = new Diagnostics();
        ContentFiles files = scanner.scan(contentDir, contentDirName, diagnostics);
        List<Read> reads = files.pages().parallelStream().map(path -> read(contentDir, path, contentDirName)).toList();
        // dates are shown on pages only: a check has no use for them
        Map<String, java.time.Instant> committed = output ? GitDates.of(contentDir) : Map.of();
        List<PageSource> sources = new ArrayList<>();
        for (Read read : reads) {
            diagnostics.addAll(read.diagnostics);
            read.source.filter(source -> !source.header().draft())
                    .map(source -> committed.containsKey(source.path()) ? source.withLastModified(committed.get(source.path()))
                            : source)
                    .ifPresent(sources::add);
        }
        AddressBook addresses = addresses(sources);
        List<Rendered> rendered = sources.parallelStream().map(source -> render(source, addresses)).toList();
        List<ParsedPage> pages = new ArrayList<>();
        for (Rendered page : rendered) {
            diagnostics.addAll(page.diagnostics);
            page.page.ifPresent(pages::add);
        }
        return new ParsedContent(pages, files, addresses, diagnostics.sorted(), files.pages().size());
    }

    /** Markdown nested thousands of levels deep overflows the renderer's stack: report it, keep going. */
    private Rendered render(PageSource source, AddressBook addresses) {
        try {
            RenderedBody body = markdown.render(source.body(), source.bodyFirstLine(),
                    destination -> addresses.rewrite(source.path(), destination), output,
                    source.path().endsWith(ContentFiles.MDX));
            List<Diagnostic> findings = body.findings().isEmpty() ? List.of() : body.findings().stream()
                    .map(finding -> warning(source, finding)).toList();
            return new Rendered(Optional.of(new ParsedPage(source, body, AddressBook.outputPathOf(source))), findings);
        } catch (MarkdownRenderer.TooDeep | StackOverflowError e) {
            return new Rendered(Optional.empty(), List.of(new Diagnostic(source.sourcePath(),
                    new dev.handbook.diag.Position(source.bodyFirstLine(), 1), dev.handbook.diag.Severity.ERROR,
                    Rule.MARKDOWN, "the Markdown nests more than " + MarkdownRenderer.MAX_DEPTH
                    + " levels deep (lists or quotes inside each other); flatten it")));
        }
    }

    private static Diagnostic warning(PageSource source, BodyFinding finding) {
        return new Diagnostic(source.sourcePath(), finding.position(), Severity.WARNING, finding.rule(), finding.message());
    }

    private Read read(Path contentDir, String path, String contentDirName) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<PageSource> source = pageParser.parse(contentDir, path, contentDirName, diagnostics);
        return new Read(source, diagnostics.sorted());
    }

    /** The first page in path order keeps a contested address; validation reports the others. */
    private static AddressBook addresses(List<PageSource> sources) {
        Map<String, String> outputBySource = new LinkedHashMap<>();
        Map<String, String> taken = new LinkedHashMap<>();
        for (PageSource source : sources) {
            String output = AddressBook.outputPathOf(source);
            if (taken.putIfAbsent(output, source.path()) == null) {
                outputBySource.put(source.path(), output);
            }
        }
        return new AddressBook(outputBySource);
    }

    private record Rendered(Optional<ParsedPage> page, List<Diagnostic> diagnostics) {
    }

    private record Read(Optional<PageSource> source, List<Diagnostic> diagnostics) {
    }
}
