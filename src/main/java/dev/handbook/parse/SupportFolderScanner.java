package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Severity;
import dev.handbook.files.InputTree;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Looks over the folders beside content/ that a build reads, templates/ and assets/, for what
 * it will not read (a named pipe, a socket, a device, a mount of a pseudo file system; in templates/ a
 * link that leads out of it), so that a check reports what a build would pass over or fail on.
 * Hidden files are read from neither; links in assets/ are never published, so they are not
 * judged.
 */
public final class SupportFolderScanner {

    /** @param folderName how the folder is named relative to the source folder */
    public List<Diagnostic> templates(Path folder, String folderName) {
        return scan(InputTree.of(folder, "templates"), folderName, true);
    }

    /** @param folderName how the folder is named relative to the source folder */
    public List<Diagnostic> assets(Path folder, String folderName) {
        return scan(InputTree.of(folder, "assets"), folderName, false);
    }

    private static List<Diagnostic> scan(InputTree tree, String folderName, boolean followsLinks) {
        Queue<Diagnostic> found = new ConcurrentLinkedQueue<>();
        tree.walk(new InputTree.Visitor() {
            @Override
            public boolean enters(Path entry) {
                return !entry.getFileName().toString().startsWith(".");
            }

            @Override
            public void file(Path file, BasicFileAttributes attributes) {}

            @Override
            public void link(Path link) {
                if (followsLinks) {
                    tree.follow(link).refusal().ifPresent(refusal -> refused(link, refusal));
                }
            }

            @Override
            public void refused(Path entry, InputTree.Refusal refusal) {
                found.add(new Diagnostic(
                        folderName + "/" + ContentScanner.toSlashes(tree.root().relativize(entry)),
                        Position.START,
                        Severity.ERROR,
                        refusal.rule(),
                        refusal.message()));
            }
        });
        List<Diagnostic> diagnostics = new ArrayList<>(found);
        diagnostics.sort(Diagnostic.ORDER);
        return diagnostics;
    }
}
