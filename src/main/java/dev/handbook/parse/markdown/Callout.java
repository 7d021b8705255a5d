package dev.handbook.parse.markdown;

import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A callout (admonition) from any dialect. Its children are the body, after an optional
 * {@link CalloutTitle}; a type no dialect knows is kept as written and shown as a note.
 */
public final class Callout extends CustomBlock {

    /** Whether the callout can be folded, and how it starts. */
    public enum Fold {
        NONE,
        CLOSED,
        OPEN
    }

    private final String writtenType;
    private final Fold fold;
    private final boolean titled;

    /** @param titled false when the writer asked for no title at all (MkDocs {@code !!! note ""}) */
    public Callout(String writtenType, Fold fold, boolean titled) {
        this.writtenType = Objects.requireNonNull(writtenType, "writtenType");
        this.fold = Objects.requireNonNull(fold, "fold");
        this.titled = titled;
    }

    public String writtenType() {
        return writtenType;
    }

    public Optional<CalloutType> knownType() {
        return CalloutType.named(writtenType);
    }

    public CalloutType type() {
        return knownType().orElse(CalloutType.NOTE);
    }

    public Fold fold() {
        return fold;
    }

    public boolean titled() {
        return titled;
    }

    /** The title given in the source, if any (the first child). */
    public Optional<CalloutTitle> title() {
        return getFirstChild() instanceof CalloutTitle title ? Optional.of(title) : Optional.empty();
    }

    /** The label shown when the source gives none: the type's, or the unknown word as written. */
    public String defaultTitle() {
        return knownType()
                .map(CalloutType::label)
                .orElseGet(() -> writtenType.isEmpty()
                        ? CalloutType.NOTE.label()
                        : Character.toUpperCase(writtenType.charAt(0)) + writtenType.substring(1));
    }
}
