package dev.threatmodel.report;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
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
 */
public record ReportInput(ThreatModel model, BoundaryAnalysis boundaries, List<Rule> rules, List<Finding> findings,
                          Path relativeTo, String toolVersion) {

    public ReportInput {
        Objects.requireNonNull(model, "model");
        boundaries = boundaries == null ? BoundaryAnalysis.of(model) : boundaries;
        rules = rules == null ? List.of() : List.copyOf(rules);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** An input for a model checked by no rule: the diagram and tables, without findings. */
    public static ReportInput of(ThreatModel model) {
        return new ReportInput(model, BoundaryAnalysis.of(model), List.of(), List.of(), null, null);
    }
}
