package dev.threatmodel.check;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.baseline.Baseline;
import dev.threatmodel.baseline.BaselineCheck;
import dev.threatmodel.baseline.BaselineComparison;
import dev.threatmodel.baseline.BaselineFile;
import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.text.ShownPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Obtains a check's baseline and compares the findings with it. A baseline file is read as it is. A git revision is
 * checked like the model itself, with the same rules, configuration and date, so that only the model's changes can
 * tell the two apart: the model at that revision (at the model's path, or {@code baselineModelFile} when it was
 * renamed) is loaded, with its companion file of that revision, and every rule runs on it.
 *
 * <p>A model that did not exist at the revision gives an empty baseline: every finding is new. A model that exists
 * there but does not load stops the check with its problems, unless the user asked to compare with an empty model.
 */
final class BaselineResolver {

    private BaselineResolver() {
    }

    /**
     * Compares the findings of {@code model} with the request's baseline.
     *
     * @param pending the check of the baseline revision started by {@link #start}, or null to run it here
     */
    static BaselineCheck resolve(CheckRequest request, RuleEngine engine, ThreatModel model, List<Finding> findings,
                                 Pending pending) throws BaselineException, IOException {
        BaselineOptions options = request.baseline();
        if (!options.isRevision()) {
            Path file = options.file();
            if (Files.isSymbolicLink(file) || !file.startsWith(request.repositoryRoot())) {
                throw new BaselineException("The baseline file " + ShownPath.of(file, request.topDirectory())
                        + " is " + (Files.isSymbolicLink(file) ? "a symbolic link" : "outside the repository")
                        + ": only regular files inside the repository are read.");
            }
            Baseline baseline;
            try {
                baseline = BaselineFile.read(options.file(), ShownPath.of(options.file(), request.topDirectory()));
            } catch (ModelLoadException e) {
                List<String> lines = ConsoleReport.loadProblems(e, request.topDirectory());
                throw new BaselineException("The baseline file " + ShownPath.of(options.file(), request.topDirectory())
                        + " cannot be read (" + lines.size() + " problem" + (lines.size() == 1 ? "" : "s")
                        + "):\n" + String.join("\n", lines) + "\nWrite it again with threatmodel:baseline.", e);
            }
            return new BaselineCheck(options, BaselineComparison.of(findings, baseline, options.failOn()), null,
                    List.of(), null);
        }
        if (looksLikeFile(options)) {
            throw new BaselineException("The baseline file " + options.reference() + " does not exist (a baseline"
                    + " is a file when it names one, else a git revision). Write it with threatmodel:baseline, or name"
                    + " a git revision such as origin/main.");
        }
        // only a check that read the model file itself may take "the same bytes" as "the same findings"
        Outcome outcome = pending != null ? pending.join() : atRevision(request, engine, false);
        if (outcome.sameAsNow()) {
            // the model and companion at the revision are the files checked now: same rules, same day, same findings
            Baseline baseline = Baseline.of(outcome.description(), findings, null);
            return new BaselineCheck(options, BaselineComparison.of(findings, baseline, options.failOn()), model,
                    findings, null);
        }
        Baseline baseline = Baseline.of(outcome.description(), outcome.findings(), null);
        ThreatModel base = outcome.model() != null ? outcome.model()
                : ThreatModel.builder().file(request.modelFile()).build();
        return new BaselineCheck(options, BaselineComparison.of(findings, baseline, options.failOn()), base,
                outcome.findings(), outcome.note());
    }

    /**
     * The model at the revision and its findings.
     *
     * @param model     null when there is none to compare with (it did not exist, or did not load and an empty model
     *                  was asked for); then {@code findings} is empty
     * @param sameAsNow the files at the revision are the files checked now; {@code model} and {@code findings} are
     *                  then not computed
     */
    record Outcome(String description, ThreatModel model, List<Finding> findings, String note, boolean sameAsNow) {
    }

    /**
     * Reads, loads and checks the model at the request's revision.
     *
     * @param skipWhenSame when the files at the revision are the files checked now, return
     *                     {@link Outcome#sameAsNow()} instead of checking them again
     */
    static Outcome atRevision(CheckRequest request, RuleEngine engine, boolean skipWhenSame)
            throws BaselineException, IOException {
        BaselineOptions options = request.baseline();
        GitBaselineModel.Snapshot snapshot = GitBaselineModel.read(request, options);
        try {
            if (skipWhenSame && snapshot.sameAsNow()) {
                return new Outcome(snapshot.description(), null, List.of(), null, true);
            }
            if (snapshot.model() == null) {
                return new Outcome(snapshot.description(), null, List.of(), "the model " + snapshot.modelPath()
                        + " did not exist at " + snapshot.description() + ", so every finding is new (if it was"
                        + " renamed, name its old path with baselineModelFile)", false);
            }
            ThreatModel base;
            try {
                base = new ModelLoader().load(snapshot.model(), snapshot.companion());
            } catch (ModelLoadException e) {
                List<String> lines = ConsoleReport.loadProblems(e, snapshot.root());
                String what = "the model " + snapshot.modelPath() + " at " + snapshot.description()
                        + " cannot be loaded (" + lines.size() + " problem" + (lines.size() == 1 ? "" : "s") + ")";
                if (options.emptyWhenUnloadable()) {
                    return new Outcome(snapshot.description(), null, List.of(), what + ", so it is compared as an"
                            + " empty model and every finding is new:\n" + String.join("\n", lines), false);
                }
                throw new BaselineException("The baseline cannot be checked: " + what + ":\n"
                        + String.join("\n", lines) + "\nFix the baseline revision's model, name another revision,"
                        + " or set threatmodel.baselineLoadFailure=empty to compare with an empty model (every"
                        + " finding is then new).", e);
            }
            List<Finding> baseFindings = engine.check(base, BoundaryAnalysis.of(base), request.ruleOptions());
            return new Outcome(snapshot.description(), base, baseFindings, null, false);
        } finally {
            delete(snapshot.root());
        }
    }

    /**
     * The check of the model at a git revision, started on its own thread (with its own rule engine) so that it runs
     * while the model itself is loaded and checked: on a machine with two cores or more a baseline then costs little
     * more wall-clock time than a plain check. Null when the request has no git revision as baseline.
     */
    static Pending start(CheckRequest request) {
        if (request.baseline() == null || !request.baseline().isRevision() || looksLikeFile(request.baseline())) {
            return null;
        }
        return new Pending(BackgroundTask.start("threatmodel-baseline", () -> atRevision(request,
                new RuleEngine(RuleEngine.discover(request.ruleClassLoader()), request.ruleConfig()), true)));
    }

    /** A check of the baseline revision under way. */
    static final class Pending {
        private final BackgroundTask<Outcome> task;

        private Pending(BackgroundTask<Outcome> task) {
            this.task = task;
        }

        Outcome join() throws BaselineException, IOException {
            try {
                return task.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the baseline revision was checked", e);
            } catch (BaselineException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Waits for the check to end, whatever its outcome: the model itself failed, and no one needs the result. */
        void abandon() {
            task.await();
        }
    }

    private static boolean looksLikeFile(BaselineOptions options) {
        String ref = options.reference().toLowerCase(java.util.Locale.ROOT);
        return ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.endsWith(".json");
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
