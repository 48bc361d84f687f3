package dev.threatmodel.model;

/** How bad a threat would be if it happened. */
public enum Severity implements Keyword {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String keyword;

    Severity(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
