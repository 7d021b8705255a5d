package dev.handbook.config;

import java.util.List;
import java.util.Objects;

/**
 * Everything site.yml says, with defaults filled in.
 *
 * @param repository base URL for "edit this page" links (the page path is appended), or null
 * @param rawHtml    what happens to raw HTML inside Markdown
 * @param limits     how much a build may write
 * @param look       the site's icon and browser colour
 * @param freeOwners {@code owners: free}: a product's owner may be any text even once team pages exist
 * @param campaigns  the requirements announced with a deadline, in site.yml order
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String mission,
        String repository,
        String contentDir,
        String templatesDir,
        String assetsDir,
        RawHtml rawHtml,
        Schema schema,
        SeverityPolicy severityPolicy,
        OutputLimits limits,
        Look look,
        boolean freeOwners,
        List<Campaign> campaigns) {

    /**
     * How the site presents itself in a browser's tab and bar.
     *
     * @param favicon    a file under the content folder (its path there, e.g. {@code images/icon.svg}), or "" for the default
     * @param themeColor {@code #rrggbb}, or "" for the default light and dark colours
     */
    public record Look(String favicon, String themeColor) {

        public static final Look DEFAULT = new Look("", "");

        public Look {
            Objects.requireNonNull(favicon, "favicon");
            Objects.requireNonNull(themeColor, "themeColor");
        }
    }

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
        Objects.requireNonNull(look, "look");
        campaigns = List.copyOf(campaigns);
    }

    /** The same configuration with warnings failing the build, whatever site.yml says. */
    public SiteConfig strict() {
        return new SiteConfig(
                title,
                baseUrl,
                mission,
                repository,
                contentDir,
                templatesDir,
                assetsDir,
                rawHtml,
                schema,
                severityPolicy.strictly(),
                limits,
                look,
                freeOwners,
                campaigns);
    }
}
