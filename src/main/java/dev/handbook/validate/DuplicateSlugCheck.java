package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.parse.PageKind;
import dev.handbook.parse.ParsedPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-slug}: two pages published at the same address, or two products answering to
 * the same slug. The later file in path order is reported, naming the earlier.
 */
final class DuplicateSlugCheck {

    void check(List<ParsedPage> pagesInPathOrder, Diagnostics out) {
        Map<String, ParsedPage> byOutput = new HashMap<>();
        Map<String, ParsedPage> productsBySlug = new HashMap<>();
        for (ParsedPage page : pagesInPathOrder) {
            ParsedPage earlier = byOutput.putIfAbsent(page.outputPath(), page);
            if (earlier != null) {
                report(page, "`" + page.sourcePath() + "` would be published at `" + page.outputPath()
                        + "`, the address of `" + earlier.sourcePath() + "`", out);
                continue;
            }
            if (page.kind() == PageKind.PRODUCT) {
                ParsedPage twin = productsBySlug.putIfAbsent(page.source().slug(), page);
                if (twin != null) {
                    report(page, "the product slug `" + page.source().slug() + "` is already taken by `"
                            + twin.sourcePath() + "`, so interfaces could not tell them apart", out);
                }
            }
        }
    }

    private static void report(ParsedPage page, String message, Diagnostics out) {
        Position at = page.source().frontMatter().entry("slug").map(e -> e.keyPosition()).orElse(Position.START);
        out.error(page.sourcePath(), at, Rule.DUPLICATE_SLUG.id(), message + "; give one of them another `slug:`");
    }
}
