package dev.handbook.serve;

import dev.handbook.files.FileTree;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the folders a handbook is made of (and every folder below them, including new ones)
 * and says when something changed, after a short quiet period so a burst of saves is one change.
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 120;

    private final WatchService watcher;
    private final List<Path> roots;
    private final Path file;

    /**
     * @param roots folders watched with everything below them
     * @param file  a single file (site.yml) whose folder is watched for that file alone, since the
     *              folder also holds target/, which every build writes
     */
    SourceWatcher(List<Path> roots, Path file) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.roots = List.copyOf(roots);
        this.file = file;
        for (Path root : this.roots) {
            registerTree(root);
        }
        file.getParent()
                .register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** Blocks until something relevant changed, then returns; false when the watcher was closed. */
    boolean awaitChange() throws InterruptedException {
        try {
            boolean changed = false;
            while (!changed) {
                changed = drain(watcher.take());
            }
            for (WatchKey more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    more != null;
                    more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                drain(more);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private boolean drain(WatchKey key) {
        boolean fileFolder = key.watchable().equals(file.getParent());
        boolean relevant = key.pollEvents().stream()
                .anyMatch(event -> !fileFolder || file.getFileName().equals(event.context()));
        key.reset();
        roots.forEach(this::registerTreeQuietly);
        return relevant;
    }

    private void registerTreeQuietly(Path root) {
        try {
            registerTree(root);
        } catch (IOException e) {
            // a folder that vanished between the walk and its registration is simply not watched
        }
    }

    /** Registering a folder twice is harmless: the watch service returns the same key. */
    private void registerTree(Path root) throws IOException {
        for (Path folder : FileTree.folders(root)) {
            if (Files.isDirectory(folder)) {
                folder.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
