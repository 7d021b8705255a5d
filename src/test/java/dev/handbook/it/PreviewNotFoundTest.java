package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.serve.LivePreview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview answers an address the site does not have with the site's own 404 page, when it has one. */
class PreviewNotFoundTest {

    @TempDir
    Path temp;

    @Test
    void aMissingPageShowsTheSites404Page() throws Exception {
        Path source = Fixtures.copy("one-product", temp);
        Files.writeString(source.resolve("content/404.md"), "---\ntitle: Lost at sea\n---\n\nThis page drifted away.\n");
        String body = notFound(source);
        assertTrue(body.contains("This page drifted away."), body);
    }

    @Test
    void withoutOneItSaysNotFound() throws Exception {
        assertEquals("Not found\n", notFound(Fixtures.copy("one-product", temp)));
    }

    private static String notFound(Path source) throws IOException, Exception {
        try (LivePreview preview = new LivePreview(source, "127.0.0.1", 0, LocalDate.of(2026, 11, 21),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            HttpURLConnection connection = (HttpURLConnection) URI.create(preview.address() + "no/such/page.html").toURL()
                    .openConnection();
            assertEquals(404, connection.getResponseCode());
            try (InputStream in = connection.getErrorStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
