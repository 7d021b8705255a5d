package dev.handbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One in-process {@code handbook check}: its exit code and what it printed on each stream. */
record CheckRun(int exitCode, String out, String err) {

    /** Runs {@code check --source SOURCE --today TODAY} plus the given options. */
    static CheckRun check(Path source, String today, String... options) {
        List<String> args =
                new java.util.ArrayList<>(List.of("check", "--source", source.toString(), "--today", today));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));
        return new CheckRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A fixture handbook from the test resources (e.g. {@code checks/strict-warnings}), copied under {@code temp}. */
    static Path fixture(String resource, Path temp) {
        try {
            Path source = Path.of(CheckRun.class.getResource("/" + resource).toURI());
            return copyTree(source, temp.resolve(source.getFileName().toString()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path copyTree(Path source, Path target) {
        return dev.handbook.testing.Trees.copy(source, target);
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
