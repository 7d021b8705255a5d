package dev.handbook.diag;

/** How bad a finding is. Errors fail the build; warnings fail it only in strict mode. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label.equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + label);
    }
}
