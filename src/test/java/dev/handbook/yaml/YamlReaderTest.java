package dev.handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlNode> read(int firstLine, String yaml) {
        return new YamlReader("page.md", firstLine, diagnostics).read(yaml);
    }

    private YamlMap readMap(int firstLine, String yaml) {
        return assertInstanceOf(YamlMap.class, read(firstLine, yaml).orElseThrow());
    }

    private List<String> lines() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    private String report() {
        return String.join("\n", lines());
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), () -> "expected one diagnostic, got " + lines());
        return all.get(0);
    }

    @Test
    void keyPositionIsTheFileLineGivenTheFirstLineOffset() {
        YamlMap map = readMap(2, "title: Etcher\nowner: Ada\nmission: Flash cards\n");

        assertEquals(new Position(4, 1), map.entry("mission").orElseThrow().keyPosition());
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void valuePositionHasAOneBasedColumn() {
        YamlMap map = readMap(2, "title: Etcher\nowner: Ada\n");

        assertEquals(new Position(3, 8), map.get("owner").orElseThrow().position());
    }

    @Test
    void nestedKeysKeepTheirIndentationAsColumn() {
        YamlMap map = readMap(1, "brand:\n  name: Etcher\n  logo: etcher.png\n");
        YamlMap brand = assertInstanceOf(YamlMap.class, map.get("brand").orElseThrow());

        assertEquals(new Position(3, 3), brand.entry("logo").orElseThrow().keyPosition());
    }

    @Test
    void listItemsArePositionedOnTheirOwnLines() {
        YamlMap map = readMap(5, "does_not:\n  - sell\n  - repair\n");
        YamlList list = assertInstanceOf(YamlList.class, map.get("does_not").orElseThrow());

        assertEquals(
                List.of(new Position(6, 5), new Position(7, 5)),
                list.items().stream().map(YamlNode::position).toList());
    }

    @Test
    void keysKeepSourceOrder() {
        YamlMap map = readMap(1, "b: 1\na: 2\nc: 3\n");

        assertEquals(
                List.of("b", "a", "c"),
                map.entries().stream().map(YamlEntry::key).toList());
    }

    @Test
    void scalarsCarryTheKindYamlResolved() {
        YamlMap map = readMap(1, "s: text\nn:\nb: true\ni: 3\nf: 1.5\nd: 2027-03-31\nq: '3'\n");

        assertEquals(
                List.of(
                        YamlScalar.Kind.STRING,
                        YamlScalar.Kind.NULL,
                        YamlScalar.Kind.BOOL,
                        YamlScalar.Kind.INT,
                        YamlScalar.Kind.FLOAT,
                        YamlScalar.Kind.DATE,
                        YamlScalar.Kind.STRING),
                map.entries().stream().map(e -> ((YamlScalar) e.value()).kind()).toList());
    }

    @Test
    void blankTextIsNoDocumentAndNoFinding() {
        assertTrue(read(2, "").isEmpty());
        assertTrue(read(2, "\n# only a comment\n").isEmpty());
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void duplicateKeyIsReportedAtTheLaterKeyAndTheFirstValueKept() {
        YamlMap map = readMap(2, "title: One\nowner: Ada\ntitle: Two\n");

        assertEquals(
                List.of("page.md:4:1: error: `title` is given twice; keep one and delete the other "
                        + "[duplicate-key]"),
                lines());
        assertEquals("One", ((YamlScalar) map.get("title").orElseThrow()).text());
        assertEquals(2, map.entries().size());
    }

    @Test
    void javaClassTagIsASyntaxErrorAndConstructsNothing() {
        Optional<YamlNode> node = read(
                2,
                "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n");

        assertTrue(node.isEmpty());
        Diagnostic diagnostic = onlyDiagnostic();
        assertEquals("yaml-syntax", diagnostic.rule());
        assertEquals(new Position(2, 4), diagnostic.position());
        assertTrue(diagnostic.message().contains("javax.script.ScriptEngineManager"), diagnostic.message());
    }

    @Test
    void globalTagNeverRunsTheNamedClass() {
        Canary.constructed = false;

        read(1, "x: !!dev.handbook.yaml.YamlReaderTest$Canary {}\ny: !!dev.handbook.yaml.YamlReaderTest$Canary []\n");

        assertFalse(Canary.constructed, "a class named by a YAML tag was instantiated");
        assertTrue(diagnostics.hasErrors());
        assertTrue(diagnostics.sorted().stream().allMatch(d -> d.rule().equals("yaml-syntax")), this::report);
    }

    @Test
    void localTagOnAScalarIsRejected() {
        read(3, "title: !custom Etcher\n");

        Diagnostic diagnostic = onlyDiagnostic();
        assertEquals("yaml-syntax", diagnostic.rule());
        assertEquals(new Position(3, 8), diagnostic.position());
    }

    @Test
    void billionLaughsIsASyntaxErrorAndFinishesQuickly() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        Optional<YamlNode> node = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(2, bomb));

        assertTrue(node.isEmpty());
        assertEquals("yaml-syntax", onlyDiagnostic().rule());
    }

    @Test
    void aliasesBelowTheLimitAreSharedNotExpanded() {
        String shared = """
                a: &a [x, x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g]
                """;

        YamlMap map = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> readMap(1, shared));

        assertEquals(8, map.entries().size());
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void deepNestingIsBoundedWithoutStackOverflow() {
        String deep = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        Optional<YamlNode> node = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(2, deep));

        assertTrue(node.isEmpty());
        assertEquals("yaml-syntax", onlyDiagnostic().rule());
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        String nested = "x: " + "[".repeat(20) + "]".repeat(20) + "\n";

        assertTrue(read(1, nested).isPresent());
        assertTrue(diagnostics.isEmpty(), this::report);
    }

    @Test
    void oversizedTextIsASyntaxErrorNotAnException() {
        String huge = "x: \"" + "a".repeat(YamlReader.MAX_CODE_POINTS + 10) + "\"\n";

        assertTrue(read(2, huge).isEmpty());
        assertEquals("yaml-syntax", onlyDiagnostic().rule());
    }

    @Test
    void syntaxErrorIsReportedAtItsFileLine() {
        read(2, "title: Etcher\nowner: a: b\n");

        Diagnostic diagnostic = onlyDiagnostic();
        assertEquals("yaml-syntax", diagnostic.rule());
        assertEquals(new Position(3, 9), diagnostic.position());
        assertTrue(diagnostic.message().startsWith("YAML syntax error: "), diagnostic.message());
    }

    @Test
    void syntaxErrorMessageIsOneLine() {
        read(1, "a: [unclosed\nb: c\n");

        assertFalse(onlyDiagnostic().message().contains("\n"));
    }

    @Test
    void nonScalarKeyIsReported() {
        YamlMap map = readMap(1, "? [a, b]\n: value\nok: yes\n");

        assertEquals("yaml-syntax", onlyDiagnostic().rule());
        assertEquals(List.of("ok"), map.entries().stream().map(YamlEntry::key).toList());
    }

    /** Must never be constructed: it is named by a YAML tag in a test. */
    public static final class Canary {
        static volatile boolean constructed;

        public Canary() {
            constructed = true;
        }
    }
}
