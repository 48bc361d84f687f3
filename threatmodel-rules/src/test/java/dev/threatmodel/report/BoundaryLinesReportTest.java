package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.ThreatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threat Dragon draws some trust boundaries as lines that enclose nothing; the reports list them with the flows
 * that cross them instead of drawing them as empty zones, and unnamed flows and zones are never titled by their id.
 */
class BoundaryLinesReportTest {

    static ReportInput crossedLine() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("cloud", "Public Cloud", null, null, 2));
        b.zone(BlogFixture.zone("64d52ab0-wall", "", null, null, 3));
        b.element(BlogFixture.element("ui", "Web UI", ElementType.EXTERNAL_ENTITY, null, 5));
        b.element(BlogFixture.element("svc", "Web Service", ElementType.PROCESS, "cloud", 6));
        b.flow(new DataFlow("76b24277-flow", null, null, "ui", "svc", List.of(), null, null, null, false,
                List.of(), BlogFixture.at(8, 5)));
        b.flow(BlogFixture.flow("named", 2, "Replies", "svc", "ui", "https", 9));
        b.crossedBoundaries("76b24277-flow", List.of("64d52ab0-wall"));
        ThreatModel model = b.build();
        return new ReportInput(model, BoundaryAnalysis.of(model), null, null, null, null);
    }

    @Test
    void aFlowThatCrossesBecauseAnEndSitsInNoZoneSaysSoInTheFlowTable() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("cloud", "Public Cloud", null, null, 2));
        b.element(BlogFixture.element("ui", "Web UI", ElementType.EXTERNAL_ENTITY, null, 5));
        b.element(BlogFixture.element("svc", "Web Service", ElementType.PROCESS, null, 6));
        b.flow(BlogFixture.flow("f1", 1, "Calls", "ui", "svc", "https", 9));
        ThreatModel model = b.build();
        String html = new HtmlReport().render(new ReportInput(model, BoundaryAnalysis.of(model), null, null, null,
                null));
        assertThat(html).contains("an element in no zone; between zones whose trust is not known");
    }

    @Test
    void htmlListsTheLineUnderTheDiagramInsteadOfDrawingAnEmptyZone() {
        String html = new HtmlReport().render(crossedLine());
        assertThat(html).contains("<li><strong>unnamed boundary</strong> - crossed by flow 1</li>");
        assertThat(html).contains("<strong>(unnamed)</strong> <span class=\"ends\">Web UI \u2192 Web Service</span>"
                + " <span class=\"lines\">crosses unnamed boundary</span></li>");
        assertThat(html).contains("<g class=\"zone\" data-ref=\"z0\"");
        assertThat(html).doesNotContain("<g class=\"zone\" data-ref=\"z1\"");
        assertThat(html).contains("<title>1. Web UI \u2192 Web Service (crosses a trust boundary, not mitigated)"
                + "</title>");
        assertThat(html).doesNotContain(">64d52ab0-wall<").doesNotContain(">76b24277-flow<");
    }

    @Test
    void markdownListsTheLineAndMermaidLeavesItOutOfTheSubgraphs() {
        String markdown = new MarkdownReport().render(crossedLine());
        assertThat(markdown).contains("| 1 | (unnamed) | Web UI (no zone) → Web Service (Public Cloud) |");
        assertThat(markdown).contains("Trust boundary lines (drawn as lines in the source, not as zones):\n\n"
                + "- unnamed boundary (64d52ab0-wall) - crossed by flow 1\n");
        String block = MermaidSubsetParser.mermaidBlock(markdown);
        assertThat(block).contains("  %% trust boundary line, not drawn: unnamed boundary (64d52ab0-wall) - "
                + "crossed by flow 1\n");
        MermaidSubsetParser.Flowchart chart = MermaidSubsetParser.parse(block);
        assertThat(chart.subgraphs()).containsOnlyKeys("z0");
        assertThat(chart.edges()).extracting(MermaidSubsetParser.Edge::label)
                .containsExactly(MermaidDiagram.UNMITIGATED_MARK + " 1", MermaidDiagram.UNMITIGATED_MARK + " 2. Replies");
    }

    @Test
    void dotLeavesTheLineOutOfTheClustersAndNamesItInAComment() {
        String dot = new DotReport().render(crossedLine());
        assertThat(dot).contains("  // trust boundary line, not drawn: unnamed boundary (64d52ab0-wall) - "
                + "crossed by flow 1\n");
        assertThat(dot).contains("subgraph cluster_z0 {").doesNotContain("cluster_z1");
        assertThat(dot).contains("label=\"1 (unmitigated)\"");
    }

    @Test
    void anUncrossedEmptyZoneIsStillDrawnButNeverTitledByItsId() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("c0ffee-empty", null, null, null, 2));
        b.element(BlogFixture.element("ui", "Web UI", ElementType.EXTERNAL_ENTITY, null, 5));
        ThreatModel model = b.build();
        String html = new HtmlReport().render(new ReportInput(model, BoundaryAnalysis.of(model), null, null,
                null, null));
        assertThat(html).contains("<g class=\"zone\" data-ref=\"z0\"").contains(">unnamed boundary<")
                .doesNotContain("Trust boundary lines");
    }

    @Test
    void severalUnnamedLinesAreNumberedSoTheFlowListAndTheLineListMatch() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("wall-a", "", null, null, 2));
        b.zone(BlogFixture.zone("wall-b", null, null, null, 3));
        b.zone(BlogFixture.zone("fence", "DMZ edge", null, null, 4));
        b.element(BlogFixture.element("ui", "Web UI", ElementType.EXTERNAL_ENTITY, null, 5));
        b.element(BlogFixture.element("svc", "Web Service", ElementType.PROCESS, null, 6));
        b.flow(BlogFixture.flow("in", 1, "Requests", "ui", "svc", "https", 8));
        b.flow(BlogFixture.flow("out", 2, "Replies", "svc", "ui", "https", 9));
        b.crossedBoundaries("in", List.of("wall-a", "fence"));
        b.crossedBoundaries("out", List.of("wall-b", "wall-a"));
        ThreatModel model = b.build();
        String html = new HtmlReport().render(new ReportInput(model, BoundaryAnalysis.of(model), null, null,
                null, null));
        assertThat(html).contains("<span class=\"lines\">crosses unnamed boundary 1, DMZ edge</span>")
                .contains("<span class=\"lines\">crosses unnamed boundary 2, unnamed boundary 1</span>")
                .contains("<li><strong>unnamed boundary 1</strong> - crossed by flows 1, 2</li>\n"
                        + "<li><strong>unnamed boundary 2</strong> - crossed by flow 2</li>\n"
                        + "<li><strong>DMZ edge</strong> - crossed by flow 1</li>\n")
                .doesNotContain("class=\"zone\"");
    }
}
