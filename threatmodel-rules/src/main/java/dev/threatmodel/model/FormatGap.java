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
    INTERACTION_NUMBERS("numbered interaction points");

    private final String description;

    FormatGap(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
