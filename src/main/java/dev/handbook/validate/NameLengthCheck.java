package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedPage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code name-too-long}: a page whose published file would have a longer name than file systems
 * allow (255 bytes on Linux and macOS): its slug plus {@code .html}, and for a product also its
 * Backstage file, {@code SLUG.catalog-info.yaml}. A source name of 250 bytes is fine as a guide
 * but too long for a product. Without this, the check passes and the build fails half-way.
 */
final class NameLengthCheck {

    static final int MAX_NAME_BYTES = 255;
    private static final String BACKSTAGE_SUFFIX = ".catalog-info.yaml";

    void check(List<ParsedPage> pages, Diagnostics out) {
        for (ParsedPage page : pages) {
            String slug = page.source().slug();
            String longest = page.kind() == PageKind.PRODUCT ? slug + BACKSTAGE_SUFFIX : slug + ".html";
            int bytes = longest.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                Position at = page.source()
                        .frontMatter()
                        .entry("slug")
                        .map(e -> e.keyPosition())
                        .orElse(Position.START);
                out.error(
                        page.sourcePath(),
                        at,
                        Rule.NAME_TOO_LONG,
                        "the site would hold a file named `"
                                + abbreviated(longest) + "`, " + bytes + " bytes long, and file systems allow "
                                + MAX_NAME_BYTES + "; shorten the file name or give the page a shorter `slug:`");
            }
        }
    }

    private static String abbreviated(String name) {
        int points = name.codePointCount(0, name.length());
        return points <= 40
                ? name
                : name.substring(0, name.offsetByCodePoints(0, 16)) + "..."
                        + name.substring(name.offsetByCodePoints(name.length(), -24));
    }
}
