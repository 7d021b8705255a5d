package dev.handbook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import dev.handbook.config.Shape;
import dev.handbook.config.SiteConfigLoader;
import dev.handbook.diag.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** README documents what the code does: the default schema table and the list of rules. */
class ReadmeTest {

    private static List<String> tableRows(String header) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf(header);
        List<String> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    @Test
    void defaultSchemaTableMatchesTheEmbeddedSchema() throws IOException {
        List<String> expected = new ArrayList<>();
        Schema schema = SiteConfigLoader.defaultSchema();
        for (Characteristic c : schema.characteristics()) {
            String shape = c.shape() == Shape.CHOICE
                    ? "choice: " + String.join(", ", c.values())
                    : c.shape().yamlName();
            expected.add("| `" + c.key() + "` | " + shape + " | " + c.requiredFrom() + " |");
        }
        assertEquals(expected, tableRows("| key | shape | required from |"));
        assertEquals(List.of("idea", "prototype", "loop", "steady"), schema.levels());
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String row : tableRows("| rule | default | what it reports |")) {
            for (String id : row.split("\\|")[1].split(",")) {
                documented.add(id.trim().replace("`", ""));
            }
        }
        Set<String> rules = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            rules.add(rule.id());
        }
        assertEquals(rules, documented);
    }
}
