package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.report.MermaidSubsetParser.MermaidSyntaxException;
import org.junit.jupiter.api.Test;

/** The parser the Mermaid tests rely on must itself reject what Mermaid would choke on. */
class MermaidSubsetParserTest {

    private static final String GOOD = """
            flowchart LR
              subgraph z0["Zone #35;1"]
                n0["a #quot;b#quot; #lt;c#gt;"]
              end
              n1[("store")]
              n0 -->|"1. x"| n1
              classDef store fill:#fff
              class n1 store
              linkStyle 0 stroke:#d32f2f
            """;

    @Test
    void acceptsTheSubsetAndDecodesEntities() {
        MermaidSubsetParser.Flowchart chart = MermaidSubsetParser.parse(GOOD);
        assertThat(chart.nodes().get("n0").label()).isEqualTo("a \"b\" <c>");
        assertThat(chart.subgraphs().get("z0").label()).isEqualTo("Zone #1");
        assertThat(chart.edges()).hasSize(1);
    }

    @Test
    void rejectsUnbalancedSubgraphs() {
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("  end\n", "")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("n1[(\"store\")]", "end")))
                .isInstanceOf(MermaidSyntaxException.class);
    }

    @Test
    void rejectsUnquotedOrRawSpecialCharacters() {
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("n1[(\"store\")]", "n1[(store)]")))
                .isInstanceOf(MermaidSyntaxException.class);
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("#lt;c#gt;", "<c>")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("raw '<'");
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("#quot;b#quot;", "\"b\"")))
                .isInstanceOf(MermaidSyntaxException.class);
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("Zone #35;1", "Zone #1")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("stray '#'");
    }

    @Test
    void rejectsLinkStyleBeyondTheEdges() {
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("linkStyle 0", "linkStyle 1")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("linkStyle 1 but only 1 edges");
    }

    @Test
    void rejectsEdgesAndClassesOnUndeclaredIds() {
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("n0 -->", "n9 -->")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("undeclared");
        assertThatThrownBy(() -> MermaidSubsetParser.parse(GOOD.replace("class n1 store", "class n1 other")))
                .isInstanceOf(MermaidSyntaxException.class).hasMessageContaining("not defined");
    }
}
