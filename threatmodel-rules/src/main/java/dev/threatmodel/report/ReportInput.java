package dev.threatmodel.report;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report writer needs: the model, where its flows cross trust boundaries, the rules that ran and the
 * findings they produced (already sorted by {@link Finding#ORDER}).
 *
 * @param relativeTo  directory that file locations are shown relative to (usually the project's base directory);
 *                    may be null
 * @param toolVersion version written into the report's footer; may be null
 * @param failOn      the least severe level that fails the check, for the verdict line; null means {@code ERROR}
 */
public record ReportInput(ThreatModel model, BoundaryAnalysis boundaries, List<Rule> rules, List<Finding> findings,
                          Path relativeTo, String toolVersion, Level failOn) {

    public ReportInput {
        Objects.requireNonNull(model, "model");
        failOn = failOn == null ? Level.ERROR : failOn;
        boundaries = boundaries == null ? BoundaryAnalysis.of(model) : boundaries;
        rules = rules == null ? List.of() : List.copyOf(rules);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A check that fails on errors only. */
    public ReportInput(ThreatModel model, BoundaryAnalysis boundaries, List<Rule> rules, List<Finding> findings,
                       Path relativeTo, String toolVersion) {
        this(model, boundaries, rules, findings, relativeTo, toolVersion, Level.ERROR);
    }

    /** Where the model file is shown: relative to {@link #relativeTo()} when it lies below it, with {@code /}. */
    public String shownFile() {
        if (model.file() == null) {
            return "";
        }
        Path file = model.file();
        if (relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)) {
            file = relativeTo.relativize(file);
        }
        return file.toString().replace('\\', '/');
    }

    /** An input for a model checked by no rule: the diagram and tables, without findings. */
    public static ReportInput of(ThreatModel model) {
        return new ReportInput(model, BoundaryAnalysis.of(model), List.of(), List.of(), null, null);
    }
}
