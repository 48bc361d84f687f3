package dev.threatmodel.model;

/** What an assumption is about. */
public enum AssumptionType implements Keyword {
    INFRASTRUCTURE("infrastructure"),
    TRUST_BOUNDARY("trust-boundary"),
    IDENTITY_AND_PERMISSIONS("identity-and-permissions"),
    DATA_CLASSIFICATION("data-classification"),
    AUTOMATION("automation");

    private final String keyword;

    AssumptionType(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
