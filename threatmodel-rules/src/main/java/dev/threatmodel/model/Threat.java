package dev.threatmodel.model;

import java.util.List;

/**
 * A threat aimed at one element or flow. {@code category} is the STRIDE category; it is null for a threat imported
 * from a non-STRIDE diagram, whose own category word is kept in {@code otherCategory}.
 */
public record Threat(String id, String name, StrideCategory category, String otherCategory, String target,
                     String description, Severity severity, ThreatStatus status, List<Mitigation> mitigations,
                     Acceptance acceptance, List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Threat {
        mitigations = Lists.copy(mitigations);
        suppressions = Lists.copy(suppressions);
    }

    public boolean isStride() {
        return category != null;
    }
}
