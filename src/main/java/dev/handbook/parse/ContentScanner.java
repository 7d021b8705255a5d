package dev.handbook.parse;

import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists the content folder. Hidden files are skipped; links that lead outside the folder are refused. */
public final class ContentScanner {

    public ContentFiles scan(Path contentFolder, String contentDirName, Diagnostics diagnostics) {
        List<String> pages = new ArrayList<>();
        Set<String> files = new HashSet<>();
        // a content folder that is itself a link is walked where it leads
        Path realRoot = realPath(contentFolder);
        Path contentDir = realRoot;
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(contentDir) && isHidden(contentDir.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    Path relativePath = contentDir.relativize(path);
                    if (isHidden(relativePath)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = toSlashes(relativePath);
                    if (attributes.isSymbolicLink() && !realPath(path).startsWith(realRoot)) {
                        diagnostics.error(contentDirName + "/" + relative, Position.START, "unsafe-link",
                                "this symbolic link leads outside the content folder and is ignored; "
                                        + "copy the file in instead");
                    } else if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path)) {
                        files.add(relative);
                        if (relative.endsWith(".md")) {
                            pages.add(relative);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** An editor's temporary file can vanish between listing and reading: not an error. */
                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
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
