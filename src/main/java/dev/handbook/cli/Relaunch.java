package dev.handbook.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the command in a second JVM tuned for a short, allocation-heavy batch job: a bounded heap
 * (so a 10,000-page handbook stays under 1 GiB), the throughput collector, and the quick
 * compiler only, which on two cores saves more compile time than it costs in run time. Only when
 * started as {@code java -jar handbook.jar} with no JVM options of the user's; never twice.
 */
final class Relaunch {

    static final String MARKER = "handbook.relaunched";
    static final List<String> JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=128m", "-XX:+DisableExplicitGC");

    private Relaunch() {
    }

    /** The child's exit code, or empty when this JVM should run the command itself. */
    static Optional<Integer> ifUseful(String[] args) {
        Optional<Path> jar = jar();
        if (jar.isEmpty() || System.getProperty(MARKER) != null || "false".equals(System.getenv("HANDBOOK_RELAUNCH"))
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-D" + MARKER + "=true");
        command.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCode.USAGE.code);
        }
    }

    private static Optional<Path> jar() {
        try {
            File location = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.isFile() && location.getName().endsWith(".jar") ? Optional.of(location.toPath())
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
