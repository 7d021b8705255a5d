package dev.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void plainTextIsLeftAsItIs() {
        String text = "Tidegauge – Wasserstand 🌊 über 3 m: `steady` [x]";
        assertSame(text, Printable.escape(text));
    }

    @Test
    void lineBreaksAndTerminalControlsAreWrittenAsEscapes() {
        assertEquals("a\\nb\\rc\\td", Printable.escape("a\nb\rc\td"));
        assertEquals(
                "\\u001b[2K\\u0007\\u0000\\u007f\\u0085\\u009b",
                Printable.escape("\u001b[2K\u0007\u0000\u007f\u0085\u009b"));
        assertEquals("x\\u2028y\\u2029z", Printable.escape("x\u2028y\u2029z"));
    }

    @Test
    void bidirectionalOverridesCannotReorderTheLine() {
        assertEquals(
                "\\u202ewolf\\u202c \\u2066\\u2069 \\u200e\\u200f\\u061c",
                Printable.escape("\u202ewolf\u202c \u2066\u2069 \u200e\u200f\u061c"));
    }

    @Test
    void aLoneSurrogateIsEscapedAndAPairIsKept() {
        assertEquals("\\ud800 \\udc00 \ud83c\udf0a", Printable.escape("\ud800 \udc00 \ud83c\udf0a"));
    }

    @Test
    void aLineNeverStartsAWorkflowCommand() {
        assertEquals("\\u003a:stop-commands::x", Printable.line("::stop-commands::x"));
        assertEquals("  \\u003a:warning::x", Printable.line("  ::warning::x"));
        assertEquals("a::warning::x", Printable.line("a::warning::x"));
    }
}
