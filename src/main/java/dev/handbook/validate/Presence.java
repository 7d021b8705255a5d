package dev.handbook.validate;

import dev.handbook.config.Schema;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;

/** Whether a characteristic's value is really there: not empty, not a placeholder such as TODO. */
final class Presence {

    private Presence() {}

    static boolean isReal(YamlNode value, Schema schema) {
        if (value instanceof YamlScalar scalar) {
            return !scalar.isNull() && !schema.isPlaceholder(scalar.text());
        }
        if (value instanceof YamlList list) {
            return list.items().stream().anyMatch(item -> isReal(item, schema));
        }
        YamlMap map = (YamlMap) value;
        return map.entries().stream().anyMatch(entry -> isReal(entry.value(), schema));
    }
}
