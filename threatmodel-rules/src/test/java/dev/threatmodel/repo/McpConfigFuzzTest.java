package dev.threatmodel.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds arbitrary bytes to the MCP configuration reader, as strict JSON ({@code .mcp.json}) and as JSON with
 * comments ({@code .vscode/mcp.json}). The only acceptable outcomes are servers and problems with a place and a
 * message, or a located load problem; anything else (an exception, a stack overflow, a hang) is a bug. In a normal
 * build these run once per file in {@code McpConfigFuzzTestInputs}; see {@code docs/robustness.md}.
 */
class McpConfigFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void mcpJson(byte[] input) {
        parse(Path.of(".mcp.json"), ".mcp.json", input);
    }

    @FuzzTest(maxDuration = "10m")
    void vscodeJsonWithComments(byte[] input) {
        parse(Path.of(".vscode/mcp.json"), ".vscode/mcp.json", input);
    }

    private static void parse(Path file, String shown, byte[] input) {
        List<McpServerDeclaration> servers = new ArrayList<>();
        List<McpFacts.Problem> problems = new ArrayList<>();
        try {
            McpConfigReader.parse(SourceText.decode(file, input), shown, servers, problems);
        } catch (ModelLoadException e) {
            assertThat(e.problems()).isNotEmpty();
            for (LoadProblem p : e.problems()) {
                assertThat(p.location().file()).isEqualTo(file);
                assertThat(p.message()).isNotBlank();
            }
            return;
        }
        for (McpServerDeclaration s : servers) {
            assertThat(s.name()).isNotNull();
            assertThat(s.location().file()).isEqualTo(file);
            assertThat(s.file()).isEqualTo(shown);
        }
        for (McpFacts.Problem p : problems) {
            assertThat(p.location().file()).isEqualTo(file);
            assertThat(p.message()).isNotBlank();
        }
    }
}
