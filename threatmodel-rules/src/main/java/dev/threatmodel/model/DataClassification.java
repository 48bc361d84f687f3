package dev.threatmodel.model;

/** How sensitive an asset's data is, from least to most. */
public enum DataClassification implements Keyword {
    PUBLIC("public"),
    INTERNAL("internal"),
    CONFIDENTIAL("confidential"),
    RESTRICTED("restricted");

    private final String keyword;

    DataClassification(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
