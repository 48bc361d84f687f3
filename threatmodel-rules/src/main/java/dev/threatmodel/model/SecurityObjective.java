package dev.threatmodel.model;

import java.util.List;

/** A protection the system must keep for an asset, and the assumptions it depends on. */
public record SecurityObjective(String id, String name, String asset, List<SecurityProperty> protects,
                                String description, List<String> assumptions,
                                List<Suppression> suppressions, Origin origin) implements ModelItem {

    public SecurityObjective {
        protects = Lists.copy(protects);
        assumptions = Lists.copy(assumptions);
        suppressions = Lists.copy(suppressions);
    }
}
