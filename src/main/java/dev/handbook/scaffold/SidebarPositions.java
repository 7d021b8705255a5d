package dev.handbook.scaffold;

import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.ContentScanner;
import dev.handbook.parse.PageHeader;
import dev.handbook.parse.PageParser;
import dev.handbook.parse.PageSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The {@code sidebar_position}s the pages of one content folder already take, read by the page parser. */
final class SidebarPositions {

    private final PageParser parser = new PageParser();

    /**
     * One more than the highest position in {@code contentDir/folder}, or 1 when no page there has one.
     * The pages are those a build would read (so a named pipe or a link out of the folder is never opened).
     */
    int next(Path contentDir, String contentDirName, String folder) {
        String prefix = folder + "/";
        List<String> pages = new ContentScanner()
                .scan(contentDir, contentDirName, new Diagnostics()).pages().stream()
                        .filter(page -> page.startsWith(prefix) && page.indexOf('/', prefix.length()) < 0)
                        .toList();
        return pages.stream()
                        .map(page -> position(contentDir, contentDirName, page))
                        .filter(Objects::nonNull)
                        .mapToInt(position -> (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(position)))
                        .max()
                        .orElse(0)
                + 1;
    }

    private Double position(Path contentDir, String contentDirName, String path) {
        return parser.parse(contentDir, path, contentDirName, new Diagnostics())
                .map(PageSource::header)
                .map(PageHeader::sidebarPosition)
                .orElse(null);
    }
}
