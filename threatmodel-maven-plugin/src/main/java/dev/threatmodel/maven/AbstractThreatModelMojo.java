package dev.threatmodel.maven;

import dev.threatmodel.check.CheckConfigurationException;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.check.ShownPath;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleFailureException;
import dev.threatmodel.rules.RuleOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that check a model share: the parameters that say which model, which rules and where reports go,
 * and the run itself (load, check, log one line per finding, write the reports). The goals differ in which reports
 * they write by default and in what they do with the findings.
 */
abstract class AbstractThreatModelMojo extends AbstractMojo {

    /** The file names looked for, in order, when {@code modelFile} is not set. */
    static final List<String> DEFAULT_MODEL_FILES = List.of("threatmodel.yaml", "threatmodel.yml", "threatmodel.json");

    /** Skips the goal. */
    @Parameter(property = "threatmodel.skip", defaultValue = "false")
    boolean skip;

    /**
     * The model to check. When not set, the first of {@code threatmodel.yaml}, {@code threatmodel.yml} and
     * {@code threatmodel.json} in the project directory. A file set here that does not exist always fails the build.
     */
    @Parameter(property = "threatmodel.modelFile")
    File modelFile;

    /**
     * The companion file of a Threat Dragon or Open Threat Model file: the facts that format cannot record
     * (docs/imports.md). When not set, {@code <model name without extension>.threatmodel.yaml} beside the model is
     * used when it exists. A file set here that does not exist fails the build.
     */
    @Parameter(property = "threatmodel.companionFile")
    File companionFile;

    /**
     * What to do when {@code modelFile} is not set and the project has none of the default files: {@code skip} (log
     * how to start one) or {@code fail}.
     */
    @Parameter(property = "threatmodel.onMissingModel", defaultValue = "skip")
    String onMissingModel;

