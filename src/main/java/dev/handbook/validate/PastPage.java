package dev.handbook.validate;

import dev.handbook.config.Schema;
import dev.handbook.diag.Diagnostics;
import dev.handbook.parse.FrontMatter;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlReader;
import dev.handbook.yaml.YamlScalar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A product page as it was in an older commit, judged by the same claim and ladder as today's
 * build: what it declared and what it earned under that commit's schema, on that commit's day.
 * A page that cannot be read then is a point with neither, never a finding.
 */
public final class PastPage {

    private PastPage() {}

    /**
     * What a page declared and earned.
     *
     * @param declared the level it declared, or null when it declared none the schema knows
     * @param earned   the highest level it earned, or null (none, or the page or schema was broken)
     */
    public record Levels(String declared, String earned) {

        public static final Levels NONE = new Levels(null, null);
    }

    /**
     * @param schema the schema of that commit, or null when its site.yml could not be read
     * @return empty when the text is no product page (no {@code type: product})
     */
    public static Optional<Levels> judge(String path, String text, Schema schema, LocalDate day) {
        Diagnostics quiet = new Diagnostics();
        FrontMatter split = FrontMatter.split(text.startsWith("\uFEFF") ? text.substring(1) : text, path, quiet);
        if (!split.hasYaml()) {
            return quiet.hasErrors() ? Optional.of(Levels.NONE) : Optional.empty();
        }
        Optional<YamlNode> node = new YamlReader(path, split.yamlFirstLine(), quiet).read(split.yaml());
        if (quiet.hasErrors() || node.isEmpty() || !(node.get() instanceof YamlMap fm)) {
            return quiet.hasErrors() ? Optional.of(Levels.NONE) : Optional.empty();
        }
        boolean product = fm.get("type")
                .filter(n ->
                        n instanceof YamlScalar s && "product".equals(s.text().trim()))
                .isPresent();
        if (!product) {
            return Optional.empty();
        }
        if (schema == null) {
            return Optional.of(Levels.NONE);
        }
        ProductClaim claim = ProductClaim.read(fm, schema, path, quiet);
        String declared =
                claim.maturity() != null && schema.levelIndex(claim.maturity()) >= 0 ? claim.maturity() : null;
        return Optional.of(new Levels(declared, new MaturityLadder(schema, claim, day).earnedLevel()));
    }
}
