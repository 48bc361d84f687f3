package dev.threatmodel.repo;

/**
 * Facts about the repository around the model, gathered before the rules run so that rules stay pure: the history
 * of the code the model links and the MCP servers the repository declares. A check that does not examine the
 * repository passes {@link #NOT_COLLECTED}, which rules treat as "unknown", never as "fine".
 */
public record RepositoryFacts(CodeFacts code, McpFacts mcp) {

    public static final RepositoryFacts NOT_COLLECTED = new RepositoryFacts(CodeFacts.NOT_COLLECTED,
            McpFacts.NOT_COLLECTED);

    public RepositoryFacts {
        code = code == null ? CodeFacts.NOT_COLLECTED : code;
        mcp = mcp == null ? McpFacts.NOT_COLLECTED : mcp;
    }
}
