package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An owner's name may be longer than a file name can be: its page gets a shorter name, still its own. */
class LongOwnerNameTest {

    @TempDir
    Path temp;

    @Test
    void ownersWithVeryLongNamesEachGetAPage() throws IOException {
        Path source = Fixtures.copy("one-product", temp);
        String longName = "The Harbour Night Shift and Everyone Who Ever Helped Them Carry Lanterns "
                .repeat(4)
                .strip();
        Path lantern = source.resolve("content/products/lantern.md");
        Files.writeString(
                lantern, Files.readString(lantern).replace("owner: Night Shift", "owner: " + longName + " A"));
        Files.writeString(
                source.resolve("content/products/torch.md"),
                Files.readString(lantern)
                        .replace("title: Lantern", "title: Torch")
                        .replace(longName + " A", longName + " B"));
        Path site = temp.resolve("site");
        Fixtures.Run build = Fixtures.cli("build", "--source", source.toString(), "--output", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        List<Path> owners;
        try (Stream<Path> files = Files.list(site.resolve("owners"))) {
            owners = files.sorted().toList();
        }
        assertEquals(2, owners.size(), owners.toString());
        for (Path owner : owners) {
            assertTrue(owner.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, owner.toString());
        }
        assertNotEquals(owners.get(0).getFileName(), owners.get(1).getFileName());
        assertEquals(List.of(), SiteLinks.broken(site));
    }
}
