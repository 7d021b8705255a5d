package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders of one bake, each made once however many threads write into it: ten thousand
 * pages share a handful of folders, and asking the file system for each one every time adds up.
 * A thread that needs a folder another thread is making waits until it exists.
 */
final class MadeFolders {

    private final ConcurrentHashMap<Path, Boolean> made = new ConcurrentHashMap<>();

    void ensure(Path folder) throws IOException {
        try {
            made.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
