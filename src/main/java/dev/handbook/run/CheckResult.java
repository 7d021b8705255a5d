package dev.handbook.run;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.history.History;
import dev.handbook.parse.ContentFiles;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedContent;
import dev.handbook.validate.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a check found: every diagnostic in order, the parsed content, and the counts for the summary.
 *
 * @param pagesRead every Markdown file read, drafts and broken ones included
 * @param history   what git remembers of the product pages
 */
public record CheckResult(
        Path sourceDir,
        SiteConfig config,
        ParsedContent content,
        Validation validation,
        int pagesRead,
        List<Phase> phases,
        History history) {

    public CheckResult {
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(validation, "validation");
        phases = List.copyOf(phases);
        Objects.requireNonNull(history, "history");
    }

    /** Every finding, in {@link Diagnostic#ORDER}. */
    public List<Diagnostic> diagnostics() {
        return validation.diagnostics();
    }

    /** Every page read, as source-relative paths. */
    public List<String> pagePaths() {
        return files().pages().stream()
                .map(page -> config.contentDir() + "/" + page)
                .toList();
    }

    public long errors() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics().size() - errors();
    }

    public int products() {
        return (int) content.pages().stream()
                .filter(page -> page.kind() == PageKind.PRODUCT)
                .count();
    }

    public ContentFiles files() {
        return content.files();
    }

    /** Errors, or warnings in strict mode. */
    public boolean fails() {
        return config.severityPolicy().fails(errors(), warnings());
    }

    public Path contentDir() {
        return sourceDir.resolve(config.contentDir());
    }

    /** This check as the outcome of a run that ended so. */
    public Outcome outcome(Outcome.Status status, Path output, List<Phase> phases, List<Diagnostic> problems) {
        return new Outcome(status, output, diagnostics(), pagePaths(), products(), phases, problems);
    }

    /** The outcome of a build into {@code output}, which held a site before or not, and now has so many pages. */
    public Outcome outcome(
            Outcome.Status status,
            Path output,
            List<Phase> phases,
            List<Diagnostic> problems,
            int sitePages,
            boolean previousSite) {
        return new Outcome(
                status, output, diagnostics(), pagePaths(), products(), phases, problems, sitePages, previousSite);
    }

    /** {@code 3 errors, 1 warning in 2 of 40 pages}. */
    public String summary() {
        return dev.handbook.report.Summary.line(diagnostics(), pagePaths());
    }
}
