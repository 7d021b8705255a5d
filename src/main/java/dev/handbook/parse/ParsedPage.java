package dev.handbook.parse;

import java.util.Objects;

/**
 * A content file fully parsed: its source, its rendered body and where it is published.
 *
 * @param outputPath site-relative path of the HTML page, e.g. products/etcher.html
 * @param title      front matter title, else the opening or first {@code # } heading, else the file name
 */
public record ParsedPage(PageSource source, RenderedBody body, String outputPath, String title) {

    public ParsedPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(title, "title");
    }

    /** A page titled the usual way (sorting ten thousand products asks for titles millions of times). */
    public ParsedPage(PageSource source, RenderedBody body, String outputPath) {
        this(source, body, outputPath, titleOf(source, body));
    }

    private static String titleOf(PageSource source, RenderedBody body) {
        if (source.header().title() != null && !source.header().title().isBlank()) {
            return source.header().title();
        }
        if (body.leadingTitle() != null && !body.leadingTitle().isBlank()) {
            return body.leadingTitle();
        }
        return body.headings().stream()
                .filter(h -> h.level() == 1)
                .map(Heading::text)
                .findFirst()
                .orElseGet(() -> dev.handbook.text.Labels.humanize(source.baseName()));
    }

    public String path() {
        return source.path();
    }

    public String sourcePath() {
        return source.sourcePath();
    }

    public PageKind kind() {
        return source.kind();
    }
}
