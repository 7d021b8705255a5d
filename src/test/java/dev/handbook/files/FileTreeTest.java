package dev.handbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryRegularFileBelowTheRootInPathOrder() throws IOException {
        List<Path> expected = new ArrayList<>();
        for (int folder = 0; folder < 5; folder++) {
            for (int file = 0; file < 40; file++) {
                expected.add(write(dir.resolve("f" + folder + "/deeper/p" + file + ".md")));
            }
        }
        expected.add(write(dir.resolve(".hidden/kept.md")));
        expected.add(write(dir.resolve("top.md")));
        expected.sort(null);
        assertEquals(expected, FileTree.files(dir));
        Map<Path, BasicFileAttributes> handed = new ConcurrentHashMap<>();
        FileTree.forEachFile(dir, (file, attributes) -> {
            assertTrue(attributes.isRegularFile());
            handed.put(file, attributes);
        });
        List<Path> sorted = new ArrayList<>(handed.keySet());
        sorted.sort(null);
        assertEquals(expected, sorted);
        assertEquals(12, handed.get(dir.resolve("top.md")).size());
    }

    @Test
    void linksBelowTheRootAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        write(outside.resolve("secret.md"));
        Path root = Files.createDirectories(dir.resolve("root"));
        Path page = write(root.resolve("page.md"));
        Files.createSymbolicLink(root.resolve("linked-folder"), outside);
        Files.createSymbolicLink(root.resolve("linked-file.md"), outside.resolve("secret.md"));
        assertEquals(List.of(page), FileTree.files(root));
        assertEquals(List.of(root), FileTree.folders(root));
    }

    @Test
    void aRootThatIsALinkIsWalkedWhereItLeadsButNamedAsGiven() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        write(real.resolve("a/one.md"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertEquals(List.of(link.resolve("a/one.md")), FileTree.files(link));
        assertEquals(List.of(link, link.resolve("a")), FileTree.folders(link));
    }

    @Test
    void aMissingRootIsEmptyAndAFileRootIsItself() throws IOException {
        assertTrue(FileTree.files(dir.resolve("nothing-here")).isEmpty());
        assertTrue(FileTree.folders(dir.resolve("nothing-here")).isEmpty());
        Path file = write(dir.resolve("single.md"));
        assertEquals(List.of(file), FileTree.files(file));
    }

    @Test
    void foldersListsTheRootAndEveryFolderBelowIt() throws IOException {
        write(dir.resolve("a/b/c.md"));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(dir, dir.resolve("a"), dir.resolve("a/b"), dir.resolve("empty")), FileTree.folders(dir));
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "twelve bytes");
    }
}
