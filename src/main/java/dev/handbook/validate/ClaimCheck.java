package dev.handbook.validate;

import dev.handbook.config.Origin;
import dev.handbook.config.Schema;
import dev.handbook.config.Stage;
import dev.handbook.diag.Diagnostics;
import dev.handbook.diag.Position;
import dev.handbook.diag.Rule;
import dev.handbook.diag.Suggestions;
import dev.handbook.parse.PageKind;
import dev.handbook.yaml.YamlEntry;
import dev.handbook.yaml.YamlScalar;
import java.util.Optional;

/** A product's claim about itself: {@code maturity}, {@code origin}, {@code stage}, and whether they agree. */
final class ClaimCheck implements PageCheck {

    @Override
    public void check(PageContext context, Diagnostics out) {
        if (context.page().kind() != PageKind.PRODUCT) {
            return;
        }
        Schema schema = context.schema();
        Optional<String> maturity = word(context, "maturity", out);
        if (maturity.isEmpty() && context.frontMatter().get("maturity").isEmpty()) {
            out.error(
                    context.path(),
                    Position.START,
                    Rule.INVALID_VALUE,
                    "a product page needs `maturity:`, one of " + String.join(", ", schema.levels()));
        }
        maturity.filter(level -> schema.levelIndex(level) < 0)
                .ifPresent(level -> out.error(
                        context.path(),
                        valuePosition(context, "maturity"),
                        Rule.INVALID_VALUE,
                        "`maturity: " + level
                                + "` is not a maturity level" + Suggestions.didYouMean(level, schema.levels())
                                + "; use one of "
                                + String.join(", ", schema.levels())));
        Optional<Origin> origin = word(context, "origin", out).flatMap(name -> {
            Optional<Origin> found = schema.origin(name);
            if (found.isEmpty()) {
                out.error(
                        context.path(),
                        valuePosition(context, "origin"),
                        Rule.INVALID_VALUE,
                        "`origin: " + name
                                + "` is not an origin" + Suggestions.didYouMean(name, schema.originNames())
                                + "; use one of "
                                + String.join(", ", schema.originNames()));
            }
            return found;
        });
        word(context, "stage", out).ifPresent(stage -> checkStage(context, stage, origin, maturity, out));
    }

    private static void checkStage(
            PageContext context,
            String stageName,
            Optional<Origin> origin,
            Optional<String> maturity,
            Diagnostics out) {
        Position at = valuePosition(context, "stage");
        if (origin.isEmpty()) {
            if (context.frontMatter().get("origin").isEmpty()) {
                out.error(
                        context.path(),
                        at,
                        Rule.INVALID_VALUE,
                        "`stage` needs an `origin` ("
                                + String.join(" or ", context.schema().originNames()) + ") to say which stages apply");
            }
            return;
        }
        Optional<Stage> stage = origin.get().stage(stageName);
        if (stage.isEmpty()) {
            String other = context.schema().origins().stream()
                    .filter(o -> o.stage(stageName).isPresent())
                    .map(o -> "; `" + stageName + "` is a stage of " + o.name())
                    .findFirst()
                    .orElse("");
            out.error(
                    context.path(),
                    at,
                    Rule.INVALID_VALUE,
                    "`stage: " + stageName + "` is not a stage of "
                            + origin.get().name() + other
                            + Suggestions.didYouMean(stageName, origin.get().stageNames()) + "; use one of "
                            + String.join(", ", origin.get().stageNames()));
            return;
        }
        maturity.filter(level -> context.schema().levelIndex(level) >= 0)
                .filter(level ->
                        !stage.get().levels().isEmpty() && !stage.get().levels().contains(level))
                .ifPresent(level -> out.warning(
                        context.path(),
                        at,
                        Rule.STAGE_MISMATCH,
                        "stage `" + stageName
                                + "` does not fit `maturity: " + level + "`; a "
                                + origin.get().name() + " product at `"
                                + stageName + "` is usually "
                                + String.join(" or ", stage.get().levels())
                                + ", so correct the stage or the maturity"));
    }

    /** The text of a single-word key, reporting a list or map where a word belongs. */
    private static Optional<String> word(PageContext context, String key, Diagnostics out) {
        return context.frontMatter().get(key).flatMap(node -> {
            if (node instanceof YamlScalar scalar && !scalar.isNull()) {
                return Optional.of(scalar.text().trim());
            }
            out.error(
                    context.path(),
                    node.position(),
                    Rule.INVALID_VALUE,
                    "`" + key + "` must be one word, not " + node.shapeName());
            return Optional.empty();
        });
    }

    static Position valuePosition(PageContext context, String key) {
        return context.frontMatter()
                .entry(key)
                .map(YamlEntry::value)
                .map(v -> v.position())
                .orElse(Position.START);
    }
}
