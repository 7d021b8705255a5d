package dev.handbook.cli;

/** The process exit codes scripts rely on. */
enum ExitCode {
    OK(0),
    CONTENT_ERRORS(1),
    USAGE(2),
    /** An unexpected failure: a bug of handbook's or a broken environment, never the handbook's content (sysexits' EX_SOFTWARE). */
    INTERNAL(70);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
