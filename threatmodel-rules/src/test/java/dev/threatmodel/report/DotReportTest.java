package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotReportTest {

    private final DotReport writer = new DotReport();

    @Test
    void zonesAreNestedDashedClustersLabelledWithTrust() {
        String dot = writer.render(BlogFixture.blog());

        assertThat(dot).startsWith("digraph threatmodel {\n  graph [label=\"Blog authentication and publishing\"");
        assertThat(dot).contains("  subgraph cluster_z0 {\n    label=\"Internet\\ntrust 0\";\n"
                + "    style=dashed; color=\"#757575\"; fontcolor=\"#424242\";\n"
                + "    n0 [label=\"Site administrator\", shape=box];\n");
        int outer = dot.indexOf("subgraph cluster_z1 {");
        int inner = dot.indexOf("    subgraph cluster_z2 {\n      label=\"Account database segment\\ntrust 90\";");
        int outerEnd = dot.indexOf("\n  }\n", outer);
        assertThat(inner).isGreaterThan(outer).isLessThan(outerEnd);
        assertThat(dot).contains("      n7 [label=\"Author accounts and credentials\", shape=cylinder");
        assertThat(dot).contains("n3 [label=\"Create author account\", shape=ellipse");
        assertThat(dot).endsWith("}\n");
    }

    @Test
    void flowsAreNumberedEdgesAndUnmitigatedCrossingsRed() {
        String clean = writer.render(BlogFixture.blog());
        assertThat(clean).contains("  n0 -> n3 [id=\"e0\", label=\"1. Author e-mail address\"];\n");
        assertThat(clean).doesNotContain("#d32f2f");

        String open = writer.render(BlogFixture.blogWithFindings());
        assertThat(open).contains("  n3 -> n1 [id=\"e1\", label=\"2. Reset token (unmitigated)\", color=\"#d32f2f\","
                + " fontcolor=\"#d32f2f\", penwidth=2.5];\n");
        assertThat(open.split("#d32f2f", -1)).hasSize(3);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(writer.render(BlogFixture.blogWithFindings())).isEqualTo(writer.render(
                BlogFixture.blogWithFindings()));
    }
}
