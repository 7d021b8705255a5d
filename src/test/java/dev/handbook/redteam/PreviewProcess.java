package dev.handbook.redteam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code handbook serve} in a process of its own, as a user starts it, so an attack can count what
 * the server holds (open descriptors and threads, from /proc) and read what it prints.
 */
final class PreviewProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving http://([^/]+):(\\d+)/ ");

    private final Process process;
    private final List<String> log;
    private final int port;

    private PreviewProcess(Process process, int port, List<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the preview of {@code source} on a free loopback port and waits until it serves. */
    static PreviewProcess start(Path source) throws IOException, InterruptedException {
        return start(source, List.of());
    }

    /** @param jvmOptions options for the preview's JVM, such as a system property */
    static PreviewProcess start(Path source, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "dev.handbook.cli.Main",
                "serve",
                "--source",
                source.toString(),
                "--port",
                "0",
                "--today",
                "2026-11-21"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<Integer> port = new ArrayBlockingQueue<>(1);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, lines, port), "preview-log");
        reader.setDaemon(true);
        reader.start();
        Integer found = port.poll(60, TimeUnit.SECONDS);
        if (found == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the preview did not start: " + lines);
        }
        return new PreviewProcess(process, found, lines);
    }

    private static void read(Process process, List<String> lines, BlockingQueue<Integer> port) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    port.offer(Integer.parseInt(serving.group(2)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    int port() {
        return port;
    }

    /** Everything the preview printed so far. */
    List<String> log() {
        return List.copyOf(log);
    }

    /** The descriptors the preview holds open (sockets, files, pipes). */
    long openDescriptors() throws IOException {
        try (var entries = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return entries.count();
        }
    }

    /** The preview's live threads, as the kernel counts them. */
    long threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.substring("Threads:".length()).trim());
            }
        }
        throw new IllegalStateException("no thread count for " + process.pid());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
