package dev.handbook.parse.markdown;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/**
 * A block whose content MkDocs makes while it builds, which handbook cannot: a plugin directive
 * ({@code ::: mkdocs-click}, mkdocstrings' {@code ::: package.module} with its indented options)
 * or a pymdownx.snippets include ({@code --8<-- "file.md"}). It is left out with a warning, and
 * the anchors of its page are not all known.
 */
final class BuildTimeBlock extends CustomBlock {

    enum Kind {
        DIRECTIVE,
        SNIPPET
    }

    private final Kind kind;
    private final String written;

    BuildTimeBlock(Kind kind, String written) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.written = Objects.requireNonNull(written, "written");
    }

    Kind kind() {
        return kind;
    }

    /** What the warning says about it. */
    String message() {
        return kind == Kind.DIRECTIVE
                ? "`" + written + "` is a MkDocs plugin directive handbook cannot run; what it makes is left out"
                : "`" + written + "` includes a file (pymdownx.snippets) handbook does not read; it is left out";
    }
}
