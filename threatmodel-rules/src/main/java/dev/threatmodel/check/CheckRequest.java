package dev.threatmodel.check;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything one check needs, whoever starts it (the Maven goal, a command line, a test).
 *
 * @param modelFile       the model to check
 * @param topDirectory    console lines show paths relative to this directory (the top of the build); null: the
 *                        model's directory
 * @param repositoryRoot  SARIF shows paths relative to this directory (the root of the repository); null: the top
 *                        directory
 * @param ruleConfig      disabled rules and level overrides
 * @param ruleOptions     the date the check runs on and the review age limit
 * @param formats         the reports to write; may be empty
 * @param outputDirectory where reports are written; required when a format is asked for
 * @param sarifCategory   the code-scanning category, unique per module of a build (SARIF {@code automationDetails})
 * @param ruleClassLoader where rules are discovered with {@link java.util.ServiceLoader}; null: this library's loader
 * @param toolVersion     the version that reports name; null: this library's version
 * @param companionFile   the companion file of a model imported from another tool's format; null: the default
 *                        companion beside the model when it exists ({@link dev.threatmodel.load.CompanionReader})
 * @param failOnSeverity  the least severe finding that fails the check, for the verdict the reports show; null:
 *                        {@link FailOnSeverity#ERROR}
 * @param allowFilesOutsideRepository whether the model and its companion may be files whose real path lies outside
 *                        {@code repositoryRoot} (reached through a symbolic link, or named so); false by default, so
 *                        that a pull request cannot make the check read other files of the machine
 * @param buildStarted    when the build running this check started: a report of a format not asked for that was
 *                        written since then is another goal's of the same build and stays, older ones are removed
 *                        ({@link dev.threatmodel.report.ReportFiles}); null: every report not asked for is removed
 * @param baseline        what the findings are compared with (a git revision or a baseline file); null: nothing
 */
public record CheckRequest(Path modelFile, Path topDirectory, Path repositoryRoot, RuleConfig ruleConfig,
                           RuleOptions ruleOptions, Set<ReportFormat> formats, Path outputDirectory,
                           String sarifCategory, ClassLoader ruleClassLoader, String toolVersion,
                           Path companionFile, FailOnSeverity failOnSeverity,
                           boolean allowFilesOutsideRepository, java.time.Instant buildStarted,
                           BaselineOptions baseline) {

    /** The category used when none is given. */
    public static final String DEFAULT_CATEGORY = "threatmodel";

    public CheckRequest {
        if (modelFile == null) {
            throw new IllegalArgumentException("a check needs a model file");
        }
        modelFile = modelFile.toAbsolutePath().normalize();
        Path modelDir = modelFile.getParent();
        topDirectory = topDirectory == null ? modelDir : topDirectory.toAbsolutePath().normalize();
        repositoryRoot = repositoryRoot == null ? topDirectory : repositoryRoot.toAbsolutePath().normalize();
        ruleConfig = ruleConfig == null ? RuleConfig.DEFAULT : ruleConfig;
        ruleOptions = ruleOptions == null ? RuleOptions.defaults() : ruleOptions;
        formats = formats == null || formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        if (!formats.isEmpty() && outputDirectory == null) {
            throw new IllegalArgumentException("reports " + formats + " need an output directory");
        }
        outputDirectory = outputDirectory == null ? null : outputDirectory.toAbsolutePath().normalize();
        sarifCategory = sarifCategory == null || sarifCategory.isBlank() ? DEFAULT_CATEGORY : sarifCategory.trim();
        ruleClassLoader = ruleClassLoader == null ? CheckRequest.class.getClassLoader() : ruleClassLoader;
        toolVersion = toolVersion == null || toolVersion.isBlank() ? ToolVersion.get() : toolVersion;
        companionFile = companionFile == null ? null : companionFile.toAbsolutePath().normalize();
        failOnSeverity = failOnSeverity == null ? FailOnSeverity.ERROR : failOnSeverity;
    }

    public static Builder builder(Path modelFile) {
        return new Builder(modelFile);
    }

    /** Where a report of this format is written. */
    public Path reportFile(ReportFormat format) {
        if (outputDirectory == null) {
            throw new IllegalStateException("no output directory");
        }
        return outputDirectory.resolve(format.fileName());
    }

    /** Collects the parts of a request; anything left unset takes the default described on {@link CheckRequest}. */
    public static final class Builder {
        private final Path modelFile;
        private Path topDirectory;
        private Path repositoryRoot;
        private RuleConfig ruleConfig;
        private RuleOptions ruleOptions;
        private Set<ReportFormat> formats = Set.of();
        private Path outputDirectory;
        private String sarifCategory;
        private ClassLoader ruleClassLoader;
        private String toolVersion;
        private Path companionFile;
        private FailOnSeverity failOnSeverity;
        private boolean allowFilesOutsideRepository;
        private java.time.Instant buildStarted;
        private BaselineOptions baseline;

        private Builder(Path modelFile) {
            this.modelFile = modelFile;
        }

        public Builder topDirectory(Path value) {
            this.topDirectory = value;
            return this;
        }

        public Builder repositoryRoot(Path value) {
            this.repositoryRoot = value;
            return this;
        }

        public Builder ruleConfig(RuleConfig value) {
            this.ruleConfig = value;
            return this;
        }

        public Builder ruleOptions(RuleOptions value) {
            this.ruleOptions = value;
            return this;
        }

        public Builder formats(Set<ReportFormat> value) {
            this.formats = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            this.outputDirectory = value;
            return this;
        }

        public Builder sarifCategory(String value) {
            this.sarifCategory = value;
            return this;
        }

        public Builder ruleClassLoader(ClassLoader value) {
            this.ruleClassLoader = value;
            return this;
        }

        public Builder toolVersion(String value) {
            this.toolVersion = value;
            return this;
        }

        public Builder companionFile(Path value) {
            this.companionFile = value;
            return this;
        }

        public Builder failOnSeverity(FailOnSeverity value) {
            this.failOnSeverity = value;
            return this;
        }

        public Builder allowFilesOutsideRepository(boolean value) {
            this.allowFilesOutsideRepository = value;
            return this;
        }

        public Builder buildStarted(java.time.Instant value) {
            this.buildStarted = value;
            return this;
        }

        public Builder baseline(BaselineOptions value) {
            this.baseline = value;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(modelFile, topDirectory, repositoryRoot, ruleConfig, ruleOptions, formats,
                    outputDirectory, sarifCategory, ruleClassLoader, toolVersion, companionFile, failOnSeverity,
                    allowFilesOutsideRepository, buildStarted, baseline);
        }
    }
}
