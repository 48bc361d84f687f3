package dev.threatmodel.baseline;

import dev.threatmodel.model.Keyword;

/**
 * How a finding relates to the baseline, in the words of SARIF's {@code result.baselineState}: {@code new} (the
 * baseline lacks its identity), {@code unchanged} (same identity, level and message), {@code updated} (same identity,
 * another level, message or suppression), {@code absent} (in the baseline only: fixed).
 */
public enum BaselineState implements Keyword {
    NEW("new"),
    UNCHANGED("unchanged"),
    UPDATED("updated"),
    ABSENT("absent");

    private final String keyword;

    BaselineState(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
