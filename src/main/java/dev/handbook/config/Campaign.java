package dev.handbook.config;

import dev.handbook.diag.Position;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A requirement announced in site.yml's {@code campaigns:}: why, what, from when and by when. Between
 * {@code starts} and {@code deadline} a product that falls short is reminded; from the deadline on
 * it is held to it.
 *
 * @param why      the reason given to the products concerned, "" when none
 * @param owner    who drives the campaign, "" when nobody is named
 * @param position the line of the campaign's entry in site.yml
 */
public record Campaign(
        String id,
        String title,
        String why,
        CampaignRequirement require,
        LocalDate starts,
        LocalDate deadline,
        String owner,
        Position position) {

    /** An id is the file name of the campaign's page: lower-case letters, digits and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** Where a campaign stands on a day. */
    public enum Phase {
        /** Announced, not started: nobody is reminded yet. */
        UPCOMING,
        /** Started, deadline not reached: a product that falls short gets a warning. */
        RUNNING,
        /** The deadline has come: a product that falls short gets an error. */
        DUE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(require, "require");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(position, "position");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a campaign id: " + id);
        }
        if (deadline.isBefore(starts)) {
            throw new IllegalArgumentException("deadline " + deadline + " before start " + starts);
        }
    }

    /** The deadline day itself is the first day of enforcement. */
    public Phase phaseOn(LocalDate today) {
        if (today.isBefore(starts)) {
            return Phase.UPCOMING;
        }
        return today.isBefore(deadline) ? Phase.RUNNING : Phase.DUE;
    }

    /** The campaign's page, relative to the site's root. */
    public String pagePath() {
        return "campaigns/" + id + ".html";
    }
}
