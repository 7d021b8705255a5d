package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@code java -jar target/handbook.jar} as a user starts it, in its own process: the jar relaunches
 * itself in a worker JVM, which only a real process shows. Failsafe passes the jar's path after
 * {@code mvn package} built it.
 */
final class RealJar {

    private RealJar() {}

    static Path jar() {
        Path jar = Path.of(System.getProperty("handbook.jar", "target/handbook.jar"));
        assumeTrue(Files.isRegularFile(jar), "target/handbook.jar is built by mvn package before the *IT tests run");
        return jar;
    }

    /** Starts the jar with these arguments in a folder, its output and errors going to one log file. */
    static Process start(Path folder, Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("HANDBOOK_RELAUNCH");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The worker JVM the jar started, once it is there. */
    static ProcessHandle worker(Process jar) {
        await(
                () -> jar.toHandle().children().findAny().isPresent() || !jar.isAlive(),
                Duration.ofSeconds(30),
                "the jar starts its worker");
        Optional<ProcessHandle> worker = jar.toHandle().children().findAny();
        assertTrue(worker.isPresent(), "the jar relaunched itself in a worker JVM");
        return worker.get();
    }

    /**
     * Whether a process still runs, any thread of it. A process whose parent died is adopted by pid
     * 1, which may never reap it (a container's init often does not): a zombie has ended, though
     * ProcessHandle.isAlive still says yes. And a process's first thread may be a zombie while its
     * other threads are still on their way out, holding its files and sockets: each thread counts.
     */
    static boolean running(ProcessHandle process) {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            return process.isAlive();
        }
        try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
            return threads.anyMatch(thread -> running(thread.resolve("stat")));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // gone
        }
    }

    private static boolean running(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.US_ASCII);
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false; // that thread is gone
        }
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Runs the jar to its end and returns its exit code. */
    static int run(Path folder, Path log, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Process process = start(folder, log, environment, args);
        if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("handbook.jar " + String.join(" ", args) + " did not end");
        }
        return process.exitValue();
    }
}
