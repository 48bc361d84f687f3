package dev.threatmodel.model;

/** A protection a system keeps; also the control that answers one STRIDE category. */
public enum SecurityProperty implements Keyword {
    AUTHENTICATION("authentication"),
    INTEGRITY("integrity"),
    NON_REPUDIATION("non-repudiation"),
    CONFIDENTIALITY("confidentiality"),
    AVAILABILITY("availability"),
    AUTHORIZATION("authorization");

    private final String keyword;

    SecurityProperty(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
