package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TM406, TM407, TM408 and TM606 end to end: a model beside MCP configuration files. */
class McpServersCheckTest {

    private static final Set<String> MCP_RULES = Set.of("TM406", "TM407", "TM408", "TM606");

    @TempDir
    Path repo;

    private static final String MODEL = """
            name: Agents
            owner: team
            reviewed: 2026-03-01
            zones:
              - id: agent-zone
                kind: ai-agent
                trustLevel: 40
              - id: tools
                trustLevel: 30
            elements:
              - id: agent
                type: agent
                zone: agent-zone
                access: [file-system]
            """;

    private CheckResult run(String elements, List<String> mcpFiles) throws Exception {
        Path file = repo.resolve("threatmodel.yaml");
        Files.writeString(file, MODEL + elements);
        return ThreatModelCheck.run(CheckRequest.builder(file).repositoryRoot(repo).mcpFiles(mcpFiles)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 4, 1), 365)).ruleConfig(RuleConfig.DEFAULT).build());
    }

    private static List<Finding> mcp(CheckResult result) {
        return result.findings().stream().filter(f -> MCP_RULES.contains(f.ruleId())).toList();
    }

    private void write(String name, String text) throws Exception {
        Path f = repo.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void aModelThatShowsEveryDeclaredServerFaithfullyPasses() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {\"files\": {\"command\": \"npx\"}}}");
        write(".vscode/mcp.json", "{\"servers\": {\"tracker\": {\"type\": \"http\", \"url\": \"https://t.example\"}}}");

        CheckResult result = run("""
                  - id: files-mcp
                    type: process
                    aiService: tool-server
                    mcpServer: files
                    access: [file-system]
                    zone: tools
                  - id: tracker-mcp
                    type: entity
                    aiService: tool-server
                    mcpServer: tracker
                    hosting: third-party
                    zone: tools
                """, null);

        assertThat(mcp(result)).isEmpty();
        assertThat(ConsoleReport.lines(result)).extracting(ConsoleReport.Line::text)
                .contains("Threat model: MCP configuration read from .mcp.json, .vscode/mcp.json.");
    }

    @Test
    void aDeclaredServerMissingFromTheModelIsReportedAtItsDeclaration() throws Exception {
        write(".mcp.json", "{\n  \"mcpServers\": {\n    \"files\": {\"command\": \"npx\"}\n  }\n}\n");

        List<Finding> findings = mcp(run("", null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM406");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.location().file()).isEqualTo(repo.resolve(".mcp.json"));
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("MCP server 'files' declared in .mcp.json (a stdio server that runs "
                    + "'npx' with the agent's rights) is not in the model: add a tool server element with "
                    + "mcpServer: files, in a zone no more trusted than the agents that call it.");
        });
    }

    @Test
    void aModelledToolServerWithoutDeclarationIsReported() throws Exception {
        List<Finding> findings = mcp(run("""
                  - id: ghost
                    type: process
                    aiService: tool-server
                    mcpServer: ghost
                    access: [network]
                    zone: tools
                  - id: unnamed
                    type: process
                    aiService: tool-server
                    zone: tools
                """, null));

        assertThat(findings).extracting(Finding::ruleId, Finding::identity).containsExactly(
                tuple("TM407", "TM407/ghost"), tuple("TM407", "TM407/unnamed"));
        assertThat(findings.get(0).message()).contains("names MCP server 'ghost', which no configuration file "
                + "declares (no MCP configuration file exists)");
    }

    @Test
    void theElementMustFitTheDeclaration() throws Exception {
        write(".cursor/mcp.json", "{\"mcpServers\": {\"remote\": {\"url\": \"https://r.example/mcp\"}, "
                + "\"local\": {\"command\": \"node\"}}}");

        List<Finding> findings = mcp(run("""
                  - id: remote-mcp
                    type: entity
                    aiService: tool-server
                    mcpServer: remote
                    hosting: internal
                    zone: tools
                  - id: local-mcp
                    type: process
                    mcpServer: local
                """, null));

        assertThat(findings).extracting(Finding::ruleId, Finding::identity).containsExactlyInAnyOrder(
                tuple("TM408", "TM408/remote-mcp/hosting"),
                tuple("TM408", "TM408/local-mcp/aiService"),
                tuple("TM408", "TM408/local-mcp/zone"),
                tuple("TM408", "TM408/local-mcp/access"));
    }

    @Test
    void anUnreadableFileIsAnErrorAndItsServersCannotHide() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {\"files\": {\"command\": \"npx\"},}}");

        List<Finding> findings = mcp(run("", null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM606");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.location().file()).isEqualTo(repo.resolve(".mcp.json"));
            assertThat(f.message()).startsWith(".mcp.json cannot be read as MCP configuration: invalid JSON");
        });
    }

    @Test
    void onlyTheConfiguredFilesAreRead() throws Exception {
        write(".mcp.json", "{\"mcpServers\": {\"files\": {\"command\": \"npx\"}}}");
        write("agents/mcp.json", "{\"mcpServers\": {\"other\": {\"command\": \"node\"}}}");

        CheckResult result = run("", List.of("agents/mcp.json"));

        assertThat(mcp(result)).extracting(Finding::identity).containsExactly("TM406/(model)/agents/mcp.json#other");
        assertThat(result.repository().mcp().filesRead()).containsExactly("agents/mcp.json");
    }

    @Test
    void withoutRepositoryFactsAToolServerGetsOneNote() {
        dev.threatmodel.model.ThreatModel model = dev.threatmodel.model.ThreatModel.builder()
                .file(repo.resolve("m.yaml"))
                .element(new dev.threatmodel.model.Element("t", "T", dev.threatmodel.model.ElementType.PROCESS, null,
                        null, false, null, Set.of(), null, dev.threatmodel.model.AiService.TOOL_SERVER, List.of(),
                        dev.threatmodel.model.Origin.of(dev.threatmodel.model.SourceLocation.startOf(repo))))
                .build();
        dev.threatmodel.rules.RuleEngine engine = new dev.threatmodel.rules.RuleEngine(
                List.of(new dev.threatmodel.rules.builtin.ModelledToolServerDeclared()),
                new RuleConfig(Set.of(), Map.of()));

        assertThat(engine.check(model, RuleOptions.defaults())).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.NOTE);
            assertThat(f.message()).contains("the repository was not examined");
        });
    }
}
