package dev.threatmodel.report;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
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
            facts.add("File: " + ReportText.markdown(SourceLocation.startOf(model.file()).format(input.relativeTo())
                    .replaceFirst(":1:1$", "")));
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
        verdict(out, input.findings());
        findings(out, input);
        crossingFlows(out, diagram);
        assumptions(out, model);
        out.append("### Data-flow diagram\n\n");
        out.append("```mermaid\n").append(MermaidDiagram.render(diagram)).append("```\n\n");
        out.append("Flows are numbered as in the model. Red arrows marked ").append(MermaidDiagram.UNMITIGATED_MARK)
                .append(" cross a trust boundary without a mitigated threat.\n\n");
        out.append("<sub>Written by threatmodel-maven-plugin");
        if (input.toolVersion() != null) {
            out.append(' ').append(ReportText.markdown(input.toolVersion()));
        }
        out.append("</sub>\n");
        return out.toString();
    }

    static int[] counts(List<Finding> findings) {
        int[] counts = new int[Level.values().length + 1];
        for (Finding f : findings) {
            if (f.isSuppressed()) {
                counts[Level.values().length]++;
            } else {
                counts[f.level().ordinal()]++;
            }
        }
        return counts;
    }

    /** One sentence: how many findings of each level, suppressed ones counted apart. */
    static String verdictText(List<Finding> findings) {
        int[] c = counts(findings);
        int errors = c[Level.ERROR.ordinal()];
        int warnings = c[Level.WARNING.ordinal()];
        int notes = c[Level.NOTE.ordinal()];
        int suppressed = c[Level.values().length];
        String head;
        if (errors > 0) {
            head = "Failed: " + plural(errors, "error");
        } else if (warnings > 0) {
            head = "Passed with " + plural(warnings, "warning");
        } else if (notes > 0) {
            head = "Passed with " + plural(notes, "note");
        } else {
            head = "Passed: no findings";
        }
        return head + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                + plural(notes, "note") + ", " + suppressed + " suppressed)";
    }

    private static void verdict(StringBuilder out, List<Finding> findings) {
        int[] c = counts(findings);
        String icon = c[Level.ERROR.ordinal()] > 0 ? "\u274c" : c[Level.WARNING.ordinal()] > 0 ? "\u26a0\ufe0f"
                : "\u2705";
        out.append("**").append(icon).append(' ').append(verdictText(findings)).append("**\n\n");
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
            for (Finding f : open) {
                out.append("| ").append(f.level().keyword())
                        .append(" | ").append(ReportText.markdown(ruleText(input.rules(), f.ruleId())))
                        .append(" | ").append(ReportText.markdown(location(f, input)))
                        .append(" | ").append(ReportText.markdown(f.message())).append(" |\n");
            }
            out.append('\n');
        }
        if (!suppressed.isEmpty()) {
            out.append("<details><summary>").append(suppressed.size()).append(" suppressed finding")
                    .append(suppressed.size() == 1 ? "" : "s").append("</summary>\n\n");
            out.append("| Level | Rule | Location | Message | Reason |\n|---|---|---|---|---|\n");
            for (Finding f : suppressed) {
                out.append("| ").append(f.level().keyword())
                        .append(" | ").append(ReportText.markdown(ruleText(input.rules(), f.ruleId())))
                        .append(" | ").append(ReportText.markdown(location(f, input)))
                        .append(" | ").append(ReportText.markdown(f.message()))
                        .append(" | ").append(ReportText.markdown(f.suppression().reason())).append(" |\n");
            }
            out.append("\n</details>\n\n");
        }
    }

    static String location(Finding f, ReportInput input) {
        return f.location() == null ? "" : f.location().format(input.relativeTo());
    }

    /** {@code TM101 CrossingFlowHasThreat} when the rule is known, else just its id. */
    static String ruleText(List<Rule> rules, String ruleId) {
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

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