    /**
     * The least severe finding that fails the build: {@code error}, {@code warning}, {@code note} or {@code none}.
     * It also decides the verdict at the top of the Markdown and HTML reports ({@code report} never fails on findings).
     */
    @Parameter(property = "threatmodel.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** Ids of rules that do not run. */
    @Parameter(property = "threatmodel.disabledRules")
    List<String> disabledRules;

    /** Level overrides by rule id: {@code <TM101>warning</TM101>}; a level is error, warning or note. */
    @Parameter
    Map<String, String> ruleLevels;

    /** How many days may pass since the model's {@code reviewed} date before the model is reported as stale. */
    @Parameter(property = "threatmodel.maxReviewAgeDays", defaultValue = "365")
    int maxReviewAgeDays;

    /** How many days from today a risk acceptance may run before TM603 reports its expiry date as too far. */
    @Parameter(property = "threatmodel.maxAcceptanceDays", defaultValue = "365")
    int maxAcceptanceDays = 365;

    /**
     * Where reports are written: {@code threatmodel.sarif}, {@code threatmodel.md}, {@code threatmodel.html},
     * {@code threatmodel.dot}.
     */
    @Parameter(property = "threatmodel.outputDirectory", defaultValue = "${project.build.directory}")
    File outputDirectory;

    /**
     * The code-scanning category of this module's SARIF run; each module of a build needs its own. Default:
     * {@code threatmodel/<artifactId>}.
     */
    @Parameter(property = "threatmodel.sarifCategory")
    String sarifCategory;

    /**
     * Whether an internal error of a rule fails the build. When false it is logged as an error and the build goes
     * on; the model is then not known to be clean.
     */
    @Parameter(property = "threatmodel.failOnInternalError", defaultValue = "true")
    boolean failOnInternalError;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * Loads and checks the model and writes the reports in {@code formats} to {@code reportDirectory}; logs one line
     * per finding and one per report. Returns null when there is nothing to check (skipped, no model and that is
     * allowed, or an internal error that is only logged). A model that cannot be loaded fails the build.
     */
    CheckResult check(Set<ReportFormat> reportFormats, Path reportDirectory)
            throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Threat model " + goalName() + " skipped (threatmodel.skip).");
            return null;
        }
        Path projectDir = projectDirectory();
        Path top = BuildPaths.topDirectory(session, projectDir);
        Path model = modelFile(projectDir, top);
        if (model == null) {
            return null;
        }
        CheckRequest request = request(model, projectDir, top, reportFormats, reportDirectory);
        CheckResult result;
        try {
            result = ThreatModelCheck.run(request);
        } catch (ModelLoadException e) {
            List<String> lines = ConsoleReport.loadProblems(e, top);
            lines.forEach(log::error);
            throw new MojoFailureException("The threat model " + ShownPath.of(model, top) + " cannot be loaded ("
                    + lines.size() + " problem" + (lines.size() == 1 ? "" : "s") + "):\n" + String.join("\n", lines));
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("Threat model check is misconfigured: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Threat model report cannot be written: " + e.getMessage(), e);
        } catch (RuleFailureException e) {
            internalError(e.getMessage(), e);
            return null;
        } catch (RuntimeException | LinkageError e) {
            internalError("internal error while checking " + ShownPath.of(model, top) + ": " + e, e);
            return null;
        }
        for (ConsoleReport.Line line : ConsoleReport.lines(result)) {
            log(line);
        }
        result.reports().forEach((format, file) ->
                log.info("Threat model " + format.keyword() + " report: " + ShownPath.of(file, top)));
        return result;
    }

    /** The goal's name for log lines: {@code check}, {@code report}. */
    abstract String goalName();

    /** The directory reports go to unless a goal says otherwise. */
    Path outputDirectory() {
        return (outputDirectory != null ? outputDirectory.toPath() : projectDirectory().resolve("target"))
                .toAbsolutePath().normalize();
    }

    /**
     * Parses a list of format names (each may hold several, comma-separated; {@code none} means no report).
     *
     * @param property the user property the list came from, for the error message
     */
    static Set<ReportFormat> parseFormats(List<String> names, String property) throws MojoExecutionException {
        Set<ReportFormat> reportFormats = EnumSet.noneOf(ReportFormat.class);
        for (String f : names == null ? List.<String>of() : names) {
            for (String word : f.split(",")) {
                if (word.isBlank() || word.trim().equalsIgnoreCase("none")) {
                    continue;
                }
                reportFormats.add(Keyword.parse(ReportFormat.class, word).orElseThrow(() ->
                        new MojoExecutionException("unknown report format \"" + word.trim() + "\" in " + property
                                + "; use " + String.join(", ", Keyword.keywords(ReportFormat.class)))));
            }
        }
        return reportFormats;
    }

    void internalError(String message, Throwable cause) throws MojoExecutionException {
        if (failOnInternalError) {
            throw new MojoExecutionException(message, cause);
        }
        getLog().error(message + " (threatmodel.failOnInternalError=false: the build goes on, the model is not checked)");
    }

    private void log(ConsoleReport.Line line) {
        Log log = getLog();
        switch (line.level()) {
            case ERROR -> log.error(line.text());
            case WARNING -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }

    Path projectDirectory() {
        File basedir = project == null ? null : project.getBasedir();
        return (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
    }

    /** The model to check, or null when there is none and that is allowed. */
    Path modelFile(Path projectDir, Path top) throws MojoExecutionException, MojoFailureException {
        if (modelFile != null) {
            Path file = modelFile.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MojoFailureException("The threat model file " + ShownPath.of(file, top)
                        + " (threatmodel.modelFile) does not exist.");
            }
            return file;
        }
        for (String name : DEFAULT_MODEL_FILES) {
            Path candidate = projectDir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        String where = ShownPath.of(projectDir, top);
        String looked = "No threat model in " + (projectDir.equals(top) ? "the project directory" : where)
                + " (looked for " + String.join(", ", DEFAULT_MODEL_FILES) + ")";
        switch (onMissingModel == null ? "skip" : onMissingModel.trim().toLowerCase(Locale.ROOT)) {
            case "skip" -> {
                getLog().info(looked + "; nothing to check. Start one with: mvn threatmodel:init");
                return null;
            }
            case "fail" -> throw new MojoFailureException(looked + ". Start one with: mvn threatmodel:init,"
                    + " or set threatmodel.onMissingModel=skip.");
            default -> throw new MojoExecutionException("threatmodel.onMissingModel is \"" + onMissingModel
                    + "\"; use skip or fail");
        }
    }

    private CheckRequest request(Path model, Path projectDir, Path top, Set<ReportFormat> reportFormats,
                                 Path reportDirectory) throws MojoExecutionException {
        if (maxReviewAgeDays < 1) {
            throw new MojoExecutionException("threatmodel.maxReviewAgeDays must be at least 1, got " + maxReviewAgeDays);
        }
        if (maxAcceptanceDays < 1) {
            throw new MojoExecutionException("threatmodel.maxAcceptanceDays must be at least 1, got "
                    + maxAcceptanceDays);
        }
        String category = sarifCategory == null || sarifCategory.isBlank()
                ? "threatmodel/" + (project == null || project.getArtifactId() == null ? "model" : project.getArtifactId())
                : sarifCategory.trim();
        return CheckRequest.builder(model)
                .topDirectory(top)
                .repositoryRoot(BuildPaths.repositoryRoot(projectDir, top))
                .ruleConfig(ruleConfig())
                .ruleOptions(new RuleOptions(LocalDate.now(ZoneOffset.UTC), maxReviewAgeDays, maxAcceptanceDays))
                .formats(reportFormats)
                .outputDirectory(reportDirectory)
                .sarifCategory(category)
                .ruleClassLoader(getClass().getClassLoader())
                .failOnSeverity(threshold())
                .companionFile(companionFile == null ? null : companionFile.toPath())
                .build();
    }

    private RuleConfig ruleConfig() throws MojoExecutionException {
        Set<String> disabled = new TreeSet<>();
        for (String d : disabledRules == null ? List.<String>of() : disabledRules) {
            for (String id : d.split(",")) {
                if (!id.isBlank()) {
                    disabled.add(id.trim());
                }
            }
        }
        Map<String, Level> levels = new TreeMap<>();
        if (ruleLevels != null) {
            for (Map.Entry<String, String> e : new TreeMap<>(ruleLevels).entrySet()) {
                Level level = Keyword.parse(Level.class, e.getValue()).orElseThrow(() -> new MojoExecutionException(
                        "ruleLevels: \"" + e.getValue() + "\" for " + e.getKey() + " is not a level; use "
                                + String.join(", ", Keyword.keywords(Level.class))));
                levels.put(e.getKey().trim(), level);
            }
        }
        return new RuleConfig(disabled, levels);
    }

    /** The parsed {@code failOnSeverity}. */
    FailOnSeverity threshold() throws MojoExecutionException {
        try {
            return FailOnSeverity.parse(failOnSeverity == null ? "error" : failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("threatmodel.failOnSeverity: " + e.getMessage(), e);
        }
    }
}
