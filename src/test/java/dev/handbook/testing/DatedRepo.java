package dev.handbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A throw-away git repository whose commits carry the dates a test gives them (JGit, no git binary). */
public final class DatedRepo implements AutoCloseable {

    private static final PersonIdent WHO = new PersonIdent("Test Writer", "writer@example.org");

    private final Git git;
    private final Path root;

    private DatedRepo(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    public static DatedRepo init(Path root) {
        try {
            return new DatedRepo(
                    Git.init()
                            .setDirectory(root.toFile())
                            .setInitialBranch("main")
                            .call(),
                    root);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DatedRepo open(Path root) {
        try {
            return new DatedRepo(Git.open(root.toFile()), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Copies a folder's files over the work tree. */
    public DatedRepo overlay(Path folder) {
        Trees.copy(folder, root);
        return this;
    }

    public DatedRepo move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A commit that changes no file. */
    public String commitEmpty(LocalDate day, String message) {
        PersonIdent when = at(day);
        try {
            return git.commit()
                    .setMessage(message)
                    .setAuthor(when)
                    .setCommitter(when)
                    .setAllowEmpty(true)
                    .call()
                    .name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PersonIdent at(LocalDate day) {
        return new PersonIdent(WHO, day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Commits every change of the work tree (deletions too) on that day, at noon UTC; its id. */
    public String commit(LocalDate day, String message) {
        PersonIdent when = at(day);
        try {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(when)
                    .setCommitter(when)
                    .call();
            return commit.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
