package dev.handbook.browser;

import dev.handbook.testing.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A baked site served on 127.0.0.1 and one headless Chromium looking at it, for the tests of one
 * class: registered as a static {@code @RegisterExtension} field, it asks {@link RequiredTool} for
 * Chromium and chromedriver, serves the site and starts the browser before the class's
 * {@code @BeforeAll} methods, and quits the browser and stops the server after its
 * {@code @AfterAll} ones.
 */
final class ServedBrowser implements BeforeAllCallback, AfterAllCallback {

    private final String purpose;
    private final Path screenshots;
    private final Supplier<Path> site;
    private Path served;
    private Path profile;
    private LoopbackSiteServer server;
    private BrowserSession browser;

    /**
     * @param purpose what runs in the browser, for the message when it is missing
     * @param site the baked site, asked for once, after the browser is known to be there
     */
    ServedBrowser(String purpose, Path screenshots, Supplier<Path> site) {
        this.purpose = purpose;
        this.screenshots = screenshots;
        this.site = site;
    }

    /** The repository's own handbook, baked into a fresh folder under target/ named {@code prefix...}. */
    static Path ownHandbookUnderTarget(String prefix) {
        try {
            return OwnHandbook.bake(Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        RequiredTool.require(
                HeadlessChromium.isInstalled(),
                HeadlessChromium.BROWSER + " and " + HeadlessChromium.DRIVER + " (" + purpose + ")");
        served = site.get();
        server = LoopbackSiteServer.serve(served);
        profile = Files.createTempDirectory("chromium-profile-");
        browser = new BrowserSession(HeadlessChromium.start(profile), server.baseUrl(), screenshots);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (browser != null) {
                browser.driver().quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (profile != null) {
                delete(profile);
            }
        }
    }

    Path site() {
        return served;
    }

    LoopbackSiteServer server() {
        return server;
    }

    BrowserSession browser() {
        return browser;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
