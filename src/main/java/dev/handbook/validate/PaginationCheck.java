package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Rule;
import dev.handbook.parse.PageOptions;
import dev.handbook.parse.ParsedPage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code broken-link}: a {@code pagination_next} or {@code pagination_prev} that names no page by
 * its Docusaurus doc id (Docusaurus stops its build on one too).
 */
final class PaginationCheck {

    void check(List<ParsedPage> pages, Diagnostics out) {
        List<ParsedPage> asking = pages.stream().filter(PaginationCheck::asks).toList();
        if (asking.isEmpty()) {
            return;
        }
        Set<String> ids = pages.stream().map(page -> page.source().docId()).collect(Collectors.toSet());
        for (ParsedPage page : asking) {
            PageOptions options = page.source().header().options();
            report(page, "pagination_next", options.next(), ids, out);
            report(page, "pagination_prev", options.previous(), ids, out);
        }
    }

    private static boolean asks(ParsedPage page) {
        PageOptions options = page.source().header().options();
        return named(options.next()) || named(options.previous());
    }

    private static boolean named(String neighbour) {
        return !neighbour.equals(PageOptions.DEFAULT) && !neighbour.equals(PageOptions.NONE);
    }

    private static void report(ParsedPage page, String key, String id, Set<String> ids, Diagnostics out) {
        if (named(id) && !ids.contains(id)) {
            out.error(
                    page.sourcePath(),
                    page.source().frontMatter().get(key).orElseThrow().position(),
                    Rule.BROKEN_LINK,
                    "`" + key + ": " + id + "` names no page; a page's doc id is its path from "
                            + "the content folder without the extension, or its folder and its `id:`");
        }
    }
}
