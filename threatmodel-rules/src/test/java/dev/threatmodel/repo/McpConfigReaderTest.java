package dev.threatmodel.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.repo.McpServerDeclaration.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class McpConfigReaderTest {

    @TempDir
    Path root;

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private McpFacts read() {
        return McpConfigReader.read(root, McpConfigReader.DEFAULT_FILES);
    }

    @Test
    void readsEverySupportedKindOfFile() throws Exception {
        write(".mcp.json", """
                {"mcpServers": {
                  "files": {"command": "npx", "args": ["-y", "files-server", "."]},
                  "tracker": {"type": "http", "url": "https://tracker.example.com/mcp"}
                }}
                """);
        write(".vscode/mcp.json", """
                {
                  // VS Code allows comments and trailing commas
                  "inputs": [],
                  "servers": {
                    "db": {"type": "stdio", "command": "uvx", "args": ["db-server"],},
                    "docs": {"type": "sse", "url": "https://docs.example.com/sse"}, /* remote */
                  },
                }
                """);
        write(".cursor/mcp.json", """
                {"mcpServers": {"browser": {"url": "https://browser.example.com/mcp"}}}
                """);
        write(".gemini/settings.json", """
                {
                  // other settings of the tool
                  "theme": "dark",
                  "mcpServers": {"search": {"httpUrl": "https://search.example.com/mcp"},
                                 "shell": {"command": "python", "args": ["shell_server.py"]}}
                }
                """);

        McpFacts facts = read();

        assertThat(facts.problems()).isEmpty();
        assertThat(facts.filesRead()).containsExactly(".mcp.json", ".vscode/mcp.json", ".cursor/mcp.json",
                ".gemini/settings.json");
        assertThat(facts.servers()).extracting(McpServerDeclaration::name, McpServerDeclaration::file,
                McpServerDeclaration::transport, McpServerDeclaration::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("files", ".mcp.json", Transport.STDIO, "npx"),
                org.assertj.core.groups.Tuple.tuple("tracker", ".mcp.json", Transport.REMOTE,
                        "https://tracker.example.com/mcp"),
                org.assertj.core.groups.Tuple.tuple("db", ".vscode/mcp.json", Transport.STDIO, "uvx"),
                org.assertj.core.groups.Tuple.tuple("docs", ".vscode/mcp.json", Transport.REMOTE,
                        "https://docs.example.com/sse"),
                org.assertj.core.groups.Tuple.tuple("browser", ".cursor/mcp.json", Transport.REMOTE,
                        "https://browser.example.com/mcp"),
                org.assertj.core.groups.Tuple.tuple("search", ".gemini/settings.json", Transport.REMOTE,
                        "https://search.example.com/mcp"),
                org.assertj.core.groups.Tuple.tuple("shell", ".gemini/settings.json", Transport.STDIO, "python"));
        assertThat(facts.servers().get(2).location().line()).isEqualTo(5);
        assertThat(facts.servers().get(2).location().column()).isEqualTo(5);
    }

    @Test
    void noFilesMeansNothingDeclaredAndNothingRead() {
        McpFacts facts = read();

        assertThat(facts.unknown()).isNull();
        assertThat(facts.filesRead()).isEmpty();
        assertThat(facts.servers()).isEmpty();
        assertThat(facts.problems()).isEmpty();
    }

    @Test
    void commentsAreRefusedWhereTheToolDoesNotAllowThem() throws Exception {
        write(".mcp.json", "{\n  // a comment\n  \"mcpServers\": {}\n}\n");

        McpFacts facts = read();

        assertThat(facts.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(".mcp.json");
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).startsWith(".mcp.json cannot be read as MCP configuration: invalid JSON");
        });
    }

    @Test
    void malformedEntriesAreProblemsAndCountAsRemoteServers() throws Exception {
        write(".mcp.json", """
                {"mcpServers": {"a": "npx server", "b": {"args": ["x"]}, "c": {"command": "node"}}}
                """);
        write(".cursor/mcp.json", "{\"mcpServers\": [\"x\"]}");
        write(".vscode/mcp.json", "[1, 2]");
        write(".gemini/settings.json", "   ");

        McpFacts facts = read();

        assertThat(facts.servers()).extracting(McpServerDeclaration::name, McpServerDeclaration::transport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", Transport.REMOTE),
                        org.assertj.core.groups.Tuple.tuple("b", Transport.REMOTE),
                        org.assertj.core.groups.Tuple.tuple("c", Transport.STDIO));
        assertThat(facts.problems()).extracting(McpFacts.Problem::message).containsExactly(
                "MCP server 'a' in .mcp.json must be an object, found a string; it is taken to be a remote server",
                "MCP server 'b' in .mcp.json gives neither a command nor a url; it is taken to be a remote server",
                ".vscode/mcp.json must hold a JSON object, found a list",
                "'mcpServers' in .cursor/mcp.json must be an object of servers by name, found a list",
                ".gemini/settings.json is empty; an AI tool cannot read it either");
    }

    @Test
    void duplicateServerNamesAreRefused() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {\"a\": {\"command\": \"x\"}, \"a\": {\"url\": \"https://e\"}}}");

        assertThat(read().problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("duplicate key 'a'"));
    }

    @Test
    void aFileOverTheSizeLimitIsAProblemNotASilentSkip() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {}, \"pad\": \"" + "x".repeat((int) McpConfigReader.MAX_FILE_BYTES)
                + "\"}");

        assertThat(read().problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("more than the limit of " + McpConfigReader.MAX_FILE_BYTES));
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        write(".mcp.json", "[".repeat(5000) + "]".repeat(5000));

        assertThat(read().problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("nested more than"));
    }

    @Test
    void aSymbolicLinkIsNotFollowed() throws Exception {
        Path outside = Files.createTempFile("mcp", ".json");
        try {
            Files.writeString(outside, "{\"mcpServers\": {\"x\": {\"command\": \"y\"}}}");
            Files.createSymbolicLink(root.resolve(".mcp.json"), outside);

            McpFacts facts = read();

            assertThat(facts.servers()).isEmpty();
            assertThat(facts.filesRead()).isEmpty();
            assertThat(facts.problems()).singleElement().satisfies(p ->
                    assertThat(p.message()).isEqualTo(".mcp.json is a symbolic link; MCP configuration is read only "
                            + "from regular files inside the repository"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aConfiguredPathOutsideTheRepositoryIsRefused() {
        McpFacts facts = McpConfigReader.read(root, List.of("../elsewhere/mcp.json"));

        assertThat(facts.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("lies outside the repository"));
    }

    @Test
    void theListOfFilesCanBeChanged() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {\"a\": {\"command\": \"x\"}}}");
        write("tools/agents.jsonc", "{\"servers\": {\"b\": {\"command\": \"y\"}, /* ok in .jsonc */}}");

        McpFacts facts = McpConfigReader.read(root, List.of("tools/agents.jsonc"));

        assertThat(facts.filesRead()).containsExactly("tools/agents.jsonc");
        assertThat(facts.servers()).extracting(McpServerDeclaration::name).containsExactly("b");
    }
}
