package dev.handbook.config;

import java.util.Objects;

/**
 * Everything site.yml says, with defaults filled in.
 *
 * @param repository base URL for "edit this page" links (the page path is appended), or null
 * @param rawHtml    what happens to raw HTML inside Markdown
 * @param limits     how much a build may write
 */
public record SiteConfig(String title, String baseUrl, String mission, String repository,
                         String contentDir, String templatesDir, String assetsDir, RawHtml rawHtml,
                         Schema schema, SeverityPolicy severityPolicy, OutputLimits limits) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(assetsDir, "assetsDir");
        Objects.requireNonNull(rawHtml, "rawHtml");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(severityPolicy, "severityPolicy");
        Objects.requireNonNull(limits, "limits");
    }

    /** The same configuration with warnings failing the build, whatever site.yml says. */
    public SiteConfig strict() {
        return new SiteConfig(title, baseUrl, mission, repository, contentDir, templatesDir, assetsDir, rawHtml, schema,
                severityPolicy.strictly(), limits);
    }
}
