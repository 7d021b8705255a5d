package dev.handbook.scaffold;

import java.util.Objects;

/** A new guide page: its title, its place in the sidebar and a body to write into. */
record GuidePage(String title, int sidebarPosition) {

    GuidePage {
        Objects.requireNonNull(title, "title");
    }

    String text() {
        return new FrontMatterText()
                        .entry("title", title)
                        .number("sidebar_position", sidebarPosition)
                        .close()
                + "\n# " + title + "\n\n"
                + "TODO: one paragraph on what this guide explains and who it is for.\n\n"
                + "## In short\n\n"
                + "TODO: the main points, as a short list.\n\n"
                + "## See also\n\n"
                + "TODO: links to the guides and product pages this one relates to.\n";
    }
}
