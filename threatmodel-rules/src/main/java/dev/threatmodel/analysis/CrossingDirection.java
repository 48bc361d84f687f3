package dev.threatmodel.analysis;

/** Which way a boundary-crossing flow moves in trust. */
public enum CrossingDirection {
    /** Into a more trusted zone: the riskiest direction, where unexpected input meets more authority. */
    INTO_MORE_TRUSTED("into a more trusted zone"),
    /** Into a less trusted zone: where data can leak out. */
    INTO_LESS_TRUSTED("into a less trusted zone"),
    /** Between zones of equal trust. */
    BETWEEN_EQUALS("between zones of equal trust"),
    /** At least one side's trust level is not known. */
    UNKNOWN("between zones whose trust is not known");

    private final String words;

    CrossingDirection(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
