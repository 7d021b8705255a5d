package dev.handbook.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule a user can see in a diagnostic, one registry for every stage: its stable id, its
 * default severity, how far site.yml may change that severity, and what it is about. The longer
 * explanation of each lives in {@code dev/handbook/explain/RULE-ID.txt}.
 */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Adjustable.NOT_OFF, "Front matter is not valid YAML (or is not closed with `---`)."),
    DUPLICATE_KEY("duplicate-key", "A front matter key is given twice; the later one is reported."),
    UNKNOWN_KEY(
            "unknown-key",
            Severity.WARNING,
            Adjustable.FULLY,
            "A front matter key that neither the page format nor the schema knows."),
    MISSING_CHARACTERISTIC(
            "missing-characteristic",
            "A characteristic required at the declared maturity is absent (reported at the `maturity:` line)."),
    PLACEHOLDER_VALUE(
            "placeholder-value",
            "A required characteristic holds a placeholder such as TODO, TBD, FIXME, `-`, n/a or empty text."),
    PLACEHOLDER_BODY(
            "placeholder-body",
            Severity.WARNING,
            Adjustable.FULLY,
            "A paragraph of the body still starts with TODO:, TBD: or FIXME:, as `new product` and `new guide` write them."),
    INVALID_VALUE(
            "invalid-value",
            "A value outside its allowed set or of the wrong shape: unknown maturity, origin or stage, list where "
                    + "text belongs, malformed URL, unsafe slug."),
    UNKNOWN_PRODUCT("unknown-product", "An interface names a product slug that no product page has."),
    UNKNOWN_OWNER(
            "unknown-owner",
            "A product's `owner` names no team page by slug or title, once the handbook has team pages."),
    TEAM_PARENT("team-parent", "A team's `parent` names no team, or the parents of teams go round in a circle."),
    DUPLICATE_SLUG("duplicate-slug", "Two pages would be published at the same address."),
    RESERVED_ADDRESS(
            "reserved-address",
            Adjustable.NEVER,
            "A page or file would be published where the site publishes a page of its own (always an error)."),
    BROKEN_LINK("broken-link", "A relative link points at a page, heading anchor or file that does not exist."),
    MISSING_FILE("missing-file", "A logo or other referenced file does not exist under content/."),
    MISSION_TOO_LONG(
            "mission-too-long",
            Severity.WARNING,
            Adjustable.FULLY,
            "The mission is longer than the schema's word limit."),
    STAGE_MISMATCH(
            "stage-mismatch", Severity.WARNING, Adjustable.FULLY, "The stage contradicts the declared maturity."),
    UNKNOWN_CALLOUT(
            "unknown-callout",
            Severity.WARNING,
            Adjustable.FULLY,
            "A callout (admonition, alert, hint) of a type no dialect knows; it is shown as a note."),
    UNKNOWN_COMPONENT(
            "unknown-component",
            Severity.WARNING,
            Adjustable.FULLY,
            "An MDX component, GitBook block or MkDocs plugin block handbook cannot show, or a component tag never closed or closing nothing."),
    EXPIRED_WAIVER("expired-waiver", "A waiver's `until` date has passed."),
    STALE_PAGE(
            "stale-page",
            Severity.WARNING,
            Adjustable.FULLY,
            "A product page was last reviewed longer ago than its level's `review_every` allows."),
    CAMPAIGN(
            "campaign",
            Severity.WARNING,
            Adjustable.FULLY,
            "A product falls short of a campaign of site.yml: a warning while the campaign runs, an error from its deadline on."),
    ENCODING("encoding", Adjustable.NOT_OFF, "The file is not UTF-8 text."),
    FILE_TOO_LARGE("file-too-large", Adjustable.NOT_OFF, "The page is larger than a handbook page can be."),
    UNSAFE_LINK(
            "unsafe-link", Adjustable.NOT_OFF, "A symbolic link leads outside its folder (content/ or templates/)."),
    SPECIAL_FILE(
            "special-file",
            Adjustable.NOT_OFF,
            "A named pipe, socket or device, or a file of a pseudo file system such as /proc; never opened."),
    NAME_TOO_LONG(
            "name-too-long", "A page whose published file name would be longer than the 255 bytes file systems allow."),
    PATH_COLLISION(
            "path-collision",
            "Two content paths differ only in letter case or Unicode normalisation (one file on macOS and Windows)."),
    MARKDOWN("markdown", Adjustable.NOT_OFF, "The Markdown nests more than 200 levels deep."),
    IO("io", Adjustable.NOT_OFF, "A file or folder cannot be read."),
    CONFIG("config", Adjustable.NEVER, "site.yml (or a folder it names) cannot be used as it is; nothing is checked."),
    USAGE("usage", Adjustable.NEVER, "The command was given a source folder or content folder that does not exist."),
    TEMPLATE("template", Adjustable.NEVER, "A template failed while a page was rendered; nothing was published."),
    OUTPUT(
            "output",
            Adjustable.NEVER,
            "The site could not be written: the output folder may not be used, a limit was reached or the disk is full.");

    /** How far site.yml's {@code severity:} may change a rule. */
    public enum Adjustable {
        /** error, warning or off. */
        FULLY,
        /** error or warning: turned off, a page that cannot be read would vanish from the site unseen. */
        NOT_OFF,
        /** Not at all: the rule stops the run before there is anything to check or publish. */
        NEVER
    }

    private static final Map<String, Rule> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private final String id;
    private final Severity defaultSeverity;
    private final Adjustable adjustable;
    private final String summary;

    Rule(String id, String summary) {
        this(id, Severity.ERROR, Adjustable.FULLY, summary);
    }

    Rule(String id, Adjustable adjustable, String summary) {
        this(id, Severity.ERROR, adjustable, summary);
    }

    Rule(String id, Severity defaultSeverity, Adjustable adjustable, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.adjustable = adjustable;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Adjustable adjustable() {
        return adjustable;
    }

    public String summary() {
        return summary;
    }

    /** Every id, in registry order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }

    /** The ids site.yml's {@code severity:} may name. */
    public static List<String> adjustableIds() {
        return Arrays.stream(values())
                .filter(rule -> rule.adjustable != Adjustable.NEVER)
                .map(Rule::id)
                .toList();
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The rule of an id an emitter used; an id outside the registry is a bug. */
    static Rule of(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("not a registered rule: " + id);
        }
        return rule;
    }
}
