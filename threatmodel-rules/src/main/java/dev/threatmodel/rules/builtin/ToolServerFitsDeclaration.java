package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.AiService;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.repo.McpServerDeclaration;
import dev.threatmodel.repo.McpServerDeclaration.Transport;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TM408: the element that models a declared MCP server says what the declaration implies: it is a tool server in a
 * zone with a known trust level; a remote server is hosted by a third party; a stdio server records the access it
 * has, since it runs local code with the rights of the agent that starts it.
 */
public final class ToolServerFitsDeclaration extends BuiltinRule {

    public ToolServerFitsDeclaration() {
        super("TM408", "ToolServerFitsDeclaration", Level.ERROR, 6.5,
                "The element modelling a declared MCP server is a tool server in a zone with a trust level; a remote "
                        + "server is hosted by a third party, a stdio server records its access.",
                ModelPart.AI_AGENT, ModelPart.EXTERNAL_ENTITY, ModelPart.PROCESS, ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                How a server is declared decides how far it can be trusted. A remote server (`url`, `httpUrl`, \
                `type: http` or `sse`) is someone else's service: it counts as third-party hosted. A stdio server \
                (`command`) is a program the AI tool starts on the developer's machine or the CI runner with the \
                agent's rights: what it can reach (`access`: file-system, terminal, network, read-only) must be \
                written down. Either way it is a zone of its own whose trust must be known, so that TM402 can \
                check it is no more trusted than the agents calling it.

                **How to fix:** set `aiService: tool-server`, place the element in a zone with a `trustLevel` at \
                most the calling agents', and set `hosting: third-party` for a remote server or `access:` for a \
                stdio one.

                **Compliant**
                ```yaml
                - id: files-mcp
                  type: process
                  aiService: tool-server
                  mcpServer: filesystem        # a stdio server in .mcp.json
                  access: [file-system]
                  zone: agent-tools            # trustLevel 30, the agent's zone has 40
                ```

                **Non-compliant**
                ```yaml
                - id: github-mcp
                  type: entity
                  mcpServer: github            # declared with a url
                  hosting: internal            # a remote server is third-party hosted
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        Map<String, McpServerDeclaration> declared = new LinkedHashMap<>();
        for (McpServerDeclaration s : context.repository().mcp().servers()) {
            // one name in several files: a remote declaration is the stricter reading
            declared.merge(s.name(), s, (a, b) -> a.transport() == Transport.REMOTE ? a : b);
        }
        for (Element e : context.model().elements()) {
            McpServerDeclaration server = e.mcpServer() == null ? null : declared.get(e.mcpServer());
            if (server == null) {
                continue;
            }
            String what = "MCP server '" + server.name() + "' (" + server.file() + ")";
            if (e.aiService() != AiService.TOOL_SERVER) {
                context.report(e, e.display() + " models " + what + " but is not marked as one: set aiService: "
                        + "tool-server.").at(e.origin().of("mcpServer")).key("aiService");
            }
            if (context.boundaries().trustOf(e) == null) {
                context.report(e, e.display() + " models " + what + " but its trust is unknown: place it in a "
                        + "zone with a trustLevel no higher than the agents that call it.")
                        .at(e.origin().of("zone")).key("zone");
            }
            if (server.transport() == Transport.REMOTE && e.hosting() != Hosting.THIRD_PARTY) {
                context.report(e, e.display() + " models " + what + ", a remote server"
                                + (server.target().isEmpty() ? "" : " at " + server.target())
                                + ", which counts as third-party hosted: set hosting: third-party.")
                        .at(e.origin().of("hosting")).related(server.location(), "the declaration").key("hosting");
            }
            if (server.transport() == Transport.STDIO && e.access().isEmpty()) {
                context.report(e, e.display() + " models " + what + ", a stdio server that runs '"
                                + server.target() + "' with the agent's rights: record what it can reach with "
                                + "access: (file-system, terminal, network or read-only).")
                        .at(e.origin().of("mcpServer")).related(server.location(), "the declaration").key("access");
            }
        }
    }
}
