package dev.handbook.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * The machines a handbook is checked and built on, as commonmark-java re-runs its spec with CRLF
 * line ends: the same source must give the same findings and the same site on every one of them.
 * A variant changes how the files are written (line ends, a byte order mark) or the JVM's defaults
 * (locale, time zone) while it runs; the core must depend on none of them.
 */
public enum Machine {
    /** Files as written, the JVM's defaults as the build sets them (en-US, UTC). */
    PLAIN,
    /** Every text file with CRLF line ends, as a Windows checkout with autocrlf makes them. */
    CRLF,
    /** Every UTF-8 text file starting with a byte order mark, as some Windows editors save them. */
    BOM,
    /** A Turkish machine ({@code "I".toLowerCase()} is {@code "ı"}) fourteen hours ahead of UTC. */
    TURKISH;

    private static final Locale TR = Locale.forLanguageTag("tr-TR");

    /** The bytes of a text file as this machine's checkout holds them. */
    public byte[] write(String text, Charset charset) {
        return switch (this) {
            case CRLF -> text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(charset);
            case BOM ->
                charset.equals(StandardCharsets.UTF_8) ? ("\uFEFF" + text).getBytes(charset) : text.getBytes(charset);
            default -> text.getBytes(charset);
        };
    }

    /** Runs a step with this machine's JVM defaults, and puts the previous ones back. */
    public <T> T run(Callable<T> step) throws Exception {
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        TimeZone zone = TimeZone.getDefault();
        try {
            if (this == TURKISH) {
                Locale.setDefault(TR);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            }
            return step.call();
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            TimeZone.setDefault(zone);
        }
    }
}
