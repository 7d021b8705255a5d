package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.cli.Main;
import dev.handbook.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build writes is bounded: a file above {@code limits.file}, a site above its input times
 * {@code limits.site_ratio} plus {@code limits.site_allowance}, or a full disk ends the build with
 * one line, nothing published, no staging folder left and the last site byte for byte as it was.
 */
class OutputAttacksTest {

    private static final String UNCHANGED = "nothing was published; the previous site in %s is unchanged";
    /** a first build that fails has no previous site to keep */
    private static final String NO_SITE = "nothing was published; there is no site in %s yet";

    @TempDir
    Path temp;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            assertEquals(0, run("umount", mounted.toString()), "umount " + mounted);
        }
    }

    @Test
    void aTemplateThatNeverEndsStopsAtTheFileLimit() {
        Path source = copy("limit-endless-template");
        Map<String, String> before = WrittenFiles.of(source);
        Run build = build(source, source.resolve("target/site"));
        assertEquals(1, build.code());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 2 pages",
                        "error: guides/loop.html would be larger than 1 MiB, the most one "
                                + "file of the site may be; raise limits.file in site.yml if it really is that big [output]",
                        NO_SITE.formatted(source.resolve("target/site"))),
                build.errLines());
        assertNothingPublished(source, before);
    }

    @Test
    void aContentFileAboveTheLimitIsNotCopiedAndTheLastSiteStays() throws IOException {
        Path source = copy("limit-big-file");
        Path site = source.resolve("target/site");
        assertEquals(0, build(source, site).code());
        Map<String, String> lastSite = WrittenFiles.of(site);
        Files.createDirectories(source.resolve("content/downloads"));
        Files.write(source.resolve("content/downloads/manual.pdf"), randomBytes(50_000));
        Run build = build(source, site);
        assertEquals(1, build.code());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 1 page",
                        "error: downloads/manual.pdf would be larger than 40 KiB, the most one file of the site "
                                + "may be; raise limits.file in site.yml if it really is that big [output]",
                        UNCHANGED.formatted(site)),
                build.errLines());
        assertEquals(lastSite, WrittenFiles.of(site));
        assertNoStaging(source);
    }

    @Test
    void anAssetAboveTheLimitIsNotCopied() throws IOException {
        Path source = copy("limit-big-file");
        Files.createDirectories(source.resolve("assets/video"));
        Files.write(source.resolve("assets/video/intro.webm"), randomBytes(41 * 1024 + 1));
        Map<String, String> before = WrittenFiles.of(source);
        Run build = build(source, source.resolve("target/site"));
        assertEquals(1, build.code());
        assertEquals(
                "error: video/intro.webm would be larger than 40 KiB, the "
                        + "most one file of the site may be; raise limits.file in site.yml if it really is that big [output]",
                build.errLines().get(1));
        assertNothingPublished(source, before);
    }

    @Test
    void aSiteThatOutgrowsItsInputStops() throws IOException {
        Path source = copy("limit-site-ratio");
        long input = sizeOf(source.resolve("content")) + Files.size(source.resolve("site.yml"));
        Map<String, String> before = WrittenFiles.of(source);
        Run build = build(source, source.resolve("target/site"));
        assertEquals(1, build.code());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 3 pages",
                        "error: the site would grow beyond "
                                + dev.handbook.config.ByteSize.format(input + 1024)
                                + ", 1 times the " + input
                                + " B it is made from plus 1 KiB; raise limits.site_ratio or "
                                + "limits.site_allowance in site.yml if the handbook really makes a site that big [output]",
                        NO_SITE.formatted(source.resolve("target/site"))),
                build.errLines());
        assertNothingPublished(source, before);
    }

    @Test
    void aFullDiskEndsTheBuildWithOneLineAndLeavesTheLastSiteByteForByte() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        int mount = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString());
        if (mount != 0) {
            System.err.println("SKIPPED OutputAttacksTest.aFullDisk...: cannot mount a 2 MiB tmpfs here (mount exit "
                    + mount + "; it needs root or CAP_SYS_ADMIN); the disk-full case is untested on this machine");
        }
        assumeTrue(mount == 0, "a 2 MiB tmpfs can be mounted (root or CAP_SYS_ADMIN); disk-full case not run");
        mounted = disk;
        Path source = copy("disk-full");
        Path site = disk.resolve("site");
        Run first = build(source, site);
        assertEquals(0, first.code(), first.err());
        Map<String, String> lastSite = WrittenFiles.of(site);
        Files.createDirectories(source.resolve("content/downloads"));
        Files.write(source.resolve("content/downloads/dataset.bin"), randomBytes(3 << 20));

        Run full = build(source, site);
        assertEquals(1, full.code());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 1 page",
                        "error: no space left on the disk that holds " + disk + "; the build stopped and removed "
                                + "its staging folder [output]",
                        UNCHANGED.formatted(site)),
                full.errLines());
        assertEquals(lastSite, WrittenFiles.of(site));
        try (Stream<Path> left = Files.list(disk)) {
            assertEquals(
                    List.of(".site.lock", "site"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private void assertNothingPublished(Path source, Map<String, String> before) {
        assertFalse(Files.exists(source.resolve("target/site")), "no site was published");
        assertNoStaging(source);
        assertEquals(before, WrittenFiles.outside(source, "target"), "nothing outside the output was written");
    }

    private static void assertNoStaging(Path source) {
        assertFalse(Files.exists(source.resolve("target/.site.staging")), "the staging folder was removed");
        assertFalse(Files.exists(source.resolve("target/.site.previous")));
    }

    private Path copy(String fixture) {
        return Trees.copy(Path.of("src/test/resources/handbooks", fixture), temp.resolve(fixture));
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(19).nextBytes(bytes); // incompressible, whatever the file system does
        return bytes;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }

    private static Run build(Path source, Path output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "build",
                "--quiet",
                "--today",
                "2026-11-21",
                "--source",
                source.toString(),
                "--output",
                output.toString());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
