package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder that cannot be made says why, not just its path. */
class UnreachableOutputTest {

    @TempDir
    Path temp;

    @Test
    void anOutputBelowALinkToNothingSaysTheLinkLeadsNowhere() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path dangling = Files.createSymbolicLink(temp.resolve("published"), temp.resolve("gone"));
        Path output = dangling.resolve("site");
        Fixtures.Run run =
                Fixtures.cli("build", "--quiet", "--source", source.toString(), "--output", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 5 pages",
                        "error: the output folder "
                                + output + " cannot be made: " + dangling
                                + " is a symbolic link that leads nowhere (to "
                                + temp.resolve("gone")
                                + "); create what it points at, or choose another output [output]"),
                run.errLines());
        assertFalse(Files.exists(temp.resolve("gone")));
    }

    @Test
    void anOutputBelowAFileSaysItIsAFile() throws IOException {
        Path source = Fixtures.copy("only-content", temp);
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        Path output = file.resolve("site");
        Fixtures.Run run =
                Fixtures.cli("build", "--quiet", "--source", source.toString(), "--output", output.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of(
                        "0 errors, 0 warnings in 0 of 5 pages",
                        "error: the output folder " + output + " cannot be made: " + file
                                + " is a file, not a folder; choose another output [output]"),
                run.errLines());
        assertEquals("mine", Files.readString(file));
    }
}
