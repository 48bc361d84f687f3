package dev.threatmodel.model;

import java.util.List;
import java.util.Set;

/**
 * A node of the data-flow diagram: an external entity, a process, a data store or an AI agent. It sits in a trust
 * zone, or is marked out of scope with a reason. Agents say what they can access and who hosts them.
 */
public record Element(String id, String name, ElementType type, String description, String zone,
                      boolean outOfScope, String outOfScopeReason, Set<AgentAccess> access, Hosting hosting,
                      AiService aiService, List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Element {
        access = Lists.copySet(access);
        suppressions = Lists.copy(suppressions);
    }

    public TargetKind targetKind() {
        return TargetKind.of(type);
    }
}
