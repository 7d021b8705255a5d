package dev.handbook.validate;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Severity;
import dev.handbook.parse.PageKind;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code missing-characteristic}, {@code placeholder-value}, {@code expired-waiver},
 * {@code mission-too-long}: the product holds what its declared maturity requires.
 */
final class RequirementCheck implements PageCheck {

    private static final Pattern WORDS = Pattern.compile("\\s+");

    @Override
    public void check(PageContext context, Diagnostics out) {
        if (context.page().kind() != PageKind.PRODUCT) {
            return;
        }
        Schema schema = context.schema();
        Map<String, Waiver> waivers = context.claim().waivers();
        waivers.values().stream()
                .filter(w -> !w.isActive(context.today()))
                .forEach(w -> out.error(
                        context.path(),
                        w.untilPosition(),
                        Rule.EXPIRED_WAIVER,
                        "the waiver for `" + w.characteristic() + "` ended on " + w.until() + "; add `"
                                + w.characteristic() + ":` or extend `until` with a fresh reason"));
        missionLength(context, out);
        Optional<String> level = declaredLevel(context);
        if (level.isEmpty()) {
            return;
        }
        MaturityLadder ladder = new MaturityLadder(schema, context.claim(), context.today());
        for (Characteristic c : schema.requiredAt(level.get())) {
            if (ladder.isSatisfied(c) || waivers.containsKey(c.key())) {
                continue;
            }
            Optional<YamlNode> value = context.frontMatter().get(c.key());
            if (value.isEmpty() || value.get() instanceof YamlScalar s && s.isNull()) {
                report(
                        context,
                        c,
                        missing(context, c, level.get(), ladder),
                        out,
                        maturityLine(context),
                        Rule.MISSING_CHARACTERISTIC);
            } else {
                report(
                        context,
                        c,
                        "`" + c.key() + "` holds a placeholder, not a value; write the real "
                                + c.label().toLowerCase(java.util.Locale.ROOT) + " (" + c.explanation() + ")",
                        out,
                        value.get().position(),
                        Rule.PLACEHOLDER_VALUE);
            }
        }
    }

    private static String missing(PageContext context, Characteristic c, String level, MaturityLadder ladder) {
        String earned = ladder.earnedLevel();
        String suggestion = earned == null
                ? "no level is satisfied yet"
                : "`maturity: " + earned + "` is the highest level this page satisfies";
        return "missing `" + c.key() + "`, which `" + c.requiredFrom() + "` and above require (this page declares `"
                + level + "`); add `" + c.key() + ":` (" + c.explanation() + "), or lower the claim: " + suggestion;
    }

    /** Before a characteristic's enforcement date, its absence is announced as a warning. */
    private static void report(
            PageContext context, Characteristic c, String message, Diagnostics out, Position at, Rule rule) {
        boolean announced = c.enforcedFrom() != null && context.today().isBefore(c.enforcedFrom());
        Severity severity = announced ? Severity.WARNING : Severity.ERROR;
        String text = announced ? message + "; this becomes an error on " + c.enforcedFrom() : message;
        out.add(new Diagnostic(context.path(), at, severity, rule.id(), text));
    }

    private static Optional<String> declaredLevel(PageContext context) {
        return context.frontMatter()
                .get("maturity")
                .filter(node -> node instanceof YamlScalar s && !s.isNull())
                .map(node -> ((YamlScalar) node).text().trim())
                .filter(level -> context.schema().levelIndex(level) >= 0);
    }

    private static Position maturityLine(PageContext context) {
        return context.frontMatter().entry("maturity").map(e -> e.keyPosition()).orElse(Position.START);
    }

    private static void missionLength(PageContext context, Diagnostics out) {
        context.frontMatter()
                .get("mission")
                .filter(node -> node instanceof YamlScalar s && !s.isNull())
                .ifPresent(node -> {
                    String text = ((YamlScalar) node).text().trim();
                    int words = text.isEmpty() ? 0 : WORDS.split(text).length;
                    int limit = context.schema().missionWordLimit();
                    if (words > limit) {
                        out.warning(
                                context.path(),
                                node.position(),
                                Rule.MISSION_TOO_LONG,
                                "the mission has " + words + " words; say it in " + limit
                                        + " or fewer, simply enough for a child");
                    }
                });
    }
}
