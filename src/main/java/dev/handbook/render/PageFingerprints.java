package dev.handbook.render;

import dev.handbook.cache.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each page is made of, as a digest: its template set and the exact data its template sees.
 * A page whose fingerprint matches the last build's renders to the same bytes, so it can be
 * reused instead of rendered again.
 */
public final class PageFingerprints {

    private PageFingerprints() {}

    /** The fingerprint of one page rendered from the given data. */
    public static String of(SitePage page, Map<String, Object> data, String templates) {
        Fingerprint fingerprint =
                new Fingerprint().add(templates).add(page.kind().templateName());
        add(fingerprint, data);
        return fingerprint.hex();
    }

    /** A digest of the templates and static files in use: the handbook's own over the embedded ones. */
    public static String templates(Path userTemplates, String version) {
        Fingerprint fingerprint = new Fingerprint().add(version);
        for (String name : embeddedNames()) {
            fingerprint.add(name).add(resource(TemplateSet.EMBEDDED + "/" + name));
        }
        for (Path file :
                dev.handbook.files.InputTree.of(userTemplates, "templates").files()) {
            try {
                fingerprint.add(userTemplates.relativize(file).toString()).add(Files.readAllBytes(file));
            } catch (IOException e) {
                fingerprint.add(userTemplates.relativize(file) + " unreadable");
            }
        }
        return fingerprint.hex();
    }

    private static List<String> embeddedNames() {
        List<String> names = new java.util.ArrayList<>(List.of("layout.ftlh"));
        for (SitePage.Kind kind : SitePage.Kind.values()) {
            names.add(kind.templateName());
        }
        return names;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PageFingerprints.class.getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data digested with map keys sorted, so equal data always gives an equal digest. */
    // Plain loops rather than forEach with lambdas: this walks every value of every page.
    private static void add(Fingerprint out, Object value) {
        if (value instanceof String text) {
            out.mark('"').add(text);
        } else if (value instanceof Map<?, ?> map) {
            out.mark('{');
            // insertion-ordered and sorted maps iterate the same way every run; others need sorting
            Map<?, ?> ordered = map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap
                    ? map
                    : new TreeMap<>(stringKeys(map));
            for (Map.Entry<?, ?> entry : ordered.entrySet()) {
                out.add(String.valueOf(entry.getKey()));
                add(out, entry.getValue());
            }
            out.mark('}');
        } else if (value instanceof Iterable<?> items) {
            out.mark('[');
            for (Object item : items) {
                add(out, item);
            }
            out.mark(']');
        } else {
            out.mark(value == null ? '0' : '"').add(String.valueOf(value));
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((key, item) -> keyed.put(String.valueOf(key), item));
        return keyed;
    }
}
