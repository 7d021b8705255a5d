package dev.handbook.validate;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.parse.ContentFiles;
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

    void check(List<ParsedPage> pagesInPathOrder, java.util.Set<String> files, String contentDirName, Diagnostics out) {
        Map<String, ParsedPage> byOutput = new HashMap<>();
        Map<String, ParsedPage> productsBySlug = new HashMap<>();
        Map<String, ParsedPage> teamsBySlug = new HashMap<>();
        files.stream()
                .filter(file -> !ContentFiles.isPage(file))
                .sorted()
                .forEach(file -> ReservedPaths.reservedFor(file)
                        .ifPresent(what -> out.error(
                                contentDirName + "/" + file,
                                Position.START,
                                Rule.RESERVED_ADDRESS,
                                "this file would be published at `" + file + "`, where the site publishes " + what
                                        + "; move or rename it")));
        for (ParsedPage page : pagesInPathOrder) {
            if (page.kind() != PageKind.HOME) {
                var reserved = ReservedPaths.reservedFor(page.outputPath());
                if (reserved.isPresent()) {
                    Position at = page.source()
                            .frontMatter()
                            .entry("slug")
                            .map(e -> e.keyPosition())
                            .orElse(Position.START);
                    out.error(
                            page.sourcePath(),
                            at,
                            Rule.RESERVED_ADDRESS,
                            "`" + page.sourcePath()
                                    + "` would be published at `" + page.outputPath() + "`, where the site publishes "
                                    + reserved.get() + "; give it another `slug:` or move it");
                    continue;
                }
            }
            ParsedPage earlier = byOutput.putIfAbsent(page.outputPath(), page);
            if (earlier != null) {
                report(
                        page,
                        "`" + page.sourcePath() + "` would be published at `" + page.outputPath()
                                + "`, the address of `" + earlier.sourcePath() + "`",
                        out);
                continue;
            }
            if (page.kind() == PageKind.TEAM) {
                slugOnce(page, teamsBySlug, "team", "owners and parents", out);
            }
            if (page.kind() == PageKind.PRODUCT) {
                slugOnce(page, productsBySlug, "product", "interfaces", out);
            }
        }
    }

    /** Reports a page whose slug an earlier page of its kind has taken already. */
    private static void slugOnce(
            ParsedPage page, Map<String, ParsedPage> bySlug, String kind, String namers, Diagnostics out) {
        ParsedPage twin = bySlug.putIfAbsent(page.source().slug(), page);
        if (twin != null) {
            report(
                    page,
                    "the " + kind + " slug `" + page.source().slug() + "` is already taken by `" + twin.sourcePath()
                            + "`, so " + namers + " could not tell them apart",
                    out);
        }
    }

    private static void report(ParsedPage page, String message, Diagnostics out) {
        Position at = page.source()
                .frontMatter()
                .entry("slug")
                .map(e -> e.keyPosition())
                .orElse(Position.START);
        out.error(page.sourcePath(), at, Rule.DUPLICATE_SLUG, message + "; give one of them another `slug:`");
    }
}
