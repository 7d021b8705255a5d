package dev.handbook.parse.markdown;

import java.util.Objects;
import org.commonmark.node.CustomBlock;

/** One panel of a {@link TabSet}: a label and Markdown. */
public final class Tab extends CustomBlock {

    private final String label;
    private final boolean startsNewSet;

    /** @param startsNewSet MkDocs {@code ===!}: a tab that does not join the tabs just before it */
    public Tab(String label, boolean startsNewSet) {
        this.label = Objects.requireNonNull(label, "label");
        this.startsNewSet = startsNewSet;
    }

    public String label() {
        return label;
    }

    public boolean startsNewSet() {
        return startsNewSet;
    }
}
