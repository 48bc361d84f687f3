package dev.threatmodel.model;

import java.util.List;

/**
 * A condition that must hold for the system's protections to work. The model names its type, who owns checking it
 * and whether it was checked; objectives, trust zones and mitigations name the assumptions they rely on.
 */
public record Assumption(String id, String name, String text, AssumptionType type, String owner,
                         AssumptionStatus status, List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Assumption {
        suppressions = Lists.copy(suppressions);
    }
}
