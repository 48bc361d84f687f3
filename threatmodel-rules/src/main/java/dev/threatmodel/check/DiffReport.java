package dev.threatmodel.check;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.baseline.BaselineCheck;
import dev.threatmodel.baseline.BaselineComparison;
import dev.threatmodel.baseline.BaselineEntry;
import dev.threatmodel.baseline.BaselineState;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.report.MarkdownReport;
import dev.threatmodel.report.ReportInput;
import dev.threatmodel.report.ReportText;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.text.VisibleText;
import dev.threatmodel.diff.ChangeKind;
import dev.threatmodel.diff.ModelChange;
import dev.threatmodel.diff.ModelDiff;
import dev.threatmodel.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The review page of a change to the model ({@code threatmodel-diff.md}) and its console summary: what changed
 * between the baseline revision and this version in a reviewer's terms ({@link ModelDiff}), then the verdict change,
 * the findings that are new and those that were fixed. A baseline file holds findings only, so against one the page
 * lists the finding changes alone and says so.
 *
 * <p>Model text is escaped as in every other Markdown report ({@link ReportText#markdown}); the page carries no time
 * and no absolute path, and the same two models give the same bytes.
 */
public final class DiffReport {

    private DiffReport() {
    }

    /** The semantic diff of a result with a git-revision baseline; empty for a baseline file. */
    public static ModelDiff diff(CheckResult result) {
        BaselineCheck b = requireBaseline(result);
        if (b.baseModel() == null) {
            return ModelDiff.of(result.model(), result.boundaries(), result.model(), result.boundaries(),
                    result.request().ruleOptions().today());
        }
        return ModelDiff.of(b.baseModel(), BoundaryAnalysis.of(b.baseModel()), result.model(), result.boundaries(),
                result.request().ruleOptions().today());
    }

    /** The Markdown page, ending with a line feed. */
    public static String render(CheckResult result) {
        BaselineCheck b = requireBaseline(result);
        BaselineComparison cmp = b.comparison();
        ModelDiff diff = diff(result);
        StringBuilder out = new StringBuilder();
        String name = result.model().name();
        out.append("## Threat model changes");
        if (name != null && !name.isBlank()) {
            out.append(": ").append(ReportText.markdown(name));
        }
        out.append("\n\n");
        out.append(ReportText.markdown(ShownPath.of(result.request().modelFile(), result.request().repositoryRoot())))
                .append(" compared with ").append(ReportText.markdown(cmp.baseline().description())).append("\n\n");
        out.append("**").append(verdict(result)).append("**\n\n");
        out.append(ReportText.markdown(verdictChange(result))).append("\n\n");
        if (b.note() != null) {
            out.append("> ").append(ReportText.markdown(b.note().lines().findFirst().orElse(""))).append("\n\n");
        }
        if (b.baseModel() == null) {
            out.append("The baseline is a file of findings, not a model: only the finding changes are listed.")
                    .append(" Name a git revision as baseline to see what changed in the model.\n\n");
        } else if (diff.isEmpty()) {
            out.append("No change to boundary crossings, threats, mitigations, assumptions, acceptances or trust")
                    .append(" levels.\n\n");
        } else {
            for (ChangeKind kind : ChangeKind.values()) {
                List<ModelChange> changes = diff.of(kind);
                if (changes.isEmpty()) {
                    continue;
                }
                out.append("### ").append(kind.heading()).append("\n\n");
                for (ModelChange c : changes) {
                    out.append("- ").append(ReportText.markdown(c.text())).append('\n');
                }
                out.append('\n');
            }
        }
        ReportInput input = ThreatModelCheck.reportInput(result);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).isSuppressed() && cmp.isNew(i)) {
                fresh.add(findings.get(i));
            }
        }
        out.append("### New findings\n\n");
        if (fresh.isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("| Level | Rule | Location | Message |\n|---|---|---|---|\n");
            for (Finding f : fresh) {
                out.append("| ").append(f.level().keyword()).append(" | ")
                        .append(ReportText.markdown(MarkdownReport.ruleText(result.rules(), f.ruleId())))
                        .append(" | ").append(ReportText.markdown(MarkdownReport.location(f, input)))
                        .append(" | ").append(ReportText.markdown(f.message())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("### Fixed findings\n\n");
        if (cmp.fixed().isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("| Level | Rule | Message |\n|---|---|---|\n");
            for (BaselineEntry e : cmp.fixed()) {
                out.append("| ").append(e.level().keyword()).append(" | ")
                        .append(ReportText.markdown(MarkdownReport.ruleText(result.rules(), e.ruleId())))
                        .append(" | ").append(ReportText.markdown(e.message())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("<sub>Written by threatmodel-maven-plugin ")
                .append(ReportText.markdown(result.request().toolVersion())).append("</sub>\n");
        return out.toString();
    }

    /**
     * The console form: one line naming the baseline, one per change ({@code heading: text}), the verdict change and
     * the outcome. Model text passes through {@link VisibleText}.
     */
    public static List<String> consoleLines(CheckResult result) {
        BaselineCheck b = requireBaseline(result);
        List<String> lines = new ArrayList<>();
        ModelDiff diff = diff(result);
        lines.add("Threat model changes against " + VisibleText.of(b.comparison().baseline().description()) + ": "
                + (b.baseModel() == null ? "a baseline file lists findings only"
                : diff.isEmpty() ? "no change in the reviewer's terms"
                : MarkdownReport.plural(diff.changes().size(), "change")));
        if (b.note() != null) {
            b.note().lines().forEach(l -> lines.add("  note: " + VisibleText.of(l)));
        }
        for (ModelChange c : diff.changes()) {
            lines.add("  " + c.kind().heading() + ": " + VisibleText.of(c.text()));
        }
        lines.add(verdictChange(result));
        lines.add(verdict(result));
        return List.copyOf(lines);
    }

    /** {@code Findings: 3 before, 4 now: 2 new, 1 updated, 1 unchanged, 1 fixed; verdict passed → failed.} */
    static String verdictChange(CheckResult result) {
        BaselineCheck b = requireBaseline(result);
        BaselineComparison cmp = b.comparison();
        FailOnSeverity threshold = result.request().failOnSeverity();
        int before = cmp.baseline().entries().size();
        int now = (int) result.findings().stream().filter(f -> !f.isSuppressed()).count();
        boolean failedBefore = cmp.baseline().entries().stream().anyMatch(e -> threshold.failsOn(e.level()));
        boolean failsNow = result.findings().stream().anyMatch(f -> !f.isSuppressed() && threshold.failsOn(f.level()));
        return "Findings: " + before + " before, " + now + " now: " + cmp.newCount(result.findings()) + " new, "
                + cmp.count(BaselineState.UPDATED) + " updated, " + cmp.count(BaselineState.UNCHANGED)
                + " unchanged, " + cmp.fixed().size() + " fixed; verdict " + (failedBefore ? "failed" : "passed")
                + " \u2192 " + (failsNow ? "failed" : "passed") + " (at " + threshold.keyword() + " level).";
    }

    /** Whether this check fails, and why, in one line with an icon. */
    static String verdict(CheckResult result) {
        BaselineComparison cmp = requireBaseline(result).comparison();
        FailOnSeverity threshold = result.request().failOnSeverity();
        boolean fails = threshold.fails(result);
        String scope = cmp.failOn() == FailOn.NEW ? "new finding" : "finding";
        if (fails) {
            return "\u274c The check fails: " + scope + "s at " + threshold.keyword() + " level or above"
                    + (cmp.failOn() == FailOn.NEW ? "" : " (failOn=all)");
        }
        return "\u2705 The check passes: no " + scope + " at " + threshold.keyword() + " level or above";
    }

    private static BaselineCheck requireBaseline(CheckResult result) {
        if (result.baseline() == null) {
            throw new IllegalArgumentException("a diff needs a check with a baseline");
        }
        return result.baseline();
    }
}
