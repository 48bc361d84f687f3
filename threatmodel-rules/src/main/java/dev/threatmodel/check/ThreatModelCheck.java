package dev.threatmodel.check;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.git.GitCodeHistory;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.report.AtomicFiles;
import dev.threatmodel.report.DotReport;
import dev.threatmodel.report.HtmlReport;
import dev.threatmodel.report.MarkdownReport;
import dev.threatmodel.report.ReportFiles;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.ReportInput;
import dev.threatmodel.report.ReportWriter;
import dev.threatmodel.report.SarifWriter;
import dev.threatmodel.repo.RepositoryFacts;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

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

    /**
     * The report writer of a format other than SARIF and the diff page, made when that format is asked for: a run
     * that writes SARIF alone loads no class of the other writers (nor the JSON data binding the HTML page uses).
     */
    private static ReportWriter writer(ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> new MarkdownReport();
            case HTML -> new HtmlReport();
            case DOT -> new DotReport();
            default -> throw new IllegalArgumentException("no report writer for " + format);
        };
    }

    private ThreatModelCheck() {
    }

    /** Loads the request's model file (with its companion file, if any), then checks it. */
    public static CheckResult run(CheckRequest request)
            throws ModelLoadException, CheckConfigurationException, IOException {
        PendingEngine pendingEngine = PendingEngine.start(request);
        // read after loading if the model links code
        GitCodeHistory.Preparation git = GitCodeHistory.prepare(request.repositoryRoot());
        try {
            return loadAndCheck(request, pendingEngine);
        } finally {
            // no thread of the check outlives it: inside Maven the plugin's class loader closes when the goal ends
            pendingEngine.await();
            git.await();
        }
    }

    private static CheckResult loadAndCheck(CheckRequest request, PendingEngine pendingEngine)
            throws ModelLoadException, CheckConfigurationException, IOException {
        IOException cannotRemove = null;
        try {
            removeEarlierReports(request);
        } catch (IOException e) {
            // the model's own problems come first: a read-only report directory must not hide them
            cannotRemove = e;
        }
        BaselineResolver.Pending baseline = BaselineResolver.start(request);
        boolean done = false;
        try {
            ModelLoader loader = new ModelLoader()
                    .confinedTo(request.allowFilesOutsideRepository() ? null : request.repositoryRoot());
            ThreatModel model;
            try {
                model = request.companionFile() == null ? loader.load(request.modelFile())
                        : loader.load(request.modelFile(), request.companionFile());
            } catch (ModelLoadException e) {
                pendingEngine.join(); // a configuration problem is reported before the model's own
                if (cannotRemove != null) {
                    e.addSuppressed(cannotRemove);
                }
                throw e;
            }
            RuleEngine engine = pendingEngine.join();
            if (cannotRemove != null) {
                throw cannotRemove;
            }
            CheckResult result = check(request, model, engine, baseline);
            done = true;
            return result;
        } finally {
            if (!done && baseline != null) {
                baseline.abandon();
            }
        }
    }

    /**
     * Checks a model that is already in memory (built in a test, or imported by other means). A suppression that
     * names no known rule is refused here as a configuration problem, since there is no file being loaded.
     */
    public static CheckResult check(CheckRequest request, ThreatModel model)
            throws CheckConfigurationException, IOException {
        try {
            return check(request, model, engine(request), null);
        } catch (ModelLoadException e) {
            throw new CheckConfigurationException(e.getMessage());
        }
    }

    private static CheckResult check(CheckRequest request, ThreatModel model, RuleEngine engine,
                                     BaselineResolver.Pending baseline)
            throws IOException, ModelLoadException, CheckConfigurationException {
        removeEarlierReports(request);
        Set<String> known = new HashSet<>();
        engine.rules().forEach(r -> known.add(r.id()));
        List<LoadProblem> unknown = SuppressedRuleIds.unknown(model, known);
        if (!unknown.isEmpty()) {
            throw new ModelLoadException(unknown);
        }
        BoundaryAnalysis boundaries = BoundaryAnalysis.of(model);
        RepositoryFacts repository = RepositoryFactsCollector.collect(request.repositoryRoot(), model,
                request.mcpFiles());
        List<Finding> findings = engine.check(model, boundaries, request.ruleOptions(), repository);
        CheckResult result = CheckResult.of(request, model, boundaries, engine.enabledRules(), findings,
                repository);
        if (request.baseline() != null) {
            result = result.withBaseline(BaselineResolver.resolve(request, engine, model, result.findings(), baseline));
        }
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : request.formats()) {
                Path file = request.reportFile(format);
                if (format == ReportFormat.SARIF) {
                    new SarifWriter().write(result.sarifInput(), file);
                } else if (format == ReportFormat.DIFF) {
                    AtomicFiles.write(file, DiffReport.render(result).getBytes(StandardCharsets.UTF_8));
                } else {
                    AtomicFiles.write(file, writer(format).render(reportInput(result))
                            .getBytes(StandardCharsets.UTF_8));
                }
                written.put(format, file);
            }
        } catch (IOException | RuntimeException e) {
            // half a set of reports would tell a partial story: take back the ones already written
            try {
                ReportFiles.remove(request.outputDirectory(), request.formats());
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
     * its result; a clean report from yesterday must not be uploaded after today's check failed. Reports of formats
     * this run does not write go too, unless another goal of the same build wrote them.
     */
    private static void removeEarlierReports(CheckRequest request) throws IOException {
        ReportFiles.removeEarlier(request.outputDirectory(), request.formats(), request.buildStarted());
        AtomicFiles.removeLeftovers(request.outputDirectory(), ReportFormat.fileNames());
    }

    /**
     * What the Markdown, HTML and DOT reports are drawn from: paths shown relative to the request's top directory, the
     * request's tool version, and its failure threshold for the verdict line ({@code none} never fails the build, but
     * the reports then judge by errors, so that a model with errors is never shown as passed).
     */
    public static ReportInput reportInput(CheckResult result) {
        CheckRequest request = result.request();
        return new ReportInput(result.model(), result.boundaries(), result.rules(), result.findings(),
                request.topDirectory(), request.toolVersion(),
                request.failOnSeverity().threshold().orElse(Level.ERROR));
    }

    /**
     * The rule engine of a request, made on a thread of its own while the model loads: finding and loading the rule
     * classes is a fixed cost of every check, which a second core hides. A configuration problem (an unknown rule id,
     * a diff without a baseline) still comes first, before any problem of the model.
     */
    private static final class PendingEngine {
        private final BackgroundTask<RuleEngine> task;

        private PendingEngine(BackgroundTask<RuleEngine> task) {
            this.task = task;
        }

        static PendingEngine start(CheckRequest request) throws CheckConfigurationException {
            requireBaselineForDiff(request);
            return new PendingEngine(BackgroundTask.start("threatmodel-rules", () -> engine(request)));
        }

        /** Waits until the engine is made or has failed, whatever the outcome: for a caller that is leaving. */
        void await() {
            task.await();
        }

        RuleEngine join() throws CheckConfigurationException {
            try {
                return task.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules were loaded", e);
            } catch (CheckConfigurationException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void requireBaselineForDiff(CheckRequest request) throws CheckConfigurationException {
        if (request.formats().contains(ReportFormat.DIFF) && request.baseline() == null) {
            throw new CheckConfigurationException("the diff report needs a baseline to compare with: set"
                    + " threatmodel.baseline to a git revision such as origin/main");
        }
    }

    private static RuleEngine engine(CheckRequest request) throws CheckConfigurationException {
        requireBaselineForDiff(request);
        List<Rule> rules = RuleEngine.discover(request.ruleClassLoader());
        try {
            return new RuleEngine(rules, request.ruleConfig());
        } catch (IllegalArgumentException e) {
            throw new CheckConfigurationException(e.getMessage());
        }
    }
}
