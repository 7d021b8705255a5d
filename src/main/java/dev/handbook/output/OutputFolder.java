package dev.handbook.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a folder may receive the site: never the source folder, a folder that holds
 * it, or one inside content/ or templates/, since publishing replaces the folder whole.
 */
public final class OutputFolder {

    private OutputFolder() {}

    /** Why the output folder is unsafe, or empty when it is fine. */
    public static Optional<String> problem(Path source, Path output, List<Path> protectedFolders) {
        Optional<String> unreachable = unreachable(output);
        if (unreachable.isPresent()) {
            return unreachable;
        }
        Path src = canonical(source);
        Path out = canonical(output);
        if (out.equals(src)) {
            return Optional.of("the output folder may not be the source folder " + source);
        }
        if (src.startsWith(out)) {
            return Optional.of("the output folder " + output + " contains the source folder; choose another");
        }
        for (Path folder : protectedFolders) {
            if (out.startsWith(canonical(folder))) {
                return Optional.of("the output folder " + output + " lies inside " + folder + "; choose another");
            }
        }
        return foreign(output);
    }

    /** A folder on the way to the output (or the output itself) that cannot be made: a link to nothing, or a file. */
    private static Optional<String> unreachable(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        for (Path at = absolute; at != null; at = at.getParent()) {
            if (Files.isSymbolicLink(at) && !Files.exists(at)) {
                return Optional.of("the output folder " + output + " cannot be made: " + at + " is a symbolic link "
                        + "that leads nowhere (to " + target(at)
                        + "); create what it points at, or choose another output");
            }
            if (!at.equals(absolute) && Files.exists(at) && !Files.isDirectory(at)) {
                return Optional.of("the output folder " + output + " cannot be made: " + at + " is a file, not a "
                        + "folder; choose another output");
            }
        }
        return Optional.empty();
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Publishing replaces the output whole: never a file, nor a folder of files handbook did not write. */
    private static Optional<String> foreign(Path output) {
        if (Files.isRegularFile(output)) {
            return Optional.of("the output " + output + " is a file; choose a folder");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(StagedOutput.MARKER)) && !isEmpty(output)) {
            return Optional.of("the output folder " + output + " holds files that handbook did not write, and a build "
                    + "replaces the whole folder; empty it or choose another");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path folder) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the longest existing ancestor, with the rest appended: links resolved, nothing created. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                existing = existing.getParent();
            }
        }
        return absolute;
    }
}
