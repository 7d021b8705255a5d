package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A procfs mounted inside content/ and a sysfs inside assets/: their files look like regular
 * files (procfs lists them as empty, sysfs as 4096 bytes) but the kernel makes them up as they
 * are read, and /proc/PID/environ holds the build's environment. Mounting needs a private mount
 * namespace, so each build runs in a child JVM under {@code unshare}; where the machine does not
 * allow one the test is skipped, saying so.
 */
class PseudoFileSystemMountTest {

    private static final String TOKEN = "HANDBOOK_REDTEAM_TOKEN";

    @TempDir
    Path temp;

    @Test
    void nothingOfAMountedProcOrSysFileSystemIsReadOrPublished() throws Exception {
        assumeTrue(unshareWorks(), "unshare cannot make a mount namespace here: the mount attack is not tried");
        AttackedHandbook handbook = AttackedHandbook.in(temp);
        Path proc = Files.createDirectories(handbook.source().resolve("content/proc"));
        Path sys = Files.createDirectories(handbook.source().resolve("assets/sys"));
        String secret = "token-" + UUID.randomUUID();
        handbook.snapshot();
        Child build = build(handbook, proc, sys, secret);
        assertEquals(1, build.exitCode, build.output);
        assertEquals(
                List.of(
                        "assets/sys:1:1: error: this is part of a sysfs file system, which the kernel makes up as "
                                + "it is read, not a file of the handbook; the build never opens it [special-file]",
                        "content/proc:1:1: error: this is part of a proc file system, which the kernel makes up as it is read, "
                                + "not a file of the handbook; the build never opens it [special-file]",
                        "2 errors, 0 warnings in 0 of 5 pages"),
                build.output.lines().toList());
        Files.writeString(handbook.source().resolve("site.yml"), "severity: {special-file: warning}\n");
        handbook.snapshot();
        Child warned = build(handbook, proc, sys, secret);
        assertEquals(0, warned.exitCode, warned.output);
        assertFalse(Files.exists(handbook.site().resolve("proc")));
        assertFalse(Files.exists(handbook.site().resolve("sys")));
        assertFalse(handbook.published(secret), "the build's environment was published");
        handbook.assertNothingWrittenOutsideTheOutput();
        handbook.assertSecretNotPublished();
    }

    private record Child(int exitCode, String output) {}

    /** {@code handbook build} in a child JVM that sees proc mounted at {@code proc} and sysfs at {@code sys}. */
    private Child build(AttackedHandbook handbook, Path proc, Path sys, String secret) throws Exception {
        String script = "mount -t proc proc \"$1\" && mount -t sysfs sysfs \"$2\" && shift 2 && exec \"$@\"";
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "-rmpfn",
                "sh",
                "-c",
                script,
                "sh",
                proc.toString(),
                sys.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.handbook.cli.Main",
                "build",
                "--quiet",
                "--source",
                handbook.source().toString(),
                "--output",
                handbook.site().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(TOKEN, secret);
        builder.environment().put("HANDBOOK_RELAUNCH", "false");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Child(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Whether a child may mount procfs and sysfs in namespaces of its own (root, or user namespaces allowed). */
    private boolean unshareWorks() throws InterruptedException {
        try {
            Path proc = Files.createDirectories(temp.resolve("probe/proc"));
            Path sys = Files.createDirectories(temp.resolve("probe/sys"));
            Process process = new ProcessBuilder(
                            "unshare",
                            "-rmpfn",
                            "sh",
                            "-c",
                            "mount -t proc proc \"$1\" && mount -t "
                                    + "sysfs sysfs \"$2\" && test -e \"$1/self\" && test -e \"$2/kernel\"",
                            "sh",
                            proc.toString(),
                            sys.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
