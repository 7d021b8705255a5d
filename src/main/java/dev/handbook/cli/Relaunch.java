package dev.handbook.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
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
    static final List<String> JVM_OPTIONS = List.of(
            "-Xmx768m",
            "-XX:+UseParallelGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=128m",
            "-XX:+DisableExplicitGC");

    private Relaunch() {}

    /** The child's exit code, or empty when this JVM should run the command itself. */
    static Optional<Integer> ifUseful(String[] args) {
        Optional<Path> jar = jar();
        if (jar.isEmpty()
                || System.getProperty(MARKER) != null
                || "false".equals(System.getenv("HANDBOOK_RELAUNCH"))
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(classDataOptions(jar.get()));
        command.add("-D" + MARKER + "=true");
        command.add("-D" + Lifeline.PROPERTY + "=" + Lifeline.STDIN);
        command.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            // standard input is the child's lifeline (see Lifeline): a pipe this process holds open,
            // never writing to it, until it ends (the shutdown hook keeps the Process, and so the pipe,
            // reachable until then)
            Process child = new ProcessBuilder(command)
                    .inheritIO()
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCode.USAGE.code);
        }
    }

    /**
     * The class-data archive that {@code mvn package} writes beside the jar (handbook.jsa): the
     * JVM maps the classes it lists instead of loading and verifying them, about a second of CPU
     * in a big build. The JVM checks the archive against itself and the jar and quietly ignores
     * one that does not match (another JDK, a rebuilt jar), so a stale archive costs nothing.
     */
    static List<String> classDataOptions(Path jar) {
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    private static Optional<Path> jar() {
        try {
            File location = new File(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.isFile() && location.getName().endsWith(".jar")
                    ? Optional.of(location.toPath())
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
