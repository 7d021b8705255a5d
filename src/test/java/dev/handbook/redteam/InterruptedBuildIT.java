package dev.handbook.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Trees;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code java -jar handbook.jar} ends its worker JVM too: a build stops without
 * publishing, a preview gives its port back.
 */
class InterruptedBuildIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    @Test
    void killingTheJarMidBuildEndsTheWorkerAndPublishesNothing() throws Exception {
        Path source = temp.resolve("handbook-3000");
        assertEquals(
                0,
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "bench/Generate.java",
                                "3000",
                                source.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        Path log = temp.resolve("build.log");
        assertEquals(
                0,
                RealJar.run(source, log, Map.of(), "build", "--quiet", "--source", source.toString()),
                Files.readString(log));
        Path target = source.resolve("target");
        Map<String, String> lastSite = WrittenFiles.of(target.resolve("site"));
        // the next build renders every page again (a few seconds) and would publish a changed home page
        Files.delete(target.resolve(".site.cache"));
        Files.writeString(source.resolve("content/index.md"), "# Changed\n\nThis build is killed.\n");

        Process jar = RealJar.start(source, log, Map.of(), "build", "--quiet", "--source", source.toString());
        ProcessHandle worker = RealJar.worker(jar);
        RealJar.await(
                () -> Files.isDirectory(target.resolve(".site.staging")) || !RealJar.running(worker),
                Duration.ofSeconds(60),
                "the worker starts baking into its staging folder");
        assertTrue(RealJar.running(worker), "killed mid-build, not after it");
        jar.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
        jar.waitFor();

        RealJar.await(() -> !RealJar.running(worker), PROMPTLY, "the orphaned worker ends");
        assertEquals(lastSite, WrittenFiles.of(target.resolve("site")), "nothing was published");
        assertFalse(Files.exists(target.resolve(".site.previous")));

        assertEquals(
                0,
                RealJar.run(source, log, Map.of(), "build", "--quiet", "--source", source.toString()),
                Files.readString(log));
        assertTrue(Files.readString(target.resolve("site/index.html")).contains("This build is killed."));
        assertFalse(Files.exists(target.resolve(".site.staging")), "the next build cleaned up");
    }

    @Test
    void killingTheJarThatServesEndsTheWorkerAndGivesThePortBack() throws Exception {
        Path source = Trees.copy(Path.of("src/test/resources/handbooks/only-content"), temp.resolve("handbook"));
        Path log = temp.resolve("serve.log");
        Process jar = RealJar.start(source, log, Map.of(), "serve", "--source", source.toString(), "--port", "0");
        ProcessHandle worker = RealJar.worker(jar);
        Pattern serving = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
        RealJar.await(
                () -> serving.matcher(read(log)).find() || !jar.isAlive(),
                Duration.ofSeconds(60),
                "the preview serves");
        Matcher port = serving.matcher(read(log));
        assertTrue(port.find(), read(log));
        URI home = URI.create("http://127.0.0.1:" + port.group(1) + "/");
        HttpURLConnection connection = (HttpURLConnection) home.toURL().openConnection();
        assertEquals(200, connection.getResponseCode());
        connection.disconnect();

        jar.destroyForcibly();
        jar.waitFor();

        RealJar.await(() -> !RealJar.running(worker), PROMPTLY, "the orphaned preview ends");
        int number = Integer.parseInt(port.group(1));
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", number).close(), "the port is free again");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }
}
