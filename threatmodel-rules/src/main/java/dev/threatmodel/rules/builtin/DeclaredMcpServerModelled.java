package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Element;
import dev.threatmodel.repo.McpServerDeclaration;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * TM406: every MCP server that a configuration file of the repository declares for an AI tool appears in the model as
 * an element naming it with {@code mcpServer}. The finding points at the declaration in the configuration file.
 */
public final class DeclaredMcpServerModelled extends BuiltinRule {

    public DeclaredMcpServerModelled() {
        super("TM406", "DeclaredMcpServerModelled", Level.ERROR, 7.0,
                "Every MCP server declared in the repository (.mcp.json, .vscode/mcp.json, .cursor/mcp.json, "
                        + ".gemini/settings.json) appears in the model as a tool server naming it with mcpServer.",
                ModelPart.MODEL, ModelPart.AI_AGENT, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS);
    }

    @Override
    public String help() {
        return """
                A repository that declares MCP servers gives every AI agent opened on it new tools: a stdio server \
                runs a local program with the agent's rights (files, terminal, network); a remote server sends \
                the agent's requests to someone else's service and feeds its answers back in. Each is a trust \
                zone of its own that the model must show, or the agent's real attack surface is missing.

                The files read are set by the `mcpFiles` option (default `.mcp.json`, `.vscode/mcp.json`, \
                `.cursor/mcp.json`, `.gemini/settings.json`); VS Code's file keeps servers under `servers`, the \
                others under `mcpServers`.

                **How to fix:** add an element for the server with `aiService: tool-server` and \
                `mcpServer: <the server's key in the file>`, in a zone no more trusted than the agents that call \
                it, with a flow from each agent that uses it (see TM407, TM408 and TM402).

                **Compliant**
                ```yaml
                # .mcp.json: {"mcpServers": {"github": {"type": "http", "url": "https://api.example.com/mcp"}}}
                elements:
                  - id: github-mcp
                    name: GitHub MCP server
                    type: entity
                    aiService: tool-server
                    mcpServer: github
                    hosting: third-party
                    zone: tool-vendors
                ```

                **Non-compliant**
                ```yaml
                # .mcp.json declares "github", and no element says mcpServer: github
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> modelled = new HashSet<>();
        for (Element e : context.model().elements()) {
            if (e.mcpServer() != null) {
                modelled.add(e.mcpServer());
            }
        }
        for (McpServerDeclaration server : context.repository().mcp().servers()) {
            if (modelled.contains(server.name())) {
                continue;
            }
            String how = server.transport() == McpServerDeclaration.Transport.STDIO
                    ? "a stdio server that runs '" + server.target() + "' with the agent's rights"
                    : "a remote server" + (server.target().isEmpty() ? "" : " at " + server.target());
            context.reportModel("MCP server '" + server.name() + "' declared in " + server.file() + " (" + how
                            + ") is not in the model: add a tool server element with mcpServer: " + server.name()
                            + ", in a zone no more trusted than the agents that call it.")
                    .at(server.location())
                    .related(context.model().origin().at(), "the model")
                    .key(server.file() + "#" + server.name());
        }
    }
}
