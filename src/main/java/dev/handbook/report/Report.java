package dev.handbook.report;

import dev.handbook.diag.Diagnostic;
import java.util.List;

/**
 * What a run reports: its diagnostics in order, the pages it read, and the summary line.
 *
 * @param pages every page checked, as source-relative paths (a JUnit test case each)
 */
public record Report(
        List<Diagnostic> diagnostics, List<String> pages, long errors, long warnings, int products, String summary) {

    public Report {
        diagnostics = List.copyOf(diagnostics);
        pages = List.copyOf(pages);
    }

    /** The report of these findings over these pages, with its counts and summary line. */
    public static Report of(List<Diagnostic> diagnostics, List<String> pages, int products) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return new Report(
                diagnostics, pages, errors, diagnostics.size() - errors, products, Summary.line(diagnostics, pages));
    }
}
