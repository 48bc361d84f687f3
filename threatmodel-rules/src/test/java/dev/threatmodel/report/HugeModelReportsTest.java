package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.ThreatModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports of models too big or too deeply nested to draw degrade on purpose: they say so and list instead of drawing,
 * no writer recurses once per nested zone, and no report grows faster than the model. Also: model text never reaches a
 * Mermaid comment or a bare link unescaped.
 */
class HugeModelReportsTest {

    /** A model built in memory, so the loader's nesting limit does not apply: zones nested {@code depth} deep. */
    static ReportInput nested(int depth) {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        for (int i = 0; i < depth; i++) {
            b.zone(BlogFixture.zone("z-" + i, "Zone " + i, 50, i == 0 ? null : "z-" + (i - 1), i + 1));
            b.element(BlogFixture.element("e-" + i, "Element " + i, ElementType.PROCESS, "z-" + i, i + 1));
            if (i > 0) {
                b.flow(BlogFixture.flow("f-" + i, i, "Flow " + i, "e-" + (i - 1), "e-" + i, "https", i + 1));
            }
        }
        ThreatModel model = b.build();
        return new ReportInput(model, BoundaryAnalysis.of(model), null, null, null, null);
    }

    static ReportInput flat(int elements) {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("inside", "Inside", 80, null, 1));
        for (int i = 0; i < elements; i++) {
            b.element(BlogFixture.element("e-" + i, "Element " + i, ElementType.PROCESS, i % 2 == 0 ? "inside" : null,
                    i + 2));
            if (i > 0) {
                b.flow(BlogFixture.flow("f-" + i, i, "Flow " + i, "e-" + (i - 1), "e-" + i, "https", i + 2));
            }
        }
        ThreatModel model = b.build();
        return new ReportInput(model, BoundaryAnalysis.of(model), null, null, null, null);
    }

    @Test
    void fourThousandNestedZonesAreListedNotDrawnAndNoWriterOverflows() {
        ReportInput input = nested(4_000);
        String html = new HtmlReport().render(input);
        assertThat(html).contains("<p id=\"tm-too-big\" class=\"hint\">The model is too big to draw: it has 8000"
                + " elements and zones, more than the 500 a diagram shows. Its parts are listed instead.</p>");
        assertThat(html).doesNotContain("<svg").doesNotContain("id=\"tm-data\"")
                .contains("<tr><td>e-3999 &quot;Element 3999&quot;</td><td>process</td><td>z-3999</td></tr>");
        String markdown = new MarkdownReport().render(input);
        assertThat(markdown).doesNotContain("```mermaid").contains("The model is too big to draw");
        String dot = new DotReport().render(input);
        assertThat(dot).doesNotContain("subgraph").contains("Zones are left out.").contains("n3999 [label=");
    }

    @Test
    void nestingDeeperThanTheLimitIsNotDrawnEvenInASmallModel() {
        Diagram deep = new Diagram(nested(70));
        assertThat(deep.tooBigToDraw()).isEqualTo("The model is too big to draw: its zones nest 70 deep, more than"
                + " the 64 levels a diagram shows. Its parts are listed instead.");
        assertThat(new Diagram(nested(64)).drawable()).isTrue();
        assertThat(new MarkdownReport().render(nested(64))).contains("```mermaid");
    }

    @Test
    void aModelOverTheDrawingLimitsIsListed() {
        assertThat(new Diagram(flat(499)).drawable()).isTrue();
        assertThat(new Diagram(flat(500)).tooBigToDraw()).startsWith("The model is too big to draw: it has 501");
        String html = new HtmlReport().render(flat(2_000));
        assertThat(html).contains("id=\"tm-too-big\"").doesNotContain("<svg");
    }

    @Test
    void reportsGrowLinearlyWithTheModel() {
        int small = size(flat(1_000));
        int large = size(flat(8_000));
        // eight times the model, at most about eight times the reports (a quadratic writer would give 64)
        assertThat((double) large / small).isBetween(6.0, 10.0);
    }

    private static int size(ReportInput input) {
        return new HtmlReport().render(input).getBytes(StandardCharsets.UTF_8).length
                + new MarkdownReport().render(input).getBytes(StandardCharsets.UTF_8).length
                + new DotReport().render(input).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aMermaidDirectiveInABoundaryNameStaysText() {
        ThreatModel.Builder b = ThreatModel.builder().file(BlogFixture.FILE);
        b.zone(BlogFixture.zone("wall", "%%{init: {\"themeCSS\": \"body{display:none}\"}}%%", null, null, 3));
        b.element(BlogFixture.element("ui", "Web UI", ElementType.EXTERNAL_ENTITY, null, 5));
        b.element(BlogFixture.element("svc", "Web Service", ElementType.PROCESS, null, 6));
        b.flow(new DataFlow("f", null, null, "ui", "svc", List.of(), null, null, null, false, List.of(),
                BlogFixture.at(8, 5)));
        b.crossedBoundaries("f", List.of("wall"));
        ThreatModel model = b.build();
        String markdown = new MarkdownReport().render(new ReportInput(model, BoundaryAnalysis.of(model), null,
                null, null, null));
        String block = MermaidSubsetParser.mermaidBlock(markdown);
        assertThat(block).doesNotContain("%%{").doesNotContain("}%%").doesNotContain("themeCSS\"")
                .contains("%% trust boundary line, not drawn: #37;#37;#123;init: #123;#quot;themeCSS#quot;");
    }

    @Test
    void bareUrlsAreNotLinkedInMarkdown() {
        assertThat(ReportText.markdown("see https://evil.example/x and www.evil.example or WWW.x.y"))
                .isEqualTo("see https&#58;//evil.example/x and &#119;ww.evil.example or &#87;WW.x.y");
        assertThat(ReportText.markdown("a:b, http: and swww.x")).isEqualTo("a:b, http: and swww.x");
    }

    @Test
    void theMarkdownAndHtmlReportsListAThousandFindingsAndSayHowManyMore() {
        ReportInput small = flat(10);
        List<dev.threatmodel.rules.Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            findings.add(new dev.threatmodel.rules.Finding("TM999", dev.threatmodel.rules.Level.ERROR,
                    "finding number " + i, BlogFixture.at(i + 1, 1).at(), List.of(), 50, "id-" + i, null));
        }
        ReportInput input = new ReportInput(small.model(), small.boundaries(), null, findings, null, null);
        String markdown = new MarkdownReport().render(input);
        assertThat(markdown).contains("finding number 999 |").doesNotContain("finding number 1000 |")
                .contains("500 more findings are not listed here; the SARIF report and the build log list every"
                        + " finding.");
        String html = new HtmlReport().render(input);
        assertThat(html).contains(">finding number 999<").doesNotContain(">finding number 1000<")
                .contains("<p id=\"tm-not-listed\">500 more findings are not listed here;");
    }
}
