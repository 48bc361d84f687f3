package dev.threatmodel.rules;

import dev.threatmodel.model.Keyword;

/** How much a finding matters; the names are SARIF's levels. Declared from most to least severe. */
public enum Level implements Keyword {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String keyword;

    Level(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** Whether this level is as severe as {@code threshold} or more. */
    public boolean atLeast(Level threshold) {
        return compareTo(threshold) <= 0;
    }
}
