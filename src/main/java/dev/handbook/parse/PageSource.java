package dev.handbook.parse;

import dev.handbook.yaml.YamlMap;
import java.time.Instant;
import java.util.Objects;

/**
 * A content file read and split, before its Markdown is rendered.
 *
 * @param path          the file relative to the content folder, with forward slashes
 * @param sourcePath    the file relative to the source folder, as diagnostics name it
 * @param frontMatter   the front matter as read (an empty map when there is none)
 * @param bodyFirstLine the 1-based file line on which the Markdown body starts
 * @param landing       a README.md standing for its folder's index.md, which the folder lacks
 */
public record PageSource(
        String path,
        String sourcePath,
        PageKind kind,
        YamlMap frontMatter,
        PageHeader header,
        String body,
        int bodyFirstLine,
        Instant lastModified,
        boolean landing) {

    public PageSource(
            String path,
            String sourcePath,
            PageKind kind,
            YamlMap frontMatter,
            PageHeader header,
            String body,
            int bodyFirstLine,
            Instant lastModified) {
        this(path, sourcePath, kind, frontMatter, header, body, bodyFirstLine, lastModified, false);
    }

    public PageSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** The same page, last changed at another time (its last commit rather than its file time). */
    public PageSource withLastModified(Instant time) {
        return new PageSource(path, sourcePath, kind, frontMatter, header, body, bodyFirstLine, time, landing);
    }

    /** Whether the file is a folder's README.md (any letter case), its landing page when there is no index.md. */
    public boolean isReadme() {
        return path.substring(path.lastIndexOf('/') + 1).equalsIgnoreCase("README.md");
    }

    /** This README.md as its folder's landing page: published as index.html, the home page at the top. */
    public PageSource asLanding() {
        PageKind asKind = kind == PageKind.GUIDE && folder().isEmpty() ? PageKind.HOME : kind;
        return new PageSource(path, sourcePath, asKind, frontMatter, header, body, bodyFirstLine, lastModified, true);
    }

    /** The file name without its extension: the default slug. */
    public String baseName() {
        if (landing) {
            return "index";
        }
        return baseNameOf(path);
    }

    static String baseNameOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The folder of the file relative to the content folder: "" or ending with "/". */
    public String folder() {
        return header.slugFolder() != null ? header.slugFolder() : sourceFolder();
    }

    /** The folder of the file itself, wherever a path slug publishes it. */
    public String sourceFolder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Docusaurus's id of the page: its folder and its {@code id:}, else its file name without the extension. */
    public String docId() {
        String id = header.options().id();
        return sourceFolder() + (id != null ? id : baseName());
    }

    public String slug() {
        return header.slug() != null ? header.slug() : baseName();
    }
}
