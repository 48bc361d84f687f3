package dev.threatmodel.baseline;

import dev.threatmodel.model.Keyword;

/**
 * Which findings may fail a check that has a baseline: {@code all} (every finding, as without a baseline) or
 * {@code new} (only findings the baseline does not hold, and findings that became more severe since).
 */
public enum FailOn implements Keyword {
    ALL("all"),
    NEW("new");

    private final String keyword;

    FailOn(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** Parses {@code all} or {@code new}, ignoring case. */
    public static FailOn parse(String text) {
        return Keyword.parse(FailOn.class, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown value \"" + text + "\"; use " + String.join(" or ", Keyword.keywords(FailOn.class))));
    }
}
