package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names are text: a name that looks like markup must come out as that text in every format, and break nothing. */
class HostileNamesTest {

    static final String HOSTILE = "<script>alert(1)</script> | *x* ]]) \"q\" #;";

    static ReportInput hostile() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE).name(HOSTILE + " model")
                .owner(HOSTILE);
        b.zone(BlogFixture.zone("outside", HOSTILE, 0, null, 3));
        b.zone(BlogFixture.zone("inside", "Inside\nzone `x`", 50, null, 4));
        b.element(new Element("evil", HOSTILE, ElementType.EXTERNAL_ENTITY, HOSTILE, "outside", false, null, Set.of(),
                null, null, List.of(), BlogFixture.at(6, 5)));
        b.element(BlogFixture.element("app", "App\u2028line", ElementType.PROCESS, "inside", 7));
        b.element(BlogFixture.element("bot", "@someone's agent %% end", ElementType.AI_AGENT, "inside", 8));
        b.flow(new DataFlow("f1", HOSTILE, 1, "evil", "app", List.of(HOSTILE), HOSTILE, false, false, false,
                List.of(), BlogFixture.at(10, 5)));
        b.flow(BlogFixture.flow("f2", 2, "end", "app", "bot", "x", 11));
        b.threat(BlogFixture.threat("T1", HOSTILE, StrideCategory.TAMPERING, "f1", null, ThreatStatus.OPEN, null,
                13));
        ThreatModel model = b.build();
        Finding finding = new Finding("TM101", Level.ERROR, "Flow f1 " + HOSTILE + " is open",
                new SourceLocation(BlogFixture.FILE, 13, 5), List.of(), 80, "TM101/T1", null);
        return new ReportInput(model, BoundaryAnalysis.of(model), List.of(BlogFixture.rule("TM101", HOSTILE)),
                List.of(finding), BlogFixture.BASE, "1.0 <b>");
    }

    @Test
    void htmlShowsTheNameAsTextOnly() throws Exception {
        String html = new HtmlReport().render(hostile());

        assertThat(html).doesNotContain("<script>alert").doesNotContain("</script> |");
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; | *x* ]]) &quot;q&quot; #;");
        assertThat(html).doesNotContain("<b>");
        assertThat(html).contains("<g class=\"el agent\" data-ref=\"n2\" data-model-id=\"bot\" tabindex=\"0\">"
                + "<title>@someone&#39;s agent %% end"
                + "</title><polygon class=\"shape\"");
        // still well-formed, and the panel data gives back the exact name
        HtmlReportTest.parse(html);
        assertThat(HtmlReportTest.data(html).get("parts").get("n0").get("name").asText()).isEqualTo(HOSTILE);
        assertThat(HtmlReportTest.data(html).get("parts").get("e0").get("findings").get(0).get("message").asText())
                .isEqualTo("Flow f1 " + HOSTILE + " is open");
    }

    @Test
    void markdownTablesKeepTheirColumns() {
        String md = new MarkdownReport().render(hostile());

        assertThat(md).doesNotContain("<script>").doesNotContain("<b>");
        for (String line : md.split("\n")) {
            if (line.startsWith("| Level |") || line.startsWith("| error |")) {
                assertThat(columns(line)).as(line).isEqualTo(4);
            }
            if (line.startsWith("| # |") || line.startsWith("| 1 |")) {
                assertThat(columns(line)).as(line).isEqualTo(6);
            }
        }
        assertThat(md).contains("| error | TM101 &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\]\\]) \"q\" \\#;"
                + " | examples/blog/threatmodel.yaml:13:5 |");
        assertThat(md).contains("## Threat model: &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\]\\]) \"q\" \\#;"
                + " model\n");
    }

    /** Cells of a table row: pipes not preceded by a backslash, minus the two at the ends. */
    private static int columns(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }

    @Test
    void mermaidStillParsesAndKeepsTheName() {
        MermaidSubsetParser.Flowchart chart = MermaidSubsetParser.parse(MermaidSubsetParser.mermaidBlock(
                new MarkdownReport().render(hostile())));

        assertThat(chart.nodes().get("n0").label()).isEqualTo(HOSTILE);
        assertThat(chart.subgraphs().get("z0").label()).isEqualTo(HOSTILE + " (trust 0)");
        assertThat(chart.subgraphs().get("z1").label()).isEqualTo("Inside zone `x` (trust 50)");
        assertThat(chart.nodes().get("n2").label()).isEqualTo("@someone's agent %% end");
        assertThat(chart.nodes().get("n2").shape()).isEqualTo("{{");
        assertThat(chart.edges().get(0).label()).isEqualTo("⚠ 1. " + HOSTILE);
        assertThat(chart.edges().get(1).label()).isEqualTo("2. end");
        assertThat(chart.styledLinks()).containsExactly(0);
    }

    @Test
    void dotStringsStayClosed() {
        String dot = new DotReport().render(hostile());

        assertThat(dot).contains("n0 [label=\"<script>alert(1)</script> | *x* ]]) \\\"q\\\" #;\", shape=box];");
        for (String line : dot.split("\n")) {
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString && c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = !inString;
                }
            }
            assertThat(inString).as(line).isFalse();
        }
        assertThat(dot).doesNotContain("\u2028");
    }
}
