package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.AiService;
import dev.threatmodel.model.Element;
import dev.threatmodel.repo.McpFacts;
import dev.threatmodel.repo.McpServerDeclaration;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * TM407: every tool server of the model names, with {@code mcpServer}, a server that a configuration file of the
 * repository declares. A tool server without {@code mcpServer} or naming an undeclared server is reported.
 */
public final class ModelledToolServerDeclared extends BuiltinRule {

    public ModelledToolServerDeclared() {
        super("TM407", "ModelledToolServerDeclared", Level.WARNING, 4.0,
                "Every tool server of the model names, with mcpServer, an MCP server declared in the repository.",
                ModelPart.AI_AGENT, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS);
    }

    @Override
    public String help() {
        return """
                A tool server in the model that no configuration file declares is either gone (the model shows \
                a trust zone that no longer exists, and the one that replaced it may be missing) or configured \
                somewhere the check cannot see. Naming the declared server with `mcpServer:` ties the model to the \
                file, so that a renamed or removed server is noticed.

                **How to fix:** set `mcpServer:` to the server's key in `.mcp.json` (or the file your tool reads), \
                add that file to the `mcpFiles` option if the check does not read it, or remove the element if the \
                server is gone. A server that each developer configures outside the repository can be suppressed \
                with that reason.

                **Compliant**
                ```yaml
                - id: repo-files
                  type: process
                  aiService: tool-server
                  mcpServer: filesystem     # .mcp.json declares "filesystem"
                ```

                **Non-compliant**
                ```yaml
                - id: repo-files
                  type: process
                  aiService: tool-server    # no mcpServer, or one that no file declares
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        McpFacts mcp = context.repository().mcp();
        Set<String> declared = new HashSet<>();
        for (McpServerDeclaration s : mcp.servers()) {
            declared.add(s.name());
        }
        String read = mcp.filesRead().isEmpty() ? "no MCP configuration file exists"
                : "read: " + String.join(", ", mcp.filesRead());
        boolean noted = false;
        for (Element e : context.model().elements()) {
            if (e.aiService() != AiService.TOOL_SERVER && e.mcpServer() == null) {
                continue;
            }
            if (mcp.unknown() != null) {
                if (!noted) {
                    context.reportModel("The model has tool servers, but the repository's MCP configuration is "
                            + "unknown: " + mcp.unknown() + ".").note().key("mcp");
                    noted = true;
                }
                continue;
            }
            if (e.mcpServer() == null) {
                context.report(e, "Tool server " + e.display() + " names no MCP server: set mcpServer: to the "
                                + "server's key in the repository's MCP configuration (" + read + ").")
                        .at(e.origin().of("aiService"));
            } else if (!declared.contains(e.mcpServer())) {
                context.report(e, "Tool server " + e.display() + " names MCP server '" + e.mcpServer()
                                + "', which no configuration file declares (" + read + "): correct the name, add "
                                + "the file to mcpFiles, or remove the element if the server is gone.")
                        .at(e.origin().of("mcpServer"));
            }
        }
    }
}
