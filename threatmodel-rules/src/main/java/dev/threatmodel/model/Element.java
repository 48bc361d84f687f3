package dev.threatmodel.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A node of the data-flow diagram: an external entity, a process, a data store or an AI agent. It sits in a trust
 * zone, or is marked out of scope with a reason. Agents say what they can access and who hosts them. An element may
 * link the code that implements it ({@code code}: repository-relative paths or globs), carry its own review date, and,
 * as a tool server, name the MCP server a repository file declares for it ({@code mcpServer}).
 */
public record Element(String id, String name, ElementType type, String description, String zone,
                      boolean outOfScope, String outOfScopeReason, Set<AgentAccess> access, Hosting hosting,
                      AiService aiService, List<String> code, LocalDate reviewed, String mcpServer,
                      List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Element {
        access = Lists.copySet(access);
        code = Lists.copy(code);
        suppressions = Lists.copy(suppressions);
    }

    /** An element without code links, own review date or MCP server name. */
    public Element(String id, String name, ElementType type, String description, String zone,
                   boolean outOfScope, String outOfScopeReason, Set<AgentAccess> access, Hosting hosting,
                   AiService aiService, List<Suppression> suppressions, Origin origin) {
        this(id, name, type, description, zone, outOfScope, outOfScopeReason, access, hosting, aiService, List.of(),
                null, null, suppressions, origin);
    }

    public TargetKind targetKind() {
        return TargetKind.of(type);
    }
}
