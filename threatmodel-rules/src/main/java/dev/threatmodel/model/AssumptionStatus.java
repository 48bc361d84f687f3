package dev.threatmodel.model;

/** Whether an assumption has been checked, and with what result. */
public enum AssumptionStatus implements Keyword {
    UNVALIDATED("unvalidated"),
    VALIDATED("validated"),
    REFUTED("refuted");

    private final String keyword;

    AssumptionStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
