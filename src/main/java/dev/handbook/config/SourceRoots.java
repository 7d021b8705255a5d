package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.files.InputTree;
import dev.handbook.files.SpecialFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source folder and the roots a build reads in it (site.yml, content/, templates/, assets/,
 * or the folders {@code paths:} names), each checked with its links resolved: a root must lie
 * inside the source folder, in no hidden folder, and be no special file. Git keeps symbolic
 * links, so without this a one-line pull request ({@code ln -s /etc assets}) would publish any
 * folder of the build machine. A root that is a link to a place inside the source is fine.
 */
final class SourceRoots {

    private final InputTree source;

    private SourceRoots(InputTree source) {
        this.source = source;
    }

    /** The source folder, refused when it is on a pseudo file system such as procfs. */
    static SourceRoots of(Path sourceDir) throws ConfigException {
        InputTree source = InputTree.of(sourceDir, "source");
        Optional<InputTree.Refusal> refusal = SpecialFiles.onPseudoFileSystem(source.realRoot());
        if (refusal.isPresent()) {
            throw new ConfigException(List.of(new Diagnostic(
                    Diagnostic.SETUP,
                    Position.START,
                    Severity.ERROR,
                    Rule.CONFIG,
                    "the source folder " + sourceDir + " (" + source.realRoot() + ") cannot be used: "
                            + refusal.get().message())));
        }
        return new SourceRoots(source);
    }

    /** Why the folder {@code relative} may not be read, or empty when it may be (or is not there). */
    Optional<String> folderProblem(String relative) {
        return problem(relative, true);
    }

    /** Why the file {@code relative} may not be read, or empty when it may be (or is not there). */
    Optional<String> fileProblem(String relative) {
        return problem(relative, false).or(() -> {
            Path path = source.root().resolve(relative);
            return Files.isDirectory(path)
                    ? Optional.of("`" + relative + "` is a folder, not a file; " + "make it the file or remove it")
                    : Optional.empty();
        });
    }

    private Optional<String> problem(String relative, boolean folder) {
        Path path = source.root().resolve(relative);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return Optional.of(unresolved(relative, path, e));
        }
        return placement(relative, path, real, folder).or(() -> kind(relative, real));
    }

    /** A link to nothing, or round in a loop. */
    private static String unresolved(String relative, Path path, IOException problem) {
        if (problem instanceof NoSuchFileException) {
            return describe(relative, path) + " `" + linkText(path) + "`, which does not exist; remove it or restore "
                    + "what it points at";
        }
        String reason = problem instanceof FileSystemException e && e.getReason() != null
                ? e.getReason()
                : problem.getMessage();
        return "`" + relative + "` "
                + (reason.startsWith("Too many levels of symbolic links")
                        ? "leads round in a loop of symbolic links; remove the loop"
                        : "cannot be followed: " + reason);
    }

    /** Outside the source folder, the source folder itself, or (for a folder) a hidden folder. */
    private Optional<String> placement(String relative, Path path, Path real, boolean folder) {
        Path realSource = source.realRoot();
        if (!real.startsWith(realSource) || real.equals(realSource)) {
            return Optional.of(describe(relative, path) + " " + real
                    + (real.equals(realSource) ? ", the source folder itself" : ", outside the source folder")
                    + "; a build reads only what lies inside the source folder, so copy the files in instead");
        }
        Path inside = realSource.relativize(real);
        if (folder && hidden(inside)) {
            return Optional.of(describe(relative, path) + " `" + slashes(inside) + "`, a hidden folder, whose files "
                    + "are never read or published; point it at a folder that is not hidden");
        }
        return Optional.empty();
    }

    /** A named pipe, a device, a mount of a pseudo file system. */
    private Optional<String> kind(String relative, Path real) {
        String inside = slashes(source.realRoot().relativize(real));
        String where = inside.equals(slashes(Path.of(relative).normalize())) ? "" : " (it leads to `" + inside + "`)";
        // "this is a named pipe ..." becomes "`site.yml` is a named pipe ..."
        return source.judge(real)
                .map(refusal -> "`" + relative + "`" + where
                        + (refusal.message().startsWith("this ")
                                ? refusal.message().substring(4)
                                : ": " + refusal.message()));
    }

    /** How the path reaches where it leads: itself a link, or through a folder that is one. */
    private static String describe(String relative, Path path) {
        return "`" + relative + "` "
                + (Files.isSymbolicLink(path) ? "is a symbolic link to" : "leads through a symbolic link to");
    }

    private static boolean hidden(Path inside) {
        for (Path part : inside) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
