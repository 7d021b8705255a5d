package dev.handbook.render;

import java.util.Locale;
import java.util.Objects;

/**
 * One HTML page of the site, planned before anything is rendered.
 *
 * @param outputPath site-relative path, e.g. owners/platform-team.html
 * @param key        what the page is about: a content path, an owner's name, a listing page number
 */
public record SitePage(Kind kind, String outputPath, String key) {

    /** The kinds of page; each is rendered by the template of its name ({@code product.ftlh}, ...). */
    public enum Kind {
        HOME,
        PRODUCT,
        GUIDE,
        TEAM,
        PRODUCTS,
        DASHBOARD,
        MATRIX,
        OWNER,
        MAP,
        SEARCH,
        TAGS,
        TAG,
        CAMPAIGN,
        NOT_FOUND;

        public String templateName() {
            return typeName() + ".ftlh";
        }

        /** The JBake document type of such pages. */
        public String typeName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SitePage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(key, "key");
    }
}
