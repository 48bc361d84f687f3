package dev.threatmodel.report;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub Flavored Markdown summary for a pull-request comment or the job summary ({@code $GITHUB_STEP_SUMMARY}):
 * the verdict, the findings, the boundary-crossing flows with their threats, the assumptions that are not validated,
 * and the data-flow diagram as a Mermaid block. Model text is escaped, never interpreted as Markdown or HTML.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public String render(ReportInput input) {
        Diagram diagram = new Diagram(input);
        ThreatModel model = input.model();
        StringBuilder out = new StringBuilder();
        out.append("## Threat model: ").append(ReportText.markdown(Diagram.title(model))).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (model.file() != null) {
            facts.add("File: " + ReportText.markdown(input.shownFile()));
        }
        if (model.owner() != null) {
            facts.add("Owner: " + ReportText.markdown(model.owner()));
        }
        if (model.reviewed() != null) {
            facts.add("Reviewed: " + model.reviewed());
        }
        if (!facts.isEmpty()) {
            out.append(String.join(" · ", facts)).append("\n\n");
        }
        verdict(out, input);
        findings(out, input);
        crossingFlows(out, diagram);
        assumptions(out, model);
        out.append("### Data-flow diagram\n\n");
        String tooBig = diagram.tooBigToDraw();
        if (tooBig != null) {
            out.append(ReportText.markdown(tooBig.replace(" Its parts are listed instead.",
                    " The findings and crossing flows above list what it holds."))).append("\n\n");
        } else {
            out.append("```mermaid\n").append(MermaidDiagram.render(diagram)).append("```\n\n");
            out.append("Flows are numbered as in the model. Red arrows marked ")
                    .append(MermaidDiagram.UNMITIGATED_MARK)
                    .append(" cross a trust boundary without a mitigated threat.\n\n");
        }
        out.append("<sub>Written by threatmodel-maven-plugin");
        if (input.toolVersion() != null) {
            out.append(' ').append(ReportText.markdown(input.toolVersion()));
        }
        out.append("</sub>\n");
        return out.toString();
    }

    private static void verdict(StringBuilder out, ReportInput input) {
        Verdict verdict = Verdict.of(input);
        out.append("**").append(verdict.icon()).append(' ').append(verdict.text()).append("**\n\n");
    }

    private static void findings(StringBuilder out, ReportInput input) {
        List<Finding> open = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : input.findings()) {
            (f.isSuppressed() ? suppressed : open).add(f);
        }
        out.append("### Findings\n\n");
        if (open.isEmpty()) {
            out.append("No findings.\n\n");
        } else {
            out.append("| Level | Rule | Location | Message |\n|---|---|---|---|\n");
            for (Finding f : listed(open)) {
                out.append("| ").append(f.level().keyword())
                        .append(" | ").append(ReportText.markdown(ruleText(input.rules(), f.ruleId())))
                        .append(" | ").append(ReportText.markdown(location(f, input)))
                        .append(" | ").append(ReportText.markdown(f.message())).append(" |\n");
            }
            out.append('\n').append(notListed(open.size()));
        }
        if (!suppressed.isEmpty()) {
            out.append("<details><summary>").append(suppressed.size()).append(" suppressed finding")
                    .append(suppressed.size() == 1 ? "" : "s").append("</summary>\n\n");
            out.append("| Level | Rule | Location | Message | Reason |\n|---|---|---|---|---|\n");
            for (Finding f : listed(suppressed)) {
                out.append("| ").append(f.level().keyword())
                        .append(" | ").append(ReportText.markdown(ruleText(input.rules(), f.ruleId())))
                        .append(" | ").append(ReportText.markdown(location(f, input)))
                        .append(" | ").append(ReportText.markdown(f.message()))
                        .append(" | ").append(ReportText.markdown(f.suppression().reason())).append(" |\n");
            }
            out.append('\n').append(notListed(suppressed.size())).append("</details>\n\n");
        }
    }

    /**
     * The most findings the Markdown and HTML reports list, each table; the SARIF report and the build log list them
     * all. A model with a hundred thousand findings would otherwise give a report many times the model's size (and
     * GitHub shows at most 1 MiB of a job summary).
     */
    static final int MAX_LISTED_FINDINGS = 1_000;

    static List<Finding> listed(List<Finding> findings) {
        return findings.size() <= MAX_LISTED_FINDINGS ? findings : findings.subList(0, MAX_LISTED_FINDINGS);
    }

    /** The sentence after a table that was cut, or nothing. */
    static String notListed(int total) {
        if (total <= MAX_LISTED_FINDINGS) {
            return "";
        }
        int more = total - MAX_LISTED_FINDINGS;
        return more + " more finding" + (more == 1 ? " is" : "s are") + " not listed here; the SARIF report and the"
                + " build log list every finding.\n\n";
    }

    public static String location(Finding f, ReportInput input) {
        return f.location() == null ? "" : f.location().format(input.relativeTo());
    }

    /** {@code TM101 CrossingFlowHasThreat} when the rule is known, else just its id. */
    public static String ruleText(List<Rule> rules, String ruleId) {
        for (Rule r : rules) {
            if (r.id().equals(ruleId)) {
                return r.id() + " " + r.name();
            }
        }
        return ruleId == null ? "" : ruleId;
    }

    private static void crossingFlows(StringBuilder out, Diagram diagram) {
        out.append("### Boundary-crossing flows\n\n");
        List<DataFlow> crossing = new ArrayList<>();
        for (DataFlow f : diagram.flows()) {
            if (diagram.crosses(f)) {
                crossing.add(f);
            }
        }
        if (crossing.isEmpty()) {
            out.append("No flow crosses a trust boundary.\n\n");
            return;
        }
        out.append("| # | Flow | From → To | Direction | Threats | Mitigated |\n|---|---|---|---|---|---|\n");
        ThreatModel model = diagram.model();
        for (DataFlow f : crossing) {
            FlowCrossing c = diagram.crossing(f);
            List<String> threats = new ArrayList<>();
            for (Threat t : model.threatsOn(f.id())) {
                threats.add(ReportText.markdown(t.id() + " " + Diagram.label(t) + " ("
                        + (t.category() != null ? t.category().keyword() : ReportText.oneLine(t.otherCategory()))
                        + ", " + (t.status() == null ? "no status" : t.status().keyword()) + ")"));
            }
            out.append("| ").append(diagram.number(f))
                    .append(" | ").append(ReportText.markdown(Diagram.label(f)))
                    .append(" | ").append(ReportText.markdown(end(model.element(f.source()).orElseThrow(), diagram)))
                    .append(f.bidirectional() ? " ↔ " : " → ")
                    .append(ReportText.markdown(end(model.element(f.target()).orElseThrow(), diagram)))
                    .append(" | ").append(c.direction().words())
                    .append(" | ").append(threats.isEmpty() ? "none" : String.join("<br>", threats))
                    .append(" | ").append(diagram.mitigated(f) ? "yes" : "**no**").append(" |\n");
        }
        out.append('\n');
        if (!diagram.boundaryLines().isEmpty()) {
            out.append("Trust boundary lines (drawn as lines in the source, not as zones):\n\n");
            for (String line : diagram.boundaryLineSummaries()) {
                out.append("- ").append(ReportText.markdown(line)).append('\n');
            }
            out.append('\n');
        }
    }

    private static String end(Element e, Diagram diagram) {
        List<TrustZone> zones = diagram.input().boundaries().zonesOf(e);
        return Diagram.label(e) + " (" + (zones.isEmpty() ? "no zone" : Diagram.label(zones.get(0))) + ")";
    }

    private static void assumptions(StringBuilder out, ThreatModel model) {
        out.append("### Assumptions\n\n");
        List<Assumption> attention = new ArrayList<>();
        int validated = 0;
        for (AssumptionStatus status : new AssumptionStatus[] {AssumptionStatus.REFUTED, null,
                AssumptionStatus.UNVALIDATED}) {
            for (Assumption a : model.assumptions()) {
                if (a.status() == status) {
                    attention.add(a);
                }
            }
        }
        for (Assumption a : model.assumptions()) {
            if (a.status() == AssumptionStatus.VALIDATED) {
                validated++;
            }
        }
        if (attention.isEmpty()) {
            out.append(model.assumptions().isEmpty() ? "The model states no assumptions.\n\n"
                    : "All " + plural(validated, "assumption") + " validated.\n\n");
            return;
        }
        out.append("| Status | Assumption | Owner | Text |\n|---|---|---|---|\n");
        for (Assumption a : attention) {
            out.append("| ").append(a.status() == null ? "no status" : a.status().keyword())
                    .append(" | ").append(ReportText.markdown(a.id()))
                    .append(" | ").append(ReportText.markdown(a.owner()))
                    .append(" | ").append(ReportText.markdown(a.text() != null ? a.text() : a.name()))
                    .append(" |\n");
        }
        out.append('\n').append(plural(validated, "other assumption")).append(" validated.\n\n");
    }

    public static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
