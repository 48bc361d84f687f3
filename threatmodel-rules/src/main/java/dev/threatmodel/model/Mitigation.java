package dev.threatmodel.model;

import java.util.List;

/**
 * A control that answers a threat: which security property it provides, which of the thirteen security domains it
 * belongs to, whether it is implemented or planned, where to find it, and the assumptions it relies on.
 */
public record Mitigation(String id, String name, SecurityProperty control, SecurityDomain domain,
                         MitigationStatus status, String reference, List<String> reliesOn,
                         List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Mitigation {
        reliesOn = Lists.copy(reliesOn);
        suppressions = Lists.copy(suppressions);
    }
}
