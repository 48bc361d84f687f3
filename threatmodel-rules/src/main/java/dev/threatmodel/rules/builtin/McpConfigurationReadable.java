package dev.threatmodel.rules.builtin;

import dev.threatmodel.repo.McpFacts;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM606: every MCP configuration file the check looks for and finds can be read: valid JSON (with comments where the
 * tool allows them), within the size limit, a regular file inside the repository, each server an object with a
 * command or a url. A file that cannot be read may declare servers the model does not show.
 */
public final class McpConfigurationReadable extends BuiltinRule {

    public McpConfigurationReadable() {
        super("TM606", "McpConfigurationReadable", Level.ERROR, 5.0,
                "Every MCP configuration file found in the repository can be read, and each server in it declares "
                        + "a command or a url.",
                ModelPart.MODEL);
    }

    @Override
    public String help() {
        return """
                The check compares the MCP servers that AI tools' configuration files declare with the model \
                (TM406-TM408). A file it cannot read could declare any number of servers; passing as if it \
                declared none would let a hostile or broken file hide a tool server. Files are read only when \
                they are regular files inside the repository (a symbolic link is refused), up to 1 MB, as strict \
                JSON, except VS Code's files and Gemini CLI's settings, which may hold comments.

                **How to fix:** correct the file at the place named (the AI tool cannot read it either), or, if it \
                is not MCP configuration, remove it from the `mcpFiles` option.

                **Compliant**
                ```json
                {"mcpServers": {"filesystem": {"command": "npx", "args": ["-y", "some-mcp-server", "."]}}}
                ```

                **Non-compliant**
                ```json
                {"mcpServers": {"filesystem": {"command": "npx",}}   // a trailing comma, a comment: not JSON
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (McpFacts.Problem p : context.repository().mcp().problems()) {
            context.reportModel(p.message() + ".").at(p.location())
                    .key(p.file() + ":" + p.location().line() + ":" + p.location().column());
        }
    }
}
