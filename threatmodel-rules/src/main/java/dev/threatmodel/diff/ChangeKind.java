package dev.threatmodel.diff;

/** The kinds of change a reviewer of a threat model looks for, in the order a review page lists them. */
public enum ChangeKind {
    FLOW_NOW_CROSSES("Flows that now cross a trust boundary"),
    THREAT_REOPENED("Threats reopened"),
    MITIGATION_DOWNGRADED("Mitigations no longer implemented"),
    ASSUMPTION_REFUTED("Assumptions refuted"),
    ZONE_TRUST_CHANGED("Trust levels changed"),
    ELEMENT_WITHOUT_THREAT("New elements with no threat"),
    FLOW_WITHOUT_THREAT("New flows with no threat"),
    THREAT_ADDED("Threats added"),
    THREAT_CLOSED("Threats closed"),
    THREAT_REMOVED("Threats removed from the model"),
    ACCEPTANCE_ADDED("Risks accepted"),
    ACCEPTANCE_EXPIRING("Acceptances expiring soon or expired");

    private final String heading;

    ChangeKind(String heading) {
        this.heading = heading;
    }

    /** The heading of the section listing changes of this kind. */
    public String heading() {
        return heading;
    }
}
