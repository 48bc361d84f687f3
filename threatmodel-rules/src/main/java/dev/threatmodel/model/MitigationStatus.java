package dev.threatmodel.model;

/** Whether a mitigation exists today or is only planned. */
public enum MitigationStatus implements Keyword {
    IMPLEMENTED("implemented"),
    PLANNED("planned");

    private final String keyword;

    MitigationStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
