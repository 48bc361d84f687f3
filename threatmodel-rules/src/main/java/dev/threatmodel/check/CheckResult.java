package dev.threatmodel.check;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.baseline.BaselineCheck;
import dev.threatmodel.baseline.BaselineComparison;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.SarifInput;
import dev.threatmodel.repo.RepositoryFacts;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleConfig;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a check found.
 *
 * @param request              what was asked
 * @param model                the model checked
 * @param boundaries           which flows cross which trust boundaries
 * @param rules                the rules that ran, sorted by id
 * @param findings             every finding, suppressed ones included, in {@link Finding#ORDER}
 * @param errors               unsuppressed findings at level error
 * @param warnings             unsuppressed findings at level warning
 * @param notes                unsuppressed findings at level note
 * @param suppressed           suppressed findings, whatever their level
 * @param crossingFlowsChecked flows that cross at least one trust boundary
 * @param reports              the reports written, by format
 * @param baseline             the comparison with the request's baseline; null when it has none
 * @param repository           what the repository around the model said (linked code's history, MCP servers)
 */
public record CheckResult(CheckRequest request, ThreatModel model, BoundaryAnalysis boundaries, List<Rule> rules,
                          List<Finding> findings, int errors, int warnings, int notes, int suppressed,
                          int crossingFlowsChecked, Map<ReportFormat, Path> reports, BaselineCheck baseline,
                          RepositoryFacts repository) {

    public CheckResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        reports = reports.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(reports));
        repository = repository == null ? RepositoryFacts.NOT_COLLECTED : repository;
    }

    /** Counts the findings and crossing flows; {@code reports} may be filled in later with {@link #withReports}. */
    public static CheckResult of(CheckRequest request, ThreatModel model, BoundaryAnalysis boundaries,
                                 List<Rule> rules, List<Finding> findings) {
        return of(request, model, boundaries, rules, findings, RepositoryFacts.NOT_COLLECTED);
    }

    /** As {@link #of(CheckRequest, ThreatModel, BoundaryAnalysis, List, List)}, with the repository's facts. */
    public static CheckResult of(CheckRequest request, ThreatModel model, BoundaryAnalysis boundaries,
                                 List<Rule> rules, List<Finding> findings, RepositoryFacts repository) {
        int e = 0;
        int w = 0;
        int n = 0;
        int s = 0;
        for (Finding f : findings) {
            if (f.isSuppressed()) {
                s++;
            } else if (f.level() == Level.ERROR) {
                e++;
            } else if (f.level() == Level.WARNING) {
                w++;
            } else {
                n++;
            }
        }
        return new CheckResult(request, model, boundaries, rules, findings, e, w, n, s,
                boundaries.crossingFlows().size(), Map.of(), null, repository);
    }

    public CheckResult withReports(Map<ReportFormat, Path> written) {
        return new CheckResult(request, model, boundaries, rules, findings, errors, warnings, notes, suppressed,
                crossingFlowsChecked, written, baseline, repository);
    }

    public CheckResult withBaseline(BaselineCheck value) {
        return new CheckResult(request, model, boundaries, rules, findings, errors, warnings, notes, suppressed,
                crossingFlowsChecked, reports, value, repository);
    }

    /** The rule configuration the check ran with. */
    public RuleConfig ruleConfig() {
        return request.ruleConfig();
    }

    /** The level a rule's findings had in this check, after configuration. */
    public Level levelOf(Rule rule) {
        return request.ruleConfig().levelOf(rule);
    }

    /** What the SARIF file of this check says: its rules at their configured levels, findings and baseline states. */
    public SarifInput sarifInput() {
        List<SarifInput.ConfiguredRule> configured = rules.stream()
                .map(r -> new SarifInput.ConfiguredRule(r, levelOf(r))).toList();
        BaselineComparison comparison = baseline == null ? null : baseline.comparison();
        return new SarifInput(request.toolVersion(), configured, request.sarifCategory(), findings,
                comparison == null ? null : comparison.states(), comparison == null ? null : comparison.fixed(),
                request.modelFile(), request.repositoryRoot());
    }

    /** Whether the findings fail the check at this threshold. */
    public boolean failsAt(FailOnSeverity threshold) {
        return threshold.fails(this);
    }
}
