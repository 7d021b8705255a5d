package dev.handbook.validate;

import dev.handbook.diag.Severity;
import java.util.Arrays;
import java.util.Optional;

/** Every rule the handbook checks, with its stable id, default severity and what it is about. */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Severity.ERROR, "Front matter is not valid YAML (or is not closed with `---`)."),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR, "A front matter key is given twice; the later one is reported."),
    UNKNOWN_KEY("unknown-key", Severity.WARNING, "A front matter key that neither the page format nor the schema knows."),
    MISSING_CHARACTERISTIC("missing-characteristic", Severity.ERROR,
            "A characteristic required at the declared maturity is absent (reported at the `maturity:` line)."),
    PLACEHOLDER_VALUE("placeholder-value", Severity.ERROR,
            "A required characteristic holds a placeholder such as TODO, TBD, FIXME, `-`, n/a or empty text."),
    INVALID_VALUE("invalid-value", Severity.ERROR,
            "A value outside its allowed set or of the wrong shape: unknown maturity, origin or stage, list where "
                    + "text belongs, malformed URL, unsafe slug."),
    UNKNOWN_PRODUCT("unknown-product", Severity.ERROR, "An interface names a product slug that no product page has."),
    DUPLICATE_SLUG("duplicate-slug", Severity.ERROR, "Two pages would be published at the same address."),
    RESERVED_ADDRESS("reserved-address", Severity.ERROR,
            "A page or file would be published where the site publishes a page of its own (always an error)."),
    BROKEN_LINK("broken-link", Severity.ERROR,
            "A relative link points at a page, heading anchor or file that does not exist."),
    MISSING_FILE("missing-file", Severity.ERROR, "A logo or other referenced file does not exist under content/."),
    MISSION_TOO_LONG("mission-too-long", Severity.WARNING, "The mission is longer than the schema's word limit."),
    STAGE_MISMATCH("stage-mismatch", Severity.WARNING, "The stage contradicts the declared maturity."),
    UNKNOWN_CALLOUT("unknown-callout", Severity.WARNING,
            "A callout (admonition, alert, hint) of a type no dialect knows; it is shown as a note."),
    UNKNOWN_COMPONENT("unknown-component", Severity.WARNING,
            "An MDX component or GitBook block handbook cannot show, or a component tag never closed or closing nothing."),
    EXPIRED_WAIVER("expired-waiver", Severity.ERROR, "A waiver's `until` date has passed."),
    ENCODING("encoding", Severity.ERROR, "The file is not UTF-8 text."),
    FILE_TOO_LARGE("file-too-large", Severity.ERROR, "The page is larger than a handbook page can be."),
    UNSAFE_LINK("unsafe-link", Severity.ERROR,
            "A symbolic link leads outside its folder (content/ or templates/)."),
    SPECIAL_FILE("special-file", Severity.ERROR,
            "A named pipe, socket or device, or a file of a pseudo file system such as /proc; never opened."),
    NAME_TOO_LONG("name-too-long", Severity.ERROR,
            "A page whose published file name would be longer than the 255 bytes file systems allow."),
    PATH_COLLISION("path-collision", Severity.ERROR,
            "Two content paths differ only in letter case or Unicode normalisation (one file on macOS and Windows)."),
    MARKDOWN("markdown", Severity.ERROR, "The Markdown nests more than 200 levels deep."),
    IO("io", Severity.ERROR, "A file or folder cannot be read.");

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;

    Rule(String id, Severity defaultSeverity, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String summary() {
        return summary;
    }

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }

    /** Rules about a file that could not be read at all: turning them off would make pages vanish silently. */
    public static java.util.List<String> essential() {
        return java.util.stream.Stream.of(YAML_SYNTAX, ENCODING, FILE_TOO_LARGE, UNSAFE_LINK, SPECIAL_FILE, MARKDOWN, IO)
                .map(Rule::id).toList();
    }

    /** Rules whose severity cannot be changed: the site could not be published with such a finding. */
    public static java.util.List<String> fixed() {
        return java.util.List.of(RESERVED_ADDRESS.id());
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
