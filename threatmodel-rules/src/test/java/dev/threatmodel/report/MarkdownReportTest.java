package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.report.MermaidSubsetParser.Flowchart;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final MarkdownReport writer = new MarkdownReport();

    @Test
    void cleanModelPassesAndListsItsCrossingFlows() {
        String md = writer.render(BlogFixture.blog());

        assertThat(md).startsWith("## Threat model: Blog authentication and publishing\n\n"
                + "File: examples/blog/threatmodel.yaml · Owner: blog-platform-team · Reviewed: 2026-11-02\n\n"
                + "**✅ Passed: no findings (0 errors, 0 warnings, 0 notes, 0 suppressed)**\n\n"
                + "### Findings\n\nNo findings.\n\n");
        assertThat(md).contains("| 1 | Author e-mail address | Site administrator (Internet) → "
                + "Create author account (Blog web server) | into a more trusted zone | "
                + "T1 Author address altered on its way to the server (tampering, mitigated) | yes |\n");
        assertThat(md).contains("All 5 assumptions validated.");
        assertThat(md).contains("<sub>Written by threatmodel-maven-plugin 0.1.0</sub>\n");
        assertThat(md).doesNotContain("\r");
    }

    @Test
    void crossingFlowsTableHasEveryCrossingFlowAndNoOther() {
        String md = writer.render(BlogFixture.blog());
        String table = section(md, "### Boundary-crossing flows");
        List<String> numbers = table.lines().filter(l -> l.matches("\\| \\d+ \\|.*"))
                .map(l -> l.split(" \\| ")[0].substring(2)).collect(Collectors.toList());
        // f8 and f9 stay inside the web server zone
        assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(table).contains("| 6 | New author account and reset token | Create author account (Blog web server)"
                + " → Author accounts and credentials (Account database segment) | into a more trusted zone |");
    }

    @Test
    void findingsAreListedWithLevelRuleLocationAndMessage() {
        String md = writer.render(BlogFixture.blogWithFindings());

        assertThat(md).contains("**❌ Failed: 1 error (1 error, 1 warning, 0 notes, 1 suppressed)**\n");
        assertThat(md).contains("| Level | Rule | Location | Message |\n|---|---|---|---|\n"
                + "| error | TM101 CrossingFlowMitigated | examples/blog/threatmodel.yaml:228:5 | Flow f2 \"Reset token\""
                + " crosses from Blog web server into Internet and its threat T2 is open |\n"
                + "| warning | TM204 | examples/blog/threatmodel.yaml:74:5 | Assumption internal-db is refuted but"
                + " mitigations rely on it |\n\n");
        assertThat(md).contains("<details><summary>1 suppressed finding</summary>\n\n"
                + "| Level | Rule | Location | Message | Reason |\n|---|---|---|---|---|\n"
                + "| note | TM301 | examples/blog/threatmodel.yaml:332:7 | Accepted threat T10 has no review date |"
                + " reviewed yearly with the blog roadmap |\n\n</details>\n");
        assertThat(md).contains("| 2 | Reset token | Create author account (Blog web server) → Blog author (Internet)"
                + " | into a less trusted zone | T2 Reset token read from the mail or guessed"
                + " (information-disclosure, open) | **no** |\n");
    }

    @Test
    void assumptionsThatAreNotValidatedAreListedRefutedFirst() {
        String md = writer.render(BlogFixture.blogWithFindings());
        assertThat(section(md, "### Assumptions")).isEqualTo("### Assumptions\n\n"
                + "| Status | Assumption | Owner | Text |\n|---|---|---|---|\n"
                + "| refuted | internal-db | platform-team | The account database accepts connections only from the"
                + " web server. |\n"
                + "| unvalidated | admin-mfa | identity-team | Only administrators, signed in with a second factor, can"
                + " create authors. |\n\n"
                + "3 other assumptions validated.\n\n");
    }

    @Test
    void diagramIsAValidMermaidFlowchartWithNestedZonesShapesAndNumberedFlows() {
        Flowchart chart = MermaidSubsetParser.parse(MermaidSubsetParser.mermaidBlock(
                writer.render(BlogFixture.blog())));

        assertThat(chart.subgraphs()).hasSize(3);
        assertThat(chart.subgraphs().get("z0").label()).isEqualTo("Internet (trust 0)");
        assertThat(chart.subgraphs().get("z2").label()).isEqualTo("Account database segment (trust 90)");
        assertThat(chart.subgraphs().get("z2").parent()).isEqualTo("z1");
        assertThat(chart.nodes()).hasSize(9);
        assertThat(chart.nodes().get("n0").shape()).isEqualTo("[");
        assertThat(chart.nodes().get("n0").parent()).isEqualTo("z0");
        assertThat(chart.nodes().get("n3").shape()).isEqualTo("(");
        assertThat(chart.nodes().get("n7").shape()).isEqualTo("[(");
        assertThat(chart.nodes().get("n7").parent()).isEqualTo("z2");
        assertThat(chart.edges()).hasSize(9);
        assertThat(chart.edges().get(0)).isEqualTo(new MermaidSubsetParser.Edge("n0", "n3", "-->",
                "1. Author e-mail address"));
        assertThat(chart.styledLinks()).isEmpty();
        assertThat(chart.classes()).containsEntry("n7", "store").containsEntry("z2", "zone");
    }

    @Test
    void unmitigatedCrossingFlowIsRedAndMarked() {
        String block = MermaidSubsetParser.mermaidBlock(writer.render(BlogFixture.blogWithFindings()));
        Flowchart chart = MermaidSubsetParser.parse(block);

        assertThat(chart.styledLinks()).containsExactly(1);
        assertThat(chart.edges().get(1).label()).isEqualTo("⚠ 2. Reset token");
        assertThat(block).contains("  linkStyle 1 stroke:#d32f2f,stroke-width:3px,color:#d32f2f\n");
    }

    @Test
    void verdictFollowsTheConfiguredThreshold() {
        ReportInput base = BlogFixture.blogWithFindings();
        List<dev.threatmodel.rules.Finding> warningsOnly = base.findings().stream()
                .filter(f -> f.level() != dev.threatmodel.rules.Level.ERROR).toList();
        ReportInput failOnError = new ReportInput(base.model(), base.boundaries(), base.rules(), warningsOnly,
                base.relativeTo(), null);
        ReportInput failOnWarning = new ReportInput(base.model(), base.boundaries(), base.rules(), warningsOnly,
                base.relativeTo(), null, dev.threatmodel.rules.Level.WARNING);

        assertThat(writer.render(failOnError)).contains(
                "**⚠️ Passed with 1 warning (0 errors, 1 warning, 0 notes, 1 suppressed)**\n");
        assertThat(writer.render(failOnWarning)).contains(
                "**❌ Failed: 1 warning (0 errors, 1 warning, 0 notes, 1 suppressed)**\n");
        assertThat(new HtmlReport().render(failOnWarning)).contains("<p id=\"tm-verdict\" class=\"verdict failed\">"
                + "Failed: 1 warning (0 errors, 1 warning, 0 notes, 1 suppressed)</p>");
        assertThat(new HtmlReport().render(failOnError)).contains("class=\"verdict warned\"");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(writer.render(BlogFixture.blogWithFindings())).isEqualTo(writer.render(
                BlogFixture.blogWithFindings()));
    }

    /** From the heading to the next heading of the same level. */
    static String section(String md, String heading) {
        int start = md.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = md.indexOf("\n### ", start + heading.length());
        return end < 0 ? md.substring(start) : md.substring(start, end + 1);
    }
}
