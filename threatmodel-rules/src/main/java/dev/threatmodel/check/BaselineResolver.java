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

    static BaselineCheck resolve(CheckRequest request, RuleEngine engine, List<Finding> findings)
            throws BaselineException, IOException {
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
        String ref = options.reference().toLowerCase(java.util.Locale.ROOT);
        if (ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.endsWith(".json")) {
            throw new BaselineException("The baseline file " + options.reference() + " does not exist (a baseline"
                    + " is a file when it names one, else a git revision). Write it with threatmodel:baseline, or name"
                    + " a git revision such as origin/main.");
        }
        GitBaselineModel.Snapshot snapshot = GitBaselineModel.read(request, options);
        try {
            if (snapshot.model() == null) {
                return empty(request, findings, snapshot, "the model " + snapshot.modelPath() + " did not exist at "
                        + snapshot.description() + ", so every finding is new (if it was renamed, name its old path"
                        + " with baselineModelFile)");
            }
            ThreatModel base;
            try {
                base = new ModelLoader().load(snapshot.model(), snapshot.companion());
            } catch (ModelLoadException e) {
                List<String> lines = ConsoleReport.loadProblems(e, snapshot.root());
                String what = "the model " + snapshot.modelPath() + " at " + snapshot.description()
                        + " cannot be loaded (" + lines.size() + " problem" + (lines.size() == 1 ? "" : "s") + ")";
                if (options.emptyWhenUnloadable()) {
                    return empty(request, findings, snapshot, what + ", so it is compared as an empty model and"
                            + " every finding is new:\n" + String.join("\n", lines));
                }
                throw new BaselineException("The baseline cannot be checked: " + what + ":\n"
                        + String.join("\n", lines) + "\nFix the baseline revision's model, name another revision,"
                        + " or set threatmodel.baselineLoadFailure=empty to compare with an empty model (every"
                        + " finding is then new).", e);
            }
            List<Finding> baseFindings = engine.check(base, BoundaryAnalysis.of(base), request.ruleOptions());
            Baseline baseline = Baseline.of(snapshot.description(), baseFindings, null);
            return new BaselineCheck(options, BaselineComparison.of(findings, baseline, options.failOn()), base,
                    baseFindings, null);
        } finally {
            delete(snapshot.root());
        }
    }

    private static BaselineCheck empty(CheckRequest request, List<Finding> findings, GitBaselineModel.Snapshot snapshot,
                                       String note) {
        BaselineOptions options = request.baseline();
        ThreatModel empty = ThreatModel.builder().file(request.modelFile()).build();
        return new BaselineCheck(options, BaselineComparison.of(findings, Baseline.empty(snapshot.description()),
                options.failOn()), empty, List.of(), note);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
