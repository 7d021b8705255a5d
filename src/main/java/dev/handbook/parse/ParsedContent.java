package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import java.util.List;

/** Everything the parse stage produced: pages in path order, the files beside them, and findings. */
public record ParsedContent(List<ParsedPage> pages, ContentFiles files, AddressBook addresses,
                            List<Diagnostic> diagnostics, int filesRead) {

    public ParsedContent {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
    }
}
