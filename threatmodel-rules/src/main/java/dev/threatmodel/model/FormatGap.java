package dev.threatmodel.model;

/**
 * A fact that a model's source format cannot express. Rules that need such a fact say once per model that it is
 * missing and how to supply it, instead of reporting every part of the model that lacks it.
 */
public enum FormatGap {
    ASSETS_AND_OBJECTIVES("assets and security objectives"),
    ASSUMPTIONS("assumptions"),
    TRUST_LEVELS("trust levels of zones"),
    STORIES("abuse, misuse, negligence and agent-bypass stories"),
    MITIGATION_DETAILS("mitigation controls, security domains and status"),
    ACCEPTANCE_DETAILS("who accepted a risk and until when"),
    REVIEW_DATE("the date the model was last reviewed"),
    INTERACTION_NUMBERS("numbered interaction points"),
    DIAGRAM("a data-flow diagram (elements, flows and trust zones)");

    private final String description;

    /** Every gap but {@link #DIAGRAM}: what a drawing tool's file cannot record. */
    public static java.util.Set<FormatGap> allButDiagram() {
        return java.util.Set.copyOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(DIAGRAM)));
    }

    FormatGap(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
