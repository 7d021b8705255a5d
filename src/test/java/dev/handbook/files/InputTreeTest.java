package dev.handbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTreeTest {

    @TempDir
    Path dir;

    @Test
    void specialFilesAreRefusedByKindAndRegularFilesListed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path page = Files.writeString(root.resolve("page.md"), "# Page\n");
        Path pipe = root.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "no mkfifo");
        Path socket = root.resolve("socket.md");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Map<String, String> refused = new TreeMap<>();
            InputTree tree = InputTree.of(root, "content");
            tree.walk(new InputTree.Visitor() {
                @Override
                public void file(Path file, BasicFileAttributes attributes) {}

                @Override
                public void refused(Path entry, InputTree.Refusal refusal) {
                    synchronized (refused) {
                        refused.put(
                                root.relativize(entry).toString(),
                                refusal.rule().id() + ": " + refusal.message());
                    }
                }
            });
            assertEquals(
                    Map.of(
                            "pipe.md",
                            "special-file: this is a named pipe (FIFO), not a file; the build never opens "
                                    + "it: remove it",
                            "socket.md",
                            "special-file: this is a socket, not a file; the build never opens " + "it: remove it"),
                    refused);
            assertEquals(List.of(page), tree.files());
        }
    }

    @Test
    void aLinkIsFollowedOnlyToAFileInsideItsFolder() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path page = Files.writeString(root.resolve("page.md"), "# Page\n");
        Files.writeString(dir.resolve("outside.md"), "# Outside\n");
        Files.createDirectories(root.resolve("folder"));
        InputTree tree = InputTree.of(root, "content");
        Path inside = Files.createSymbolicLink(root.resolve("inside.md"), Path.of("page.md"));
        assertEquals(Optional.of(page.toRealPath()), tree.follow(inside).file());
        assertEquals(
                Optional.empty(),
                tree.follow(Files.createSymbolicLink(root.resolve("folder-link"), Path.of("folder")))
                        .file());
        assertEquals(
                dev.handbook.diag.Rule.UNSAFE_LINK,
                tree.follow(Files.createSymbolicLink(root.resolve("out.md"), Path.of("../outside.md")))
                        .refusal()
                        .orElseThrow()
                        .rule());
        assertEquals(
                "this symbolic link leads to `gone.md`, which does not exist; remove it or restore what it points "
                        + "at",
                tree.follow(Files.createSymbolicLink(root.resolve("dangling.md"), Path.of("gone.md")))
                        .refusal()
                        .orElseThrow()
                        .message());
        assertEquals(List.of(page), tree.files(), "links are never listed as files");
    }
}
