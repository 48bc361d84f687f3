package dev.threatmodel.repo;

import dev.threatmodel.model.SourceLocation;
import java.util.List;

/**
 * The MCP servers the repository declares.
 *
 * @param unknown   why the declarations are not known (the repository was not examined), or null when they are
 * @param filesRead the configuration files read, repository-relative, in the order they were looked for
 * @param servers   every server declared, in file order
 * @param problems  files that exist but could not be read as MCP configuration: each may hide servers
 */
public record McpFacts(String unknown, List<String> filesRead, List<McpServerDeclaration> servers,
                       List<Problem> problems) {

    public static final McpFacts NOT_COLLECTED = new McpFacts("the repository was not examined in this check",
            List.of(), List.of(), List.of());

    public McpFacts {
        filesRead = List.copyOf(filesRead);
        servers = List.copyOf(servers);
        problems = List.copyOf(problems);
    }

    /** A configuration file that could not be read, and where. */
    public record Problem(String file, SourceLocation location, String message) {
    }
}
