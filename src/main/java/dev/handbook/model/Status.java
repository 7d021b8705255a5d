package dev.handbook.model;

/** Where a product stands on one characteristic. */
public enum Status {
    PRESENT("present"),
    WAIVED("waived"),
    MISSING("missing"),
    NOT_YET_EXPECTED("not yet expected");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A CSS-friendly name: present, waived, missing, not-yet-expected. */
    public String cssName() {
        return label.replace(' ', '-');
    }
}
