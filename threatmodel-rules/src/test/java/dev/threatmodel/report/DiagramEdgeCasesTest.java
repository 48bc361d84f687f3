package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Models that are odd but loadable (or importable) must still give valid reports. */
class DiagramEdgeCasesTest {

    static ReportInput odd() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("cloud", "Cloud", null, "nowhere", 2));
        b.zone(BlogFixture.zone("vpc", "VPC", 70, "cloud", 3));
        b.zone(BlogFixture.zone("subnet", "Subnet", 80, "vpc", 4));
        b.element(BlogFixture.element("user", "User", ElementType.EXTERNAL_ENTITY, null, 6));
        b.element(new Element("bot", "Support agent", ElementType.AI_AGENT, null, "subnet", false, null,
                Set.of(AgentAccess.values()), null, null, List.of(), BlogFixture.at(7, 5)));
        b.element(new Element("legacy", "Legacy system", ElementType.PROCESS, null, "ghost-zone", true,
                "owned by another team", Set.of(), null, null, List.of(), BlogFixture.at(8, 5)));
        b.element(BlogFixture.element("db", "DB", ElementType.DATA_STORE, "vpc", 9));
        b.flow(new DataFlow("chat", "Chat", null, "user", "bot", List.of(), null, null, null, true, List.of(),
                BlogFixture.at(11, 5)));
        b.flow(BlogFixture.flow("loop", 2, "Retry", "bot", "bot", "x", 12));
        b.flow(BlogFixture.flow("read", 3, "Read", "bot", "db", "x", 13));
        b.flow(BlogFixture.flow("write", 4, "Write", "bot", "db", "x", 14));
        b.flow(BlogFixture.flow("dangling", 5, "To nowhere", "bot", "missing", "x", 15));
        b.flow(BlogFixture.flow("old", 6, "Legacy feed", "legacy", "db", "x", 16));
        b.threat(new Threat("T1", "Prompt injection", StrideCategory.ELEVATION_OF_PRIVILEGE, null, "chat", null, null,
                ThreatStatus.MITIGATED, List.of(new Mitigation(null, "Tool allow-list", null, null,
                MitigationStatus.PLANNED, null, List.of(), List.of(), BlogFixture.at(20, 9))), null, List.of(),
                BlogFixture.at(18, 5)));
        b.threat(BlogFixture.threat("T2", "Odd import", null, "old", null, ThreatStatus.ACCEPTED, null, 22));
        ThreatModel model = b.build();
        return new ReportInput(model, BoundaryAnalysis.of(model), null, null, null, null);
    }

    @Test
    void mermaidKeepsLooseElementsAtTopLevelAndNumbersUnnumberedFlowsByPosition() {
        MermaidSubsetParser.Flowchart chart = MermaidSubsetParser.parse(MermaidSubsetParser.mermaidBlock(
                new MarkdownReport().render(odd())));
        assertThat(chart.subgraphs().get("z0").parent()).isNull();
        assertThat(chart.subgraphs().get("z2").parent()).isEqualTo("z1");
        assertThat(chart.nodes().get("n0").parent()).isNull();
        assertThat(chart.nodes().get("n2").label()).isEqualTo("Legacy system (out of scope)");
        assertThat(chart.nodes().get("n2").parent()).isNull();
        assertThat(chart.nodes().get("n1").shape()).isEqualTo("{{");
        // the dangling flow is left out; the chat flow has no number and is the first flow
        assertThat(chart.edges()).extracting(MermaidSubsetParser.Edge::label).containsExactly(
                "⚠ 1. Chat", "2. Retry", "⚠ 3. Read", "⚠ 4. Write", "6. Legacy feed");
        assertThat(chart.edges().get(0).arrow()).isEqualTo("<-->");
        assertThat(chart.styledLinks()).containsExactlyInAnyOrder(0, 2, 3);
    }

    @Test
    void plannedMitigationDoesNotMitigateAndAcceptedThreatDoes() {
        Diagram diagram = new Diagram(odd());
        ThreatModel model = diagram.model();
        assertThat(diagram.mitigated(model.flow("chat").orElseThrow())).isFalse();
        assertThat(diagram.mitigated(model.flow("old").orElseThrow())).isTrue();
        assertThat(diagram.unmitigatedCrossing(model.flow("loop").orElseThrow())).isFalse();
    }

    @Test
    void htmlLayoutKeepsShapesApartAndInsideTheirZones() throws Exception {
        ReportInput input = odd();
        String html = new HtmlReport().render(input);
        Document doc = HtmlReportTest.parse(html);
        assertThat(HtmlReportTest.refs(doc, "el")).containsExactly("n0", "n1", "n2", "n3");
        assertThat(HtmlReportTest.refs(doc, "flow")).containsExactly("e0", "e1", "e2", "e3", "e5");
        assertThat(HtmlReportTest.refs(doc, "out-of-scope")).containsExactly("n2");

        DiagramLayout layout = new DiagramLayout(new Diagram(input));
        Map<String, DiagramLayout.Box> nodes = layout.nodes();
        Map<String, DiagramLayout.Box> zones = layout.zones();
        assertThat(nodes).containsOnlyKeys("user", "bot", "legacy", "db");
        assertThat(within(nodes.get("bot"), zones.get("subnet"))).isTrue();
        assertThat(within(zones.get("subnet"), zones.get("vpc"))).isTrue();
        assertThat(within(zones.get("vpc"), zones.get("cloud"))).isTrue();
        assertThat(within(nodes.get("user"), zones.get("cloud"))).isFalse();
        for (DiagramLayout.Box a : nodes.values()) {
            for (DiagramLayout.Box c : nodes.values()) {
                if (a != c) {
                    assertThat(a.x() + a.width() <= c.x() || c.x() + c.width() <= a.x()
                            || a.y() + a.height() <= c.y() || c.y() + c.height() <= a.y()).isTrue();
                }
            }
        }
    }

    private static boolean within(DiagramLayout.Box a, DiagramLayout.Box b) {
        return a.x() >= b.x() && a.y() >= b.y() && a.x() + a.width() <= b.x() + b.width()
                && a.y() + a.height() <= b.y() + b.height();
    }

    @Test
    void emptyModelGivesValidReports() throws Exception {
        ReportInput empty = ReportInput.of(ThreatModel.builder().build());
        String md = new MarkdownReport().render(empty);
        assertThat(md).startsWith("## Threat model: unnamed model\n\n**✅ Passed: no findings");
        assertThat(MermaidSubsetParser.parse(MermaidSubsetParser.mermaidBlock(md)).nodes()).isEmpty();
        assertThat(new DotReport().render(empty)).endsWith("edge [fontname=\"Helvetica\", fontsize=10];\n}\n");
        HtmlReportTest.parse(new HtmlReport().render(empty));
    }

    @Test
    void segmentIntersectionFindsCrossingsAndMisses() {
        assertThat(DiagramSvg.intersects(0, 0, 10, 10, -5, 5, 15, 5)).isTrue();
        assertThat(DiagramSvg.intersects(0, 0, 10, 10, -5, 15, 15, 15)).isFalse();
        assertThat(DiagramSvg.intersects(0, 0, 10, 10, -5, -5, -1, 20)).isFalse();
        assertThat(DiagramSvg.intersects(0, 0, 10, 10, 2, 2, 3, 3)).isTrue();
    }
}
