package dev.handbook.parse;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * What the last parse made of each page, kept by a long-running process (the live preview) for the
 * next one. A page whose text is unchanged is not parsed again, and its body is not rendered again
 * while every link it rewrote is rewritten to the same address: the rewrites a render asks for are
 * recorded as it runs, so a page that links to a page that moved, vanished or appeared is rendered
 * again, and only such a page.
 */
public final class ParseMemo {

    private record Parsed(String text, PageSource source, List<Diagnostic> diagnostics) {}

    /** @param rewrites every destination the render rewrote, with the address it was given */
    private record Rendered(
            String body,
            int bodyFirstLine,
            Map<String, String> rewrites,
            RenderedBody result,
            List<Diagnostic> findings) {}

    /** A page's body as rendered, and the findings the render made. */
    record Body(RenderedBody result, List<Diagnostic> findings) {}

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    private final AtomicInteger parsedAgain = new AtomicInteger();
    private final AtomicInteger renderedAgain = new AtomicInteger();
    private Object settings;

    /**
     * Starts a parse: what was kept under other settings is dropped, and so are the pages that are gone.
     *
     * @param settings everything besides a page's text that its parse and render depend on
     */
    synchronized void begin(Object settings, Set<String> paths) {
        if (!Objects.equals(settings, this.settings)) {
            parsed.clear();
            rendered.clear();
            this.settings = settings;
        }
        parsed.keySet().retainAll(paths);
        rendered.keySet().retainAll(paths);
        parsedAgain.set(0);
        renderedAgain.set(0);
    }

    /**
     * The source of a page's text, parsed now or taken from the last parse of the same text.
     *
     * @param parse parses the text, adding its findings to the {@link Diagnostics} given
     */
    PageSource source(String path, String text, Diagnostics into, Parse parse) {
        Parsed kept = parsed.get(path);
        if (kept == null || !kept.text().equals(text)) {
            Diagnostics found = new Diagnostics();
            PageSource source = parse.apply(found);
            kept = new Parsed(text, source, found.sorted());
            parsed.put(path, kept);
            parsedAgain.incrementAndGet();
        }
        into.addAll(kept.diagnostics());
        return kept.source();
    }

    /** Parses a page's text. */
    @FunctionalInterface
    interface Parse {
        PageSource apply(Diagnostics into);
    }

    /** Renders a page's body with the link rewriter it is given. */
    @FunctionalInterface
    interface Render {
        Body apply(UnaryOperator<String> rewrite);
    }

    /**
     * The body rendered last time when its text is the same and every link it rewrote still leads
     * where it led; else rendered now, with its rewrites recorded, and kept.
     */
    Body body(PageSource source, UnaryOperator<String> rewrite, Render render) {
        Rendered kept = rendered.get(source.path());
        if (kept != null
                && kept.bodyFirstLine() == source.bodyFirstLine()
                && kept.body().equals(source.body())
                && sameRewrites(kept.rewrites(), rewrite)) {
            return new Body(kept.result(), kept.findings());
        }
        Map<String, String> asked = new HashMap<>();
        Body body = render.apply(destination -> {
            String address = rewrite.apply(destination);
            asked.put(destination, address);
            return address;
        });
        rendered.put(
                source.path(),
                new Rendered(source.body(), source.bodyFirstLine(), asked, body.result(), body.findings()));
        renderedAgain.incrementAndGet();
        return body;
    }

    private static boolean sameRewrites(Map<String, String> rewrites, UnaryOperator<String> rewrite) {
        for (Map.Entry<String, String> asked : rewrites.entrySet()) {
            if (!Objects.equals(asked.getValue(), rewrite.apply(asked.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** How many pages the last parse parsed, rather than took as they were. */
    public int parsedAgain() {
        return parsedAgain.get();
    }

    /** How many bodies the last parse rendered, rather than took as they were. */
    public int renderedAgain() {
        return renderedAgain.get();
    }
}
