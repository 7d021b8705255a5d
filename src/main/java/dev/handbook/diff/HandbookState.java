package dev.handbook.diff;

import dev.handbook.config.ConfigException;
import dev.handbook.config.SiteConfig;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Diagnostic;
import dev.handbook.model.Handbook;
import dev.handbook.model.ModelBuilder;
import dev.handbook.model.Product;
import dev.handbook.parse.SourceReader;
import dev.handbook.run.CheckResult;
import dev.handbook.run.HandbookCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The handbook of one commit or of the work tree, checked the way {@code check} does, without git's
 * dates on either side so that both are judged alike.
 *
 * @param label    the commit id, or {@code worktree}
 * @param contentDir the content folder, relative to the handbook folder
 * @param products by content-relative page path
 * @param otherPages the pages that are not products, content-relative: a product page whose front
 *                 matter breaks is one of these
 * @param findings every finding, in {@link Diagnostic#ORDER}
 * @param siteYml  the text of site.yml, "" when there is none
 */
record HandbookState(
        String label,
        String contentDir,
        Map<String, ProductState> products,
        java.util.Set<String> otherPages,
        List<Diagnostic> findings,
        String siteYml) {

    HandbookState {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(contentDir, "contentDir");
        products = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(products));
        otherPages = java.util.Set.copyOf(otherPages);
        otherPages = java.util.Set.copyOf(otherPages);
        findings = List.copyOf(findings);
        Objects.requireNonNull(siteYml, "siteYml");
    }

    static HandbookState read(Path folder, String label, LocalDate today) {
        String siteYml = siteYml(folder);
        HandbookCheck check = new HandbookCheck();
        SiteConfig config;
        try {
            config = check.config(folder);
        } catch (ConfigException e) {
            return new HandbookState(
                    label, "content", Map.of(), java.util.Set.of(), relative(e.diagnostics(), folder), siteYml);
        }
        CheckResult result =
                check.run(folder, config, today, false, SourceReader.NO_LISTENER, HandbookCheck.HistorySource.none());
        Handbook handbook = new ModelBuilder(config, today).build(result.content(), result.validation());
        Map<String, ProductState> products = new LinkedHashMap<>();
        for (Product product : handbook.products()) {
            products.put(product.page().path(), ProductState.of(product, config.schema()));
        }
        java.util.Set<String> otherPages = new java.util.HashSet<>();
        result.content().pages().stream()
                .map(page -> page.path())
                .filter(path -> !products.containsKey(path))
                .forEach(otherPages::add);
        return new HandbookState(label, config.contentDir(), products, otherPages, result.diagnostics(), siteYml);
    }

    /** Set-up findings name the folder they were made in: a commit's is a temporary one, which means nothing to a reader. */
    private static List<Diagnostic> relative(List<Diagnostic> findings, Path folder) {
        String prefix = folder.toString() + folder.getFileSystem().getSeparator();
        return findings.stream()
                .map(d -> new Diagnostic(
                        d.path(),
                        d.position(),
                        d.severity(),
                        d.rule(),
                        d.message().replace(prefix, "")))
                .toList();
    }

    private static String siteYml(Path folder) {
        Path file = folder.resolve(SiteConfigLoader.FILE_NAME);
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
