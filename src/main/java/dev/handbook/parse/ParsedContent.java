package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import java.util.List;

/** Everything the parse stage produced: pages in path order, the files beside them, and findings. */
public record ParsedContent(
        List<ParsedPage> pages,
        ContentFiles files,
        AddressBook addresses,
        List<Diagnostic> diagnostics,
        int filesRead,
        SourceNavigation navigation) {

    public ParsedContent {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(navigation, "navigation");
    }

    public ParsedContent(
            List<ParsedPage> pages,
            ContentFiles files,
            AddressBook addresses,
            List<Diagnostic> diagnostics,
            int filesRead) {
        this(pages, files, addresses, diagnostics, filesRead, SourceNavigation.NONE);
    }

    /** The same content with more findings (of the folders beside it), in {@link Diagnostic#ORDER}. */
    public ParsedContent with(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        all.sort(Diagnostic.ORDER);
        return new ParsedContent(pages, files, addresses, all, filesRead, navigation);
    }
}
