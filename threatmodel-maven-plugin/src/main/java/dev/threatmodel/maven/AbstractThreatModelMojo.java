package dev.threatmodel.maven;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.check.BaselineException;
import dev.threatmodel.check.CheckConfigurationException;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.check.SarifCategory;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ReadableFile;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.report.ReportFiles;
import dev.threatmodel.check.DiffReport;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleFailureException;
import dev.threatmodel.rules.RuleOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
     * The companion file of a model in another tool's format: the facts that format cannot record
     * (docs/imports.md). When not set, the file beside the model named like it with {@code .threatmodel.yaml} in place
     * of its extension ({@code model.threatmodel.yaml} for {@code model.json}) is used when it exists. A file set here
     * that does not exist fails the build.
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

    /**
     * Level overrides by rule id: an element named after the rule holding the level, such as TM101 holding
     * {@code warning}; a level is error, warning or note. Set in the POM only.
     */
    @Parameter
    Map<String, String> ruleLevels;

    /** How many days may pass since the model's {@code reviewed} date before the model is reported as stale. */
    @Parameter(property = "threatmodel.maxReviewAgeDays", defaultValue = "365")
    int maxReviewAgeDays;

    /** How many days from today a risk acceptance may run before TM603 reports its expiry date as too far. */
    @Parameter(property = "threatmodel.maxAcceptanceDays", defaultValue = "365")
    int maxAcceptanceDays = 365;

    /**
     * The AI tools' MCP configuration files to read, relative to the repository root (comma-separated as a user
     * property). Each server they declare must be a tool server of the model (TM406-TM408). Default:
     * {@code .mcp.json}, {@code .vscode/mcp.json}, {@code .cursor/mcp.json}, {@code .gemini/settings.json}.
     */
    @Parameter(property = "threatmodel.mcpFiles")
    List<String> mcpFiles;

    /**
     * Where reports are written: {@code threatmodel.sarif}, {@code threatmodel.md}, {@code threatmodel.html},
     * {@code threatmodel.dot}.
     */
    @Parameter(property = "threatmodel.outputDirectory", defaultValue = "${project.build.directory}")
    File outputDirectory;

    /**
     * The code-scanning category of this module's SARIF run; each module of a build needs its own, and the build
     * fails when two modules would write the same one. {@code @{artifactId}} and {@code @{groupId}} stand for the
     * module's own, so one setting for the whole build (a user property) still gives each module its own category.
     */
    @Parameter(property = "threatmodel.sarifCategory", defaultValue = SarifCategory.DEFAULT_TEMPLATE)
    String sarifCategory;

    /**
     * Whether an internal error of a rule fails the build. When false it is logged as an error and the build goes
     * on; the model is then not known to be clean.
     */
    @Parameter(property = "threatmodel.failOnInternalError", defaultValue = "true")
    boolean failOnInternalError;

    /**
     * Whether the model and its companion may be files whose real path lies outside the repository (a symbolic link
     * to a file elsewhere, or a path outside it). Off by default: a pull request could otherwise make the build read
     * any file of the machine and quote it in the log.
     */
    @Parameter(property = "threatmodel.allowFilesOutsideRepository", defaultValue = "false")
    boolean allowFilesOutsideRepository;

    /**
     * What the findings are compared with: a git revision ({@code origin/main}, a tag, a commit, {@code HEAD~1}) of
     * the repository the build runs in, or a baseline file written by {@code threatmodel:baseline} (a path relative
     * to the project directory). With a revision, the model as it was there is checked with the same configuration.
     */
    @Parameter(property = "threatmodel.baseline")
    String baseline;

    /**
     * Which findings fail the build when a baseline is set: {@code all} (every finding, the default) or {@code new}
     * (only findings the baseline lacks, or that became more severe). Findings of the baseline are still listed.
     */
    @Parameter(property = "threatmodel.failOn", defaultValue = "all")
    String failOn;

    /**
     * Where the model was at the baseline revision, when it has been renamed or moved since (relative to the project
     * directory). Default: the model's own path.
     */
    @Parameter(property = "threatmodel.baselineModelFile")
    File baselineModelFile;

    /**
     * What to do when the model at the baseline revision does not load: {@code fail} (the default: report its
     * problems and stop) or {@code empty} (compare with an empty model, so every finding is new).
     */
    @Parameter(property = "threatmodel.baselineLoadFailure", defaultValue = "fail")
    String baselineLoadFailure;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * Where "today" comes from for expiry dates and the review age: the system clock in UTC. Not a parameter on
     * purpose (docs/plugin.md, "The date of the check"): a build cannot pretend to run on another day; tests set it.
     */
    Clock clock = Clock.systemUTC();

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
        CheckRequest request;
        try {
            request = request(model, projectDir, top, reportFormats, reportDirectory);
        } catch (MojoExecutionException e) {
            // fail closed: a report from an earlier run must not stand for this one, which stops here
            removeEarlierReports(reportDirectory, reportFormats, e);
            throw e;
        }
        if (!reportFormats.isEmpty()) {
            ReportDirectories.claim(session, reportDirectory, project == null ? null : project.getId(), top);
        }
        CheckResult result;
        try {
            result = ThreatModelCheck.run(request);
        } catch (BaselineException e) {
            throw new MojoExecutionException("Threat model baseline: " + e.getMessage(), e);
        } catch (ModelLoadException e) {
            MojoFailureException failure = loadFailure(e, ShownPath.of(model, top), top);
            for (Throwable alsoFailed : e.getSuppressed()) {
                log.error("Threat model reports: " + alsoFailed.getMessage());
            }
            throw failure;
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("Threat model check is misconfigured: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Threat model report cannot be written: " + e.getMessage(), e);
        } catch (RuleFailureException e) {
            internalError(e.getMessage(), e);
            return null;
        } catch (OutOfMemoryError e) {
            throw outOfMemory(ShownPath.of(model, top), Runtime.getRuntime().maxMemory());
        } catch (RuntimeException | LinkageError e) {
            internalError("internal error while checking " + ShownPath.of(model, top) + ": " + e, e);
            return null;
        }
        for (ConsoleReport.Line line : ConsoleReport.lines(result, failsBuildAt())) {
            log(line);
        }
        if (result.baseline() != null && result.baseline().note() != null) {
            log.warn("Threat model baseline: " + result.baseline().note());
        }
        if (result.reports().containsKey(ReportFormat.DIFF)) {
            DiffReport.consoleLines(result).forEach(log::info);
        }
        result.reports().forEach((format, file) ->
                log.info("Threat model " + format.keyword() + " report: " + ShownPath.of(file, top)));
        return result;
    }

    /** What the build says instead of Maven's bare "Java heap space": what ran out, and how to give more. */
    static MojoExecutionException outOfMemory(String model, long maxHeapBytes) {
        return new MojoExecutionException("The threat model " + model + " does not fit in Maven's Java heap ("
                + maxHeapBytes / (1024 * 1024) + " MiB); give Maven more memory, e.g. MAVEN_OPTS=-Xmx4g or a line"
                + " -Xmx4g in .mvn/jvm.config");
    }

    private void removeEarlierReports(Path reportDirectory, Set<ReportFormat> reportFormats, Exception failure) {
        try {
            ReportFiles.removeEarlier(reportDirectory, reportFormats, BuildPaths.buildStarted(session));
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Logs each load problem once, as an error line, and returns the failure that names the model and the count: the
     * lines are not repeated in the message, which Maven prints again at the end of the build.
     */
    MojoFailureException loadFailure(ModelLoadException e, String shownModel, Path top) {
        List<String> lines = ConsoleReport.loadProblems(e, top);
        lines.forEach(getLog()::error);
        return new MojoFailureException("The threat model " + shownModel + " cannot be loaded: " + lines.size()
                + " problem" + (lines.size() == 1 ? "" : "s") + ", each logged above as an error line.");
    }

    /**
     * The threshold at which findings fail this goal's build, so that they are logged as errors; {@code none} for a
     * goal that never fails on findings.
     */
    abstract FailOnSeverity failsBuildAt() throws MojoExecutionException;

    /** The goal's name for log lines: {@code check}, {@code report}. */
    abstract String goalName();

    /** Whether this goal compares with {@code baseline}; the goal that writes a baseline does not. */
    boolean comparesWithBaseline() {
        return true;
    }

    /** The baseline options, or null when none is set; {@code failOn=new} without a baseline is refused. */
    BaselineOptions baselineOptions(Path projectDir) throws MojoExecutionException {
        FailOn mode;
        try {
            mode = FailOn.parse(failOn == null ? "all" : failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("threatmodel.failOn: " + e.getMessage(), e);
        }
        String load = baselineLoadFailure == null ? "fail" : baselineLoadFailure.trim().toLowerCase(Locale.ROOT);
        if (!load.equals("fail") && !load.equals("empty")) {
            throw new MojoExecutionException("threatmodel.baselineLoadFailure is \"" + baselineLoadFailure
                    + "\"; use fail or empty");
        }
        if (baseline == null || baseline.isBlank() || !comparesWithBaseline()) {
            if (mode == FailOn.NEW && comparesWithBaseline()) {
                throw new MojoExecutionException("threatmodel.failOn=new needs a baseline to tell new findings from"
                        + " old ones: set threatmodel.baseline to a git revision (e.g. origin/main) or a baseline"
                        + " file written by threatmodel:baseline");
            }
            return null;
        }
        return BaselineOptions.of(baseline, projectDir, mode,
                baselineModelFile == null ? null : projectDir.resolve(baselineModelFile.toPath()), load.equals("empty"));
    }

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
            String problem = ReadableFile.problem(file);
            if (problem != null) {
                throw new MojoFailureException("The threat model file " + ShownPath.of(file, top)
                        + " (threatmodel.modelFile) " + problem + modelFileForEveryModule(projectDir, top));
            }
            return file;
        }
        for (String name : DEFAULT_MODEL_FILES) {
            Path candidate = projectDir.resolve(name);
            // whatever is there under the name (a directory, a pipe, a link out of the repository) is refused by the
            // loader with a message; skipping it would pass a build whose model its author meant to be checked
            if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        String where = ShownPath.of(projectDir, top);
        String looked = "No threat model in " + (projectDir.equals(top) ? "the project directory" : where)
                + " (looked for " + String.join(", ", DEFAULT_MODEL_FILES) + ")";
        String start = initHint(projectDir, top);
        switch (onMissingModel == null ? "skip" : onMissingModel.trim().toLowerCase(Locale.ROOT)) {
            case "skip" -> {
                getLog().info(looked + "; nothing to check. Start one with: " + start);
                return null;
            }
            case "fail" -> throw new MojoFailureException(looked + ". Start one with: " + start
                    + ", or set threatmodel.onMissingModel=skip.");
            default -> throw new MojoExecutionException("threatmodel.onMissingModel is \"" + onMissingModel
                    + "\"; use skip or fail");
        }
    }

    /**
     * When {@code -Dthreatmodel.modelFile} was given to a build of several modules, it applies to each of them: says
     * which module this is and how to set the file for one module only. Otherwise just ends the sentence.
     */
    private String modelFileForEveryModule(Path projectDir, Path top) {
        boolean fromCommandLine = session != null && session.getUserProperties() != null
                && session.getUserProperties().containsKey("threatmodel.modelFile");
        boolean severalModules = session != null && session.getProjects() != null && session.getProjects().size() > 1;
        if (!fromCommandLine || !severalModules || project == null) {
            return ".";
        }
        return " in module " + project.getArtifactId() + " (" + ShownPath.of(projectDir, top) + "). Given on the"
                + " command line, threatmodel.modelFile applies to every module of the build: set modelFile in the"
                + " configuration of the module that has the file instead (see Multi-module builds in"
                + " docs/plugin.md), or build that module alone with -pl.";
    }

    /**
     * How to start a model for this project: {@code init} writes one model, where it is run; from the top of a
     * multi-module build, a module is named.
     */
    private String initHint(Path projectDir, Path top) {
        boolean root = project == null || session == null ? projectDir.equals(top) : project.isExecutionRoot();
        if (root) {
            return "mvn threatmodel:init";
        }
        return "mvn threatmodel:init -Dthreatmodel.init.module=" + project.getArtifactId()
                + " (init writes a single model: where it is run, or in the module named)";
    }

    CheckRequest request(Path model, Path projectDir, Path top, Set<ReportFormat> reportFormats,
                                 Path reportDirectory) throws MojoExecutionException {
        if (maxReviewAgeDays < 1) {
            throw new MojoExecutionException("threatmodel.maxReviewAgeDays must be at least 1, got " + maxReviewAgeDays);
        }
        if (maxAcceptanceDays < 1) {
            throw new MojoExecutionException("threatmodel.maxAcceptanceDays must be at least 1, got "
                    + maxAcceptanceDays);
        }
        String category = sarifCategory(reportFormats);
        return CheckRequest.builder(model)
                .topDirectory(top)
                .repositoryRoot(BuildPaths.repositoryRoot(projectDir, top))
                .ruleConfig(ruleConfig())
                .ruleOptions(new RuleOptions(LocalDate.now(clock), maxReviewAgeDays, maxAcceptanceDays))
                .formats(reportFormats)
                .outputDirectory(reportDirectory)
                .sarifCategory(category)
                .ruleClassLoader(getClass().getClassLoader())
                .failOnSeverity(threshold())
                .companionFile(companionFile == null ? null : companionFile.toPath())
                .allowFilesOutsideRepository(allowFilesOutsideRepository)
                .buildStarted(BuildPaths.buildStarted(session))
                .baseline(baselineOptions(projectDir))
                .mcpFiles(mcpFiles())
                .build();
    }

    /** The module's category, claimed for this module when it writes SARIF. */
    private String sarifCategory(Set<ReportFormat> reportFormats) throws MojoExecutionException {
        String template = sarifCategory == null || sarifCategory.isBlank() ? SarifCategory.DEFAULT_TEMPLATE
                : sarifCategory.trim();
        String artifactId = project == null || project.getArtifactId() == null ? "model" : project.getArtifactId();
        String groupId = project == null || project.getGroupId() == null ? "model" : project.getGroupId();
        String category;
        try {
            category = SarifCategory.expand(template, Map.of("artifactId", artifactId, "groupId", groupId));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("threatmodel.sarifCategory: " + e.getMessage(), e);
        }
        if (reportFormats.contains(ReportFormat.SARIF)) {
            ReactorCategories.claim(session, project, category);
        }
        return category;
    }

    /** The configured MCP files, split at commas; null (the default list) when none is set. */
    private List<String> mcpFiles() {
        if (mcpFiles == null || mcpFiles.isEmpty()) {
            return null;
        }
        List<String> files = new java.util.ArrayList<>();
        for (String entry : mcpFiles) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    files.add(name.trim());
                }
            }
        }
        return files;
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
