package dev.handbook.parse;

import dev.handbook.text.UrlPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each page is published, and how a relative Markdown link between two source files
 * becomes a relative link between their HTML pages.
 */
public final class AddressBook {

    private final Map<String, String> outputBySource;
    private final LinkResolver resolver;

    /** @param outputBySource content-relative .md path to site-relative .html path */
    public AddressBook(Map<String, String> outputBySource) {
        this(
                outputBySource,
                new ContentFiles(List.copyOf(outputBySource.keySet()), outputBySource.keySet()),
                Map.of(),
                Set.of());
    }

    /**
     * @param files       what the content folder holds
     * @param routes      Docusaurus routes (a page's folder and id, or its slug) to the page's content path
     * @param staticFiles the static folder's files, relative to it: published at the site root
     */
    public AddressBook(
            Map<String, String> outputBySource,
            ContentFiles files,
            Map<String, String> routes,
            Set<String> staticFiles) {
        this.outputBySource = Map.copyOf(outputBySource);
        this.resolver = new LinkResolver(
                this.outputBySource, files.files(), Map.copyOf(routes), Set.copyOf(staticFiles), files.hiddenAssets());
    }

    /** How links from pages are followed, for the check and for this book's rewriting alike. */
    public LinkResolver resolver() {
        return resolver;
    }

    /** The site-relative output path of a page: its folder, then its slug, then ".html". */
    public static String outputPathOf(PageSource page) {
        return page.folder() + page.slug() + ".html";
    }

    public Optional<String> outputOf(String sourcePath) {
        return Optional.ofNullable(outputBySource.get(sourcePath));
    }

    /**
     * The href a link in {@code fromSource} should carry: a link to a known .md page becomes a
     * relative link to its HTML page (anchor kept); anything else is returned unchanged.
     */
    public String rewrite(String fromSource, String destination) {
        LinkTarget target = LinkTarget.parse(destination);
        if (!target.isLocalPath()) {
            return destination;
        }
        LinkResolver.Resolved resolved = resolver.resolve(fromSource, target.path());
        if (!resolved.found()) {
            return destination;
        }
        String output = outputBySource.getOrDefault(fromSource, fromSource);
        boolean moved = !folderOf(output).equals(folderOf(fromSource)); // by a path slug
        if (resolved.kind() == LinkResolver.Kind.FILE
                && !resolved.fallback()
                && !target.path().startsWith("/")) {
            // a file where it was written is published there: only a page that a path slug
            // moves needs another way to it
            if (!moved || target.path().isEmpty() || !destination.startsWith(target.path())) {
                return destination;
            }
            return relativeUrl(output, resolved.sitePath(outputBySource))
                    + destination.substring(target.path().length());
        }
        return relativeUrl(output, resolved.sitePath(outputBySource))
                + (target.fragment() == null ? "" : "#" + target.fragment());
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /**
     * A link path resolved against the folder of the page it appears in, normalised, percent
     * escapes decoded; empty when it climbs above the content folder.
     */
    public static Optional<String> resolve(String fromSource, String linkPath) {
        String base = fromSource.contains("/") ? fromSource.substring(0, fromSource.lastIndexOf('/') + 1) : "";
        return LinkResolver.normalize(base, LinkResolver.decode(linkPath)).filter(path -> !path.isEmpty());
    }

    /**
     * A link from one site-relative file to another, e.g. products/a.html to guides/b.html is
     * ../guides/b.html. Both are file paths: neither ends with a slash. The link is a URL: a
     * segment of the target that holds {@code #}, {@code ?}, {@code %}, a space and the like is
     * percent-encoded ({@link UrlPath}).
     */
    public static String relativeUrl(String fromOutput, String toOutput) {
        // every page links to dozens of others: the shared folders are found in place, not split out
        int start = 0;
        while (true) {
            int fromSlash = fromOutput.indexOf('/', start);
            if (fromSlash < 0
                    || fromSlash != toOutput.indexOf('/', start)
                    || !fromOutput.regionMatches(start, toOutput, start, fromSlash - start)) {
                break;
            }
            start = fromSlash + 1;
        }
        StringBuilder url = new StringBuilder();
        for (int slash = fromOutput.indexOf('/', start); slash >= 0; slash = fromOutput.indexOf('/', slash + 1)) {
            url.append("../");
        }
        return UrlPath.encode(url, toOutput, start).toString();
    }

    /** From a site-relative output file to the site root: "" or "../" repeated. */
    public static String rootOf(String output) {
        return "../".repeat((int) output.chars().filter(c -> c == '/').count());
    }
}
