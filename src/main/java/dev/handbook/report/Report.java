package dev.handbook.report;

import dev.handbook.diag.Diagnostic;
import java.util.List;

/**
 * What a run reports: its diagnostics in order, the pages it read, and the summary line.
 *
 * @param pages every page checked, as source-relative paths (a JUnit test case each)
 */
public record Report(List<Diagnostic> diagnostics, List<String> pages, long errors, long warnings, int products,
                     String summary) {

    public Report {
        diagnostics = List.copyOf(diagnostics);
        pages = List.copyOf(pages);
    }
}
