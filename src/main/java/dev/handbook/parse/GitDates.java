package dev.handbook.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed according to git: one {@code git log} for the whole folder,
 * so a large handbook costs one process, not one per page. Empty outside a repository or without git.
 */
final class GitDates {

    private GitDates() {}

    /** Content-relative path to the time of the newest commit that touched it. */
    static Map<String, Instant> of(Path contentDir) {
        ProcessBuilder builder = new ProcessBuilder(
                "git",
                "-c",
                "core.quotePath=false",
                "-C",
                contentDir.toString(),
                "log",
                "--format=%x00%ct",
                "--name-only",
                "--relative",
                "--no-renames",
                "--",
                ".");
        builder.redirectErrorStream(false);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, Instant> dates = new HashMap<>();
        try {
            Process process = builder.start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                read(out, dates);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Map.of();
            }
            return dates;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static void read(BufferedReader out, Map<String, Instant> dates) throws IOException {
        Instant commit = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("\0")) {
                commit = Instant.ofEpochSecond(Long.parseLong(line.substring(1).trim()));
            } else if (!line.isBlank() && commit != null) {
                dates.putIfAbsent(line.trim(), commit);
            }
        }
    }
}
