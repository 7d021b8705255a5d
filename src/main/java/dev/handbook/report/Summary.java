package dev.handbook.report;

import dev.handbook.diag.Diagnostic;
import dev.handbook.text.Counted;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The one summary line: {@code 3 errors, 1 warning in 2 of 40 pages}. */
public final class Summary {

    private Summary() {}

    /** @param pages every page checked, as source-relative paths */
    public static String line(List<Diagnostic> diagnostics, List<String> pages) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        Set<String> checked = new HashSet<>(pages);
        long withFindings = diagnostics.stream()
                .map(Diagnostic::path)
                .filter(checked::contains)
                .distinct()
                .count();
        return Counted.of(errors, "error") + ", " + Counted.of(diagnostics.size() - errors, "warning") + " in "
                + withFindings + " of " + Counted.of(pages.size(), "page");
    }
}
