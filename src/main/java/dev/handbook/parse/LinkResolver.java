package dev.handbook.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a link written in a page leads, found the way the docs generators find it: the path as
 * written (relative to the page, or to the content folder when it starts with {@code /}); a
 * folder's {@code index.md} or {@code README.md}; an extensionless path's {@code .md} or
 * {@code .mdx} page; a Docusaurus route (a page's {@code id} or {@code slug}); for {@code .md}
 * paths, the content folder after the page's own (Docusaurus's order); for root-absolute paths,
 * the static folder (site.yml {@code static:}), and Docusaurus's {@code /docs/} route prefix.
 * The link check and the link rewriting both ask it, so what is checked is what is published.
 *
 * <p>A docs folder is often one part of a bigger site: Docusaurus serves a blog, pages and the
 * other versions of the docs beside it, and its own link checker knows all their routes. A
 * root-absolute route that no part of the handbook could be ({@link Kind#ELSEWHERE}: its first
 * folder names nothing in the content or static folder, or, under {@code /docs/}, names no folder
 * of the docs) is left as written and not checked. A file path (a name with an extension other
 * than {@code .html}) and a page path ({@code .md}, {@code .mdx}) are always checked. A file of
 * MkDocs's own theme (its icon) that the docs do not hold is the handbook theme's.
 */
public final class LinkResolver {

    private static final List<String> LANDINGS = List.of("index.md", "index.mdx", "README.md", "readme.md");
    private static final List<String> EXTENSIONS = List.of(".md", ".mdx");
    private static final String DOCS_ROUTE = "docs/";
    /**
     * Files a MkDocs theme publishes that its docs link to as files of the site, and what the
     * handbook theme publishes instead: MkDocs's built-in themes' icon is {@code img/favicon.ico}.
     */
    private static final Map<String, String> THEME_FILES = Map.of("img/favicon.ico", "assets/favicon.svg");

    private final Map<String, String> outputBySource;
    private final Set<String> files;
    private final Map<String, String> routes;
    private final Set<String> staticFiles;
    private final Set<String> hiddenAssets;
    private final Set<String> topLevel;

    /**
     * @param outputBySource published pages: content path to site path
     * @param files          every content file the scan accepted (pages too)
     * @param routes         Docusaurus routes (folder plus id, or slug) to the content path of their page
     * @param staticFiles    files of the static folder, relative to it (published at the site root)
     * @param hiddenAssets   files of GitBook's {@code .gitbook/assets} folders: published when linked to
     */
    public LinkResolver(
            Map<String, String> outputBySource,
            Set<String> files,
            Map<String, String> routes,
            Set<String> staticFiles,
            Set<String> hiddenAssets) {
        this.outputBySource = outputBySource;
        this.files = files;
        this.routes = routes;
        this.staticFiles = staticFiles;
        this.hiddenAssets = hiddenAssets;
        this.topLevel = topLevel(files, staticFiles, routes.keySet());
    }

    /** The first part of every path a root-absolute link could reach. */
    private static Set<String> topLevel(Set<String> files, Set<String> staticFiles, Set<String> routes) {
        Set<String> names = new java.util.HashSet<>();
        for (Set<String> paths : List.of(files, staticFiles, routes)) {
            for (String path : paths) {
                names.add(firstPart(path));
            }
        }
        return Set.copyOf(names);
    }

    private static String firstPart(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? withoutPageExtension(path) : path.substring(0, slash);
    }

    private static String withoutPageExtension(String name) {
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** What a link found: a published page, a content file, a static file, or nothing (with the path it tried). */
    public enum Kind {
        PAGE,
        FILE,
        STATIC,
        UNPUBLISHED_PAGE,
        MISSING,
        OUTSIDE,
        /** A root-absolute route to another part of the site the handbook is not (a blog, another docs version). */
        ELSEWHERE
    }

    /**
     * @param path      for PAGE, FILE and UNPUBLISHED_PAGE a content path; for STATIC a site path; for
     *                  MISSING the content path first tried
     * @param fallback  found by a rule of the generators rather than as written, so the link is rewritten
     */
    public record Resolved(Kind kind, String path, boolean fallback) {

        public boolean found() {
            return kind == Kind.PAGE || kind == Kind.FILE || kind == Kind.STATIC;
        }

        /** Where a found link is published, relative to the site root. */
        public String sitePath(Map<String, String> outputBySource) {
            return kind == Kind.PAGE ? outputBySource.get(path) : path;
        }
    }

    public Resolved resolve(String fromSource, String linkPath) {
        String decoded = decode(linkPath);
        boolean absolute = decoded.startsWith("/");
        Optional<String> asWritten = normalize(absolute ? "" : folderOf(fromSource), decoded);
        if (asWritten.isEmpty()) {
            return absolute
                    ? new Resolved(Kind.OUTSIDE, linkPath, false)
                    : fromDirectoryUrl(fromSource, decoded).orElse(new Resolved(Kind.OUTSIDE, linkPath, false));
        }
        String written = asWritten.orElse("");
        Resolved found = lookup(written, false);
        if (found != null) {
            return found;
        }
        if (!absolute && ContentFiles.isPage(written)) {
            Optional<String> fromRoot = normalize("", decoded);
            found = fromRoot.map(root -> lookup(root, true)).orElse(null);
            if (found != null) {
                return found;
            }
        }
        if (absolute) {
            found = absolute(written);
            if (found != null) {
                return found;
            }
        }
        if (files.contains(written) && ContentFiles.isPage(written)) {
            return new Resolved(Kind.UNPUBLISHED_PAGE, written, false);
        }
        if (THEME_FILES.containsKey(written)) {
            return new Resolved(Kind.STATIC, THEME_FILES.get(written), true);
        }
        if (absolute && elsewhere(written)) {
            return new Resolved(Kind.ELSEWHERE, written, false);
        }
        return absolute
                ? new Resolved(Kind.MISSING, written, false)
                : fromDirectoryUrl(fromSource, decoded).orElse(new Resolved(Kind.MISSING, written, false));
    }

    /**
     * MkDocs publishes {@code a/b.md} at {@code a/b/}, and a browser resolves a link that MkDocs
     * leaves as written (raw HTML's) from there: {@code ../../img/x.png} in a/b.md is img/x.png.
     * Only a file found that way counts, so a link that is broken both ways stays broken.
     */
    private Optional<Resolved> fromDirectoryUrl(String fromSource, String decoded) {
        String name = fromSource.substring(fromSource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String directory = folderOf(fromSource) + (dot > 0 ? name.substring(0, dot) : name) + "/";
        return normalize(directory, decoded)
                .map(path -> files.contains(path) && !ContentFiles.isPage(path)
                        ? new Resolved(Kind.FILE, path, true)
                        : null);
    }

    /** A root-absolute path: a static file, or a Docusaurus route under /docs/. */
    private Resolved absolute(String path) {
        if (staticFiles.contains(path)) {
            return new Resolved(Kind.STATIC, path, true);
        }
        if (path.startsWith(DOCS_ROUTE)) {
            return lookup(path.substring(DOCS_ROUTE.length()), true);
        }
        return path.equals("docs") ? lookup("", true) : null;
    }

    /**
     * Whether a root-absolute path that reached nothing is a route of another part of the site:
     * not a file or page path, and its first folder (after Docusaurus's {@code docs/}, a version
     * such as {@code 28.x}) is nothing the handbook holds. {@code /docs/page} stays a docs page.
     */
    private boolean elsewhere(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && !name.substring(dot).equalsIgnoreCase(".html")) {
            return false;
        }
        String first = firstPart(path);
        if (topLevel.contains(first)) {
            return false;
        }
        if (!path.startsWith(DOCS_ROUTE)) {
            return !first.equals("docs");
        }
        String rest = path.substring(DOCS_ROUTE.length());
        return rest.indexOf('/') > 0 && !topLevel.contains(firstPart(rest));
    }

    /** The path as a page, a file, a folder's landing page, an extensionless page or a route; or null. */
    private Resolved lookup(String path, boolean fallback) {
        if (outputBySource.containsKey(path)) {
            return new Resolved(Kind.PAGE, path, fallback);
        }
        if (files.contains(path) && !ContentFiles.isPage(path)) {
            return new Resolved(Kind.FILE, path, fallback);
        }
        if (hiddenAssets.contains(path)) {
            return new Resolved(Kind.FILE, path, fallback);
        }
        if (ContentFiles.isPage(path) || files.contains(path)) {
            return null;
        }
        String folder = path.isEmpty() ? "" : path + "/";
        for (String landing : LANDINGS) {
            if (outputBySource.containsKey(folder + landing)) {
                return new Resolved(Kind.PAGE, folder + landing, true);
            }
        }
        if (!path.isEmpty()) {
            for (String extension : EXTENSIONS) {
                if (outputBySource.containsKey(path + extension)) {
                    return new Resolved(Kind.PAGE, path + extension, true);
                }
            }
        }
        String routed = routes.getOrDefault(path, routes.get(folder + "index"));
        return routed != null && outputBySource.containsKey(routed) ? new Resolved(Kind.PAGE, routed, true) : null;
    }

    static String folderOf(String source) {
        return source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
    }

    static String decode(String linkPath) {
        try {
            return URLDecoder.decode(linkPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return linkPath; // a stray % is a literal character, as in "100%.md"
        }
    }

    /** base + path with . and .. taken out; empty when it climbs above the root. "" is the root itself. */
    static Optional<String> normalize(String base, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String joined = path.startsWith("/") ? path.substring(1) : base + path;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
