package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn package} writes target/handbook, the command README's install recipe puts on the PATH. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target/handbook").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theLauncherRunsTheJarBesideIt() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "mvn package writes an executable target/handbook");
        Result version = run(LAUNCHER, "--version");
        assertEquals(0, version.code(), version.output());
        assertTrue(version.output().startsWith("handbook "), version.output());
    }

    @Test
    void aLinkToTheLauncherOnThePathWorksFromAnyFolder() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("handbook"), LAUNCHER);
        Path source = Fixtures.copy("one-product", temp);
        Result check = run(link, "check", "--source", source.toString());
        assertEquals(0, check.code(), check.output());
        assertEquals(
                List.of("0 errors, 0 warnings in 0 of 1 page"),
                check.output().lines().toList());
        assertEquals(
                2,
                run(link, "check", "--source", temp.resolve("nowhere").toString())
                        .code());
    }

    private record Result(int code, String output) {}

    private Result run(Path command, String... args) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(command.toString()));
        line.addAll(List.of(args));
        Process process = new ProcessBuilder(line)
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
        return new Result(process.exitValue(), output);
    }
}
