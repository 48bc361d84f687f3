package dev.threatmodel.model;

/** Where a threat stands. */
public enum ThreatStatus implements Keyword {
    OPEN("open"),
    MITIGATED("mitigated"),
    ACCEPTED("accepted"),
    TRANSFERRED("transferred"),
    NOT_APPLICABLE("not-applicable");

    private final String keyword;

    ThreatStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
