package dev.handbook.scaffold;

import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.PageHeader;
import dev.handbook.parse.PageParser;
import dev.handbook.parse.PageSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The {@code sidebar_position}s the pages of one content folder already take, read by the page parser. */
final class SidebarPositions {

    private final PageParser parser = new PageParser();

    /** One more than the highest position in {@code contentDir/folder}, or 1 when no page there has one. */
    int next(Path contentDir, String contentDirName, String folder) throws IOException {
        Path dir = contentDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return 1;
        }
        List<Path> pages;
        try (Stream<Path> list = Files.list(dir)) {
            pages = list.filter(Files::isRegularFile).filter(SidebarPositions::isPage).toList();
        }
        return pages.stream().map(page -> position(contentDir, contentDirName, folder + "/" + page.getFileName()))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    private Integer position(Path contentDir, String contentDirName, String path) {
        return parser.parse(contentDir, path, contentDirName, new Diagnostics()).map(PageSource::header)
                .map(PageHeader::sidebarPosition).orElse(null);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".");
    }
}
