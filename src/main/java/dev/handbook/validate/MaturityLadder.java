package dev.handbook.validate;

import dev.handbook.config.Characteristic;
import dev.handbook.config.Schema;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which maturity level a product's claim actually earns, and what each level still lacks. */
public final class MaturityLadder {

    private final Schema schema;
    private final ProductClaim claim;
    private final LocalDate today;
    private final Map<String, Boolean> satisfied = new HashMap<>();
    private String earned;
    private boolean earnedKnown;

    public MaturityLadder(Schema schema, ProductClaim claim, LocalDate today) {
        this.schema = schema;
        this.claim = claim;
        this.today = today;
    }

    /** Present and real, or covered by a waiver that has not expired. */
    public boolean isSatisfied(Characteristic characteristic) {
        // each level asks again about the characteristics of the levels below it
        return satisfied.computeIfAbsent(characteristic.key(), key -> satisfies(characteristic));
    }

    private boolean satisfies(Characteristic characteristic) {
        Waiver waiver = claim.waivers().get(characteristic.key());
        if (waiver != null && waiver.isActive(today)) {
            return true;
        }
        return claim.value(characteristic.key()).map(ProductClaim.Value::real).orElse(false);
    }

    /** What the given level requires that the page lacks, in schema order. */
    public List<Characteristic> missingFor(String level) {
        return schema.requiredAt(level).stream().filter(c -> !isSatisfied(c)).toList();
    }

    /** The highest level whose requirements are all met, or null when not even the first is. */
    public String earnedLevel() {
        // worked out once: a page missing thousands of characteristics names it in every finding
        if (!earnedKnown) {
            earned = null;
            for (String level : schema.levels()) {
                if (!missingFor(level).isEmpty()) {
                    break;
                }
                earned = level;
            }
            earnedKnown = true;
        }
        return earned;
    }

    /** The level after the given one, or null at the top. */
    public String nextLevel(String level) {
        int index = schema.levelIndex(level);
        return index + 1 < schema.levels().size() ? schema.levels().get(index + 1) : null;
    }
}
