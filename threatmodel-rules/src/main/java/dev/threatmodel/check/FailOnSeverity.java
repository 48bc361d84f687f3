package dev.threatmodel.check;

import dev.threatmodel.model.Keyword;
import dev.threatmodel.rules.Level;

/** The least severe level of finding that fails the check; {@code none} never fails on findings. */
public enum FailOnSeverity implements Keyword {
    ERROR("error", Level.ERROR),
    WARNING("warning", Level.WARNING),
    NOTE("note", Level.NOTE),
    NONE("none", null);

    private final String keyword;
    private final Level threshold;

    FailOnSeverity(String keyword, Level threshold) {
        this.keyword = keyword;
        this.threshold = threshold;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** The least severe level that fails the check; empty for {@code none}. */
    public java.util.Optional<Level> threshold() {
        return java.util.Optional.ofNullable(threshold);
    }

    /** Whether an unsuppressed finding of this level fails the check. */
    public boolean failsOn(Level level) {
        return threshold != null && level.atLeast(threshold);
    }

    /**
     * Whether the result holds at least one unsuppressed finding at or above the threshold; with a baseline and
     * {@code failOn=new}, one that counts as new.
     */
    public boolean fails(CheckResult result) {
        if (result.baseline() != null) {
            return result.baseline().comparison().fails(result.findings(), this::failsOn);
        }
        return result.findings().stream().anyMatch(f -> !f.isSuppressed() && failsOn(f.level()));
    }

    /** Parses {@code error}, {@code warning}, {@code note} or {@code none}, ignoring case. */
    public static FailOnSeverity parse(String text) {
        return Keyword.parse(FailOnSeverity.class, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown severity \"" + text + "\"; use one of " + String.join(", ", Keyword.keywords(FailOnSeverity.class))));
    }
}
