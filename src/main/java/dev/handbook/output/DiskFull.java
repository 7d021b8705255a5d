package dev.handbook.output;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether a failed write means the disk is full. Java has no exception of its own for it: the
 * operating system's words end up in the message ("No space left on device" for ENOSPC, "Disk
 * quota exceeded" for EDQUOT, Windows' "There is not enough space on the disk").
 */
public final class DiskFull {

    private static final List<String> WORDS =
            List.of("No space left on device", "Disk quota exceeded", "not enough space on the disk");

    private DiskFull() {}

    /** Whether this failure, or one it was caused by, says the disk is full. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && WORDS.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The one line a build that ran out of space ends with. */
    public static String message(Path folder) {
        return "no space left on the disk that holds " + folder + "; the build stopped and removed its staging folder";
    }
}
