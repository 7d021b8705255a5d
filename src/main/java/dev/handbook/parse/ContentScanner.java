package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Lists the content folder. Hidden files are skipped; links that lead outside the folder are refused. */
public final class ContentScanner {

    public ContentFiles scan(Path contentDir, String contentDirName, Diagnostics diagnostics) {
        List<String> pages = new ArrayList<>();
        Set<String> files = new HashSet<>();
        Path realRoot = realPath(contentDir);
        try (Stream<Path> walk = Files.walk(contentDir)) {
            walk.filter(path -> !path.equals(contentDir))
                    .filter(path -> !isHidden(contentDir.relativize(path)))
                    .forEach(path -> {
                        String relative = toSlashes(contentDir.relativize(path));
                        if (Files.isSymbolicLink(path) && !realPath(path).startsWith(realRoot)) {
                            diagnostics.error(contentDirName + "/" + relative, Position.START, "unsafe-link",
                                    "this symbolic link leads outside the content folder and is ignored; "
                                            + "copy the file in instead");
                        } else if (Files.isRegularFile(path)) {
                            (relative.endsWith(".md") ? pages : files).add(relative);
                            if (relative.endsWith(".md")) {
                                files.add(relative);
                            }
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(contentDirName, Position.START, "io", "the content folder cannot be read: " + e.getMessage());
        }
        pages.sort(null);
        return new ContentFiles(pages, files);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String toSlashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
