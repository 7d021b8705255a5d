package dev.handbook.cli;

/** The process exit codes scripts rely on. */
enum ExitCode {
    OK(0),
    CONTENT_ERRORS(1),
    USAGE(2);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
