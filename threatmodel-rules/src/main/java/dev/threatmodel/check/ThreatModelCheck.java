package dev.threatmodel.check;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.SarifWriter;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one entry point for checking a model: load it, run the rules, write the reports. The Maven goal, a command line
 * or a test build a {@link CheckRequest} and read the {@link CheckResult}; none of them calls the engine directly.
 *
 * <p>Failures are kept apart: a model that cannot be loaded throws {@link ModelLoadException} (the author has to fix
 * the file), a request the check cannot honour throws {@link CheckConfigurationException}, a report that cannot be
 * written throws {@link IOException}, and a rule that breaks throws {@link dev.threatmodel.rules.RuleFailureException}.
 * In every one of these cases no report of this run exists afterwards, not even one from an earlier run.
 */
public final class ThreatModelCheck {

    /** The formats this version can write. */
    public static final Set<ReportFormat> SUPPORTED_FORMATS = Set.of(ReportFormat.SARIF);

    private ThreatModelCheck() {
    }

    /** Loads the request's model file, then checks it. */
    public static CheckResult run(CheckRequest request)
            throws ModelLoadException, CheckConfigurationException, IOException {
        RuleEngine engine = engine(request);
        removeEarlierReports(request);
        ThreatModel model = new ModelLoader().load(request.modelFile());
        return check(request, model, engine);
    }

    /** Checks a model that is already in memory (built in a test, or imported by other means). */
    public static CheckResult check(CheckRequest request, ThreatModel model)
            throws CheckConfigurationException, IOException {
        return check(request, model, engine(request));
    }

    private static CheckResult check(CheckRequest request, ThreatModel model, RuleEngine engine) throws IOException {
        removeEarlierReports(request);
        BoundaryAnalysis boundaries = BoundaryAnalysis.of(model);
        List<Finding> findings = engine.check(model, boundaries, request.ruleOptions());
        CheckResult result = CheckResult.of(request, model, boundaries, engine.enabledRules(), findings);
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : request.formats()) {
                Path file = request.reportFile(format);
                if (format == ReportFormat.SARIF) {
                    new SarifWriter().write(result, file);
                }
                written.put(format, file);
            }
        } catch (IOException | RuntimeException e) {
            // half a set of reports would tell a partial story: take back the ones already written
            try {
                removeEarlierReports(request);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return result.withReports(written);
    }

    /**
     * Fails closed: reports from an earlier run are deleted before this run loads or checks anything, so that a run
     * that stops (a model that cannot be read, a rule that breaks) leaves no report behind that could be taken for
     * its result; a clean report from yesterday must not be uploaded after today's check failed.
     */
    private static void removeEarlierReports(CheckRequest request) throws IOException {
        for (ReportFormat format : request.formats()) {
            Files.deleteIfExists(request.reportFile(format));
        }
    }

    private static RuleEngine engine(CheckRequest request) throws CheckConfigurationException {
        for (ReportFormat format : request.formats()) {
            if (!SUPPORTED_FORMATS.contains(format)) {
                throw new CheckConfigurationException("the " + format.keyword()
                        + " report is not available in this version; available: sarif");
            }
        }
        List<Rule> rules = RuleEngine.discover(request.ruleClassLoader());
        try {
            return new RuleEngine(rules, request.ruleConfig());
        } catch (IllegalArgumentException e) {
            throw new CheckConfigurationException(e.getMessage());
        }
    }
}
