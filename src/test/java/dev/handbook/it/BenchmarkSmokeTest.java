package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark cannot rot: a tiny run (N = 200, one repetition) of the generator and the timing
 * harness, checking that it completes and prints its table. It asserts no time.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path temp;

    @Test
    void generatedHandbookChecksClean() throws Exception {
        Path source = temp.resolve("handbook-200");
        assertEquals(0, java("bench/Generate.java", "200", source.toString()));
        Fixtures.Run run = Fixtures.cli("check", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 211 pages"), run.errLines());
    }

    @Test
    void theOtherShapesCheckCleanToo() throws Exception {
        Path characteristics = temp.resolve("handbook-characteristics-200");
        assertEquals(0, java("bench/Generate.java", "200", characteristics.toString(), "characteristics"));
        Fixtures.Run many = Fixtures.cli("check", "--source", characteristics.toString());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 51 pages"), many.errLines());
        // a steady product holds all 200 characteristics of site.yml, a loop product the half required from loop
        assertEquals(200, ownKeys(characteristics.resolve("content/products/product-3.md")));
        assertEquals(100, ownKeys(characteristics.resolve("content/products/product-2.md")));
        Path guides = temp.resolve("handbook-guides-200");
        assertEquals(0, java("bench/Generate.java", "200", guides.toString(), "guides"));
        Fixtures.Run empty = Fixtures.cli("check", "--source", guides.toString());
        assertEquals(List.of("0 errors, 0 warnings in 0 of 201 pages"), empty.errLines());
    }

    @Test
    void theAnchorsShapeHasItsPlantedFindingsEachOneShortLine() throws Exception {
        Path anchors = temp.resolve("handbook-anchors-3");
        assertEquals(0, java("bench/Generate.java", "3", anchors.toString(), "anchors"));
        Fixtures.Run run = Fixtures.cli("check", "--source", anchors.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.errLines();
        assertEquals("2700 errors, 0 warnings in 3 of 3 pages", lines.get(lines.size() - 1));
        assertEquals(
                "content/api/part-0.md:15:56: error: `part-1.md#member-1-x1`: `api/part-1.md` has no anchor "
                        + "`#member-1-x1` (did you mean `member-1-1`?) [broken-link]",
                lines.get(0));
        assertTrue(lines.stream().allMatch(line -> line.length() < 300), lines.get(0));
    }

    @Test
    void harnessPrintsItsTable() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "GNU time is installed by .ci/run");
        boolean hugo = Files.isExecutable(Path.of("/usr/bin/hugo"));
        Path log = temp.resolve("harness.txt");
        List<String> args = new java.util.ArrayList<>(List.of(
                "bench/Harness.java",
                "--sizes",
                "200",
                "--runs",
                "1",
                "--cp",
                System.getProperty("java.class.path"),
                "--work",
                temp.resolve("work").toString()));
        if (!hugo) {
            args.add("--no-hugo");
        }
        assertEquals(0, java(log, args.toArray(String[]::new)));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(output.contains("| N | check | build | rebuild (nothing changed) | Hugo | build/Hugo |"), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("| 200 | ")), output);
    }

    private static long ownKeys(Path page) throws IOException {
        return Files.readString(page)
                .lines()
                .filter(line -> line.matches("c[0-9]+: .*"))
                .count();
    }

    private static int java(String... args) throws IOException, InterruptedException {
        return java(null, args);
    }

    private static int java(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(
                log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
