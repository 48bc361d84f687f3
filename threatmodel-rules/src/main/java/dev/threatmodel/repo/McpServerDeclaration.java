package dev.threatmodel.repo;

import dev.threatmodel.model.SourceLocation;

/**
 * One MCP server a file of the repository declares for an AI tool.
 *
 * @param name      the server's key in the file, which the model's {@code mcpServer} names
 * @param file      the declaring file, repository-relative
 * @param transport how the agent reaches it
 * @param target    the command a stdio server runs, or the URL of a remote one (empty when the file gives none)
 * @param location  where the file declares it
 */
public record McpServerDeclaration(String name, String file, Transport transport, String target,
                                   SourceLocation location) {

    /** How a server is reached. */
    public enum Transport {
        /** A local process the tool starts: it runs with the rights of the agent that starts it. */
        STDIO("stdio"),
        /** A server at a URL (HTTP or server-sent events): hosted by someone else unless shown otherwise. */
        REMOTE("remote");

        private final String word;

        Transport(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
