package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.handbook.testing.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedFilesTest {

    @TempDir
    Path temp;

    @Test
    void theDigestChangesWithTheStylesheetInAFolderAndInAJar() throws IOException {
        Path classes = Path.of("target/classes");
        Path before = copy(classes, temp.resolve("before"));
        Path after = copy(classes, temp.resolve("after"));
        Files.writeString(
                after.resolve("dev/handbook/static/handbook.css"),
                "\nbody { color: red }\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(EmbeddedFiles.of(before), EmbeddedFiles.of(copy(classes, temp.resolve("again"))));
        assertNotEquals(EmbeddedFiles.of(before), EmbeddedFiles.of(after));
        assertNotEquals(
                EmbeddedFiles.of(jar(before, temp.resolve("before.jar"))),
                EmbeddedFiles.of(jar(after, temp.resolve("after.jar"))));
        assertEquals(
                EmbeddedFiles.of(jar(before, temp.resolve("before.jar"))),
                EmbeddedFiles.of(jar(before, temp.resolve("before-again.jar"))));
    }

    private static Path copy(Path classes, Path target) {
        for (String folder : EmbeddedFiles.FOLDERS) {
            Trees.copy(classes.resolve(folder), target.resolve(folder));
        }
        return target;
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
