package dev.handbook.config;

import dev.handbook.yaml.YamlFields;
import dev.handbook.yaml.YamlMap;
import java.util.List;
import java.util.Optional;

/** site.yml's {@code limits:} map, every key optional, a wrong value an error at its line. */
final class LimitsReader {

    static final List<String> KEYS = List.of("file", "site_ratio", "site_allowance");

    private final YamlFields reader;

    LimitsReader(YamlFields reader) {
        this.reader = reader;
    }

    OutputLimits read(YamlMap root) {
        Optional<YamlMap> limits = reader.map(root, "limits");
        if (limits.isEmpty()) {
            return OutputLimits.DEFAULT;
        }
        YamlMap map = limits.get();
        reader.rejectUnknownKeys(map, KEYS, "`limits`");
        OutputLimits defaults = OutputLimits.DEFAULT;
        return new OutputLimits(
                size(map, "file").orElse(defaults.fileBytes()),
                ratio(map).orElse(defaults.siteRatio()),
                size(map, "site_allowance").orElse(defaults.siteAllowance()));
    }

    private Optional<Long> ratio(YamlMap map) {
        return map.get("site_ratio")
                .flatMap(node -> reader.asText(node, "limits.site_ratio").flatMap(text -> {
                    Optional<Long> ratio = text.matches("\\d{1,9}")
                            ? Optional.of(Long.parseLong(text)).filter(value -> value > 0)
                            : Optional.empty();
                    if (ratio.isEmpty()) {
                        reader.error(
                                node.position(),
                                "`limits.site_ratio` must be a whole number above 0 such as 20, not `" + text + "`");
                    }
                    return ratio;
                }));
    }

    private Optional<Long> size(YamlMap map, String key) {
        return map.get(key)
                .flatMap(node -> reader.asText(node, "limits." + key).flatMap(text -> {
                    Optional<Long> bytes = ByteSize.parse(text).filter(value -> value > 0);
                    if (bytes.isEmpty()) {
                        reader.error(
                                node.position(),
                                "`limits." + key + "` must be a size above 0 such as 256MiB, 64 KiB, "
                                        + "1GiB or a number of bytes, not `" + text + "`");
                    }
                    return bytes;
                }));
    }
}
