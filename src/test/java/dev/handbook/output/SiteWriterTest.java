package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handbook.config.OutputLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path temp;

    private SiteWriter writer(long fileLimit, long ratio, long allowance, long input) {
        return new SiteWriter(temp.resolve("staging"), new OutputLimits(fileLimit, ratio, allowance), input);
    }

    @Test
    void aHugeFileIsCopiedOnlyUpToTheLimitNotToItsEnd() throws IOException {
        Path huge = temp.resolve("huge.bin");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(64L << 30); // 64 GiB, sparse: reading it to its end would take minutes
        }
        SiteWriter site = writer(MIB, 20, 256 * MIB, 0);
        long start = System.nanoTime();
        SiteWriter.Stopped stopped = assertThrows(
                SiteWriter.Stopped.class, () -> site.copy(huge, site.root().resolve("files/huge.bin")));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the copy stopped at the limit");
        String reason = "files/huge.bin would be larger than 1 MiB, the most one file of the site may be; "
                + "raise limits.file in site.yml if it really is that big";
        assertEquals(reason, stopped.getMessage());
        assertEquals(Optional.of(reason), site.stopped());
        assertTrue(Files.size(site.root().resolve("files/huge.bin")) <= MIB, "no more than the limit was written");
    }

    @Test
    void onlyRegularFilesAreCopied() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix machine with /dev/zero");
        SiteWriter site = writer(MIB, 20, MIB, 0);
        IOException refused = assertThrows(
                IOException.class,
                () -> site.copy(Path.of("/dev/zero"), site.root().resolve("zero")));
        assertEquals("/dev/zero is not a regular file", refused.getMessage());
        assertTrue(Files.notExists(site.root().resolve("zero")));
    }

    @Test
    void aCopyKeepsTheBytesPermissionsAndModificationTime() throws IOException {
        Path file = temp.resolve("run.sh");
        Files.writeString(file, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        SiteWriter site = writer(MIB, 20, MIB, 0);
        Path copy = site.root().resolve("scripts/run.sh");
        site.copy(file, copy);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals(FileTime.fromMillis(1_700_000_000_000L), Files.getLastModifiedTime(copy));
        assertEquals(18, site.written());
    }

    @Test
    void theSiteMayHoldItsInputTimesTheRatioPlusTheAllowance() throws IOException {
        SiteWriter site = writer(MIB, 2, 10, 100); // 2 * 100 + 10 = 210 bytes
        site.write(site.root().resolve("a.html"), new byte[200]);
        site.write(site.root().resolve("b.html"), new byte[10]);
        SiteWriter.Stopped stopped = assertThrows(
                SiteWriter.Stopped.class, () -> site.write(site.root().resolve("c.html"), new byte[1]));
        assertEquals(
                "the site would grow beyond 210 B, 2 times the 100 B it is made from plus 10 B; raise "
                        + "limits.site_ratio or limits.site_allowance in site.yml if the handbook really makes a site that big",
                stopped.getMessage());
        assertTrue(Files.notExists(site.root().resolve("c.html")));
    }

    @Test
    void onceStoppedEveryWriteIsRefusedWithTheFirstReason() throws IOException {
        SiteWriter site = writer(100, 20, MIB, 0);
        assertThrows(SiteWriter.Stopped.class, () -> site.write(site.root().resolve("big.html"), new byte[101]));
        SiteWriter.Stopped later = assertThrows(
                SiteWriter.Stopped.class, () -> site.write(site.root().resolve("small.html"), new byte[1]));
        assertTrue(later.getMessage().startsWith("big.html would be larger than 100 B"), later.getMessage());
        assertTrue(Files.notExists(site.root().resolve("small.html")));
    }

    @Test
    void aFileWrittenWhereAHardLinkIsReplacesItAndLeavesTheOtherSiteAlone() throws IOException {
        Path published = temp.resolve("site/page.html");
        Files.createDirectories(published.getParent());
        Files.writeString(published, "the last good site");
        SiteWriter site = writer(MIB, 20, MIB, 0);
        Path staged = site.root().resolve("page.html");
        site.reuse(published, staged);
        site.write(staged, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(staged));
        assertEquals("the last good site", Files.readString(published));
    }

    @Test
    void aLoneSurrogateIsRefusedNotWrittenAsAQuestionMark() {
        SiteWriter site = writer(MIB, 20, MIB, 0);
        assertThrows(
                CharacterCodingException.class, () -> site.write(site.root().resolve("map.dot"), "a\uD800b"));
    }

    @Test
    void aFullDiskIsRecognisedWhateverTheSystemCallsIt() {
        assertTrue(DiskFull.is(new IOException("No space left on device")));
        assertTrue(DiskFull.is(
                new IOException("x", new java.nio.file.FileSystemException("/a", null, "Disk quota exceeded"))));
        assertTrue(DiskFull.is(new IOException("There is not enough space on the disk")));
        assertTrue(!DiskFull.is(new IOException("Permission denied")));
    }
}
