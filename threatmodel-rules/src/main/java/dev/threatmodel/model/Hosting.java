package dev.threatmodel.model;

/** Who runs an element. */
public enum Hosting implements Keyword {
    INTERNAL("internal"),
    THIRD_PARTY("third-party");

    private final String keyword;

    Hosting(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
