package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    /** The blog example was reviewed on 2026-11-02; with the default 365 days it is stale from 2027-11-03 on. */
    private static final LocalDate LAST_FRESH_DAY = LocalDate.of(2027, 11, 2);

    /** The check runs on this date, never on the real one: a test must not start failing on some future day. */
    static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Points the Mojo at a project in the temporary directory, as Maven would for a project there. */
    private CheckMojo inProject(CheckMojo mojo) {
        MavenProject project = new MavenProject();
        project.setArtifactId("shop");
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.session = null;
        mojo.outputDirectory = dir.resolve("target").toFile();
        mojo.clock = on(LocalDate.of(2026, 11, 29));
        mojo.setLog(log);
        return mojo;
    }

    /** The blog example with threat T1 on its boundary-crossing flow f1 left open: one TM102 error. */
    private void blogWithAnError() throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), blog().replaceFirst("status: mitigated", "status: open"));
    }

    /**
     * The blog example as the threshold and date tests need it: reviewed on 2026-11-02 with its acceptance running to
     * 2027-11-20, so that the review-age boundary falls on 2027-11-02/03 with no other finding on either side, and
     * without its links to the example's code, which this project folder does not hold (the lines stay where they are
     * in the example without them).
     */
    static String blog() throws java.io.IOException {
        String text = Files.readString(BLOG)
                .replaceAll("(?m)^ +code: \\[.*\\]\n", "")
                .replace("reference: examples/blog/", "reference: https://code.example/blog/")
                .replaceFirst("(?m)^reviewed: .*$", "reviewed: 2026-11-02")
                .replaceFirst("(?m)^(\\s+expires: )2027-09-30$", "$12027-11-20");
        assertThat(text).contains("reviewed: 2026-11-02").contains("expires: 2027-11-20");
        return text;
    }

    private static final Path BLOG = Path.of("../examples/blog/threatmodel.yaml");

    private static final String TM102_LINE = "[ERROR] threatmodel.yaml:221:13: ERROR TM102 Threat T1 \"Author address"
            + " altered on its way to the server\" on flow f1 \"Author e-mail address\" (crosses into a more trusted"
            + " zone) is open: mitigate it with an implemented control, or accept it with a justification, acceptedBy"
            + " and an expiry date.";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aFindingAtTheThresholdFailsTheBuildAfterTheReportIsWritten(CheckMojo mojo) throws Exception {
        blogWithAnError();

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model threatmodel.yaml has findings at error level or above: Threat model:"
                        + " 1 error, 0 warnings, 0 notes, 0 suppressed; 7 crossing flows checked. The 1 finding that fails"
                        + " the build is logged above as an error line.");
        assertThat(log.lines).contains(TM102_LINE);
        assertThat(Files.readString(dir.resolve("target/threatmodel.sarif"))).contains("\"ruleId\": \"TM102\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void aFindingAboveTheThresholdFailsTheBuild(CheckMojo mojo) throws Exception {
        blogWithAnError();
        inProject(mojo).ruleLevels = Map.of("TM102", "warning");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("The threat model threatmodel.yaml has findings at warning level or above:"
                        + " Threat model: 0 errors, 1 warning,");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aFindingBelowTheThresholdIsLoggedAndTheBuildPasses(CheckMojo mojo) throws Exception {
        blogWithAnError();
        inProject(mojo).ruleLevels = Map.of("TM102", "warning");

        mojo.execute();

        assertThat(log.lines).containsExactly(
                TM102_LINE.replace("[ERROR]", "[WARNING]").replace("ERROR TM102", "WARNING TM102"),
                "[WARNING] Threat model: 0 errors, 1 warning, 0 notes, 0 suppressed; 7 crossing flows checked.",
                "[INFO] Threat model sarif report: target/threatmodel.sarif");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "none")
    void failOnSeverityNoneNeverFails(CheckMojo mojo) throws Exception {
        blogWithAnError();

        inProject(mojo).execute();

        assertThat(log.lines).contains(TM102_LINE);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aModelThatCannotBeLoadedFailsTheBuildWithEachProblemsPlace(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: x\nzones:\n  - id: a\n    name: [unclosed\n");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model threatmodel.yaml cannot be loaded: 1 problem, each logged above as an"
                        + " error line.");
        assertThat(log.lines).singleElement().asString().startsWith("[ERROR] threatmodel.yaml:5:1: ERROR load ");
        assertThat(dir.resolve("target/threatmodel.sarif")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theReviewAgeIsCountedFromTheDateOfTheBuild(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), blog());
        inProject(mojo).clock = on(LAST_FRESH_DAY);
        mojo.execute();
        assertThat(log.lines).noneMatch(l -> l.contains("TM601"));

        log.lines.clear();
        mojo.clock = on(LAST_FRESH_DAY.plusDays(1));
        mojo.execute();
        assertThat(log.lines).contains("[WARNING] threatmodel.yaml:11:11: WARNING TM601 The model was last reviewed"
                + " on 2026-11-02, 366 days ago, more than the 365 days allowed; it may no longer match the system:"
                + " review it and update reviewed.");

        mojo.failOnSeverity = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0 errors, 1 warning");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theDocumentedDefaultsApply(CheckMojo mojo) {
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.modelFile).isNull();
        assertThat(mojo.onMissingModel).isEqualTo("skip");
        assertThat(mojo.failOnSeverity).isEqualTo("error");
        assertThat(mojo.formats).containsExactly("sarif");
        assertThat(mojo.maxReviewAgeDays).isEqualTo(365);
        assertThat(mojo.maxAcceptanceDays).isEqualTo(365);
        assertThat(mojo.failOnInternalError).isTrue();
        assertThat(mojo.sarifCategory).isEqualTo("threatmodel/@{artifactId}");
        assertThat(mojo.mcpFiles).isNullOrEmpty();
    }

    /** threatmodel.mcpFiles replaces the files read; a server declared there and missing from the model fails. */
    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "mcpFiles", value = "tools/agents.json,.cursor/mcp.json")
    void theConfiguredMcpFilesAreRead(CheckMojo mojo) throws Exception {
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("threatmodel.yaml"));
        Files.createDirectories(dir.resolve("tools"));
        Files.writeString(dir.resolve("tools/agents.json"), "{\"mcpServers\": {\"shell\": {\"command\": \"sh\"}}}");
        Files.writeString(dir.resolve(".mcp.json"), "{\"mcpServers\": {\"ignored\": {\"command\": \"x\"}}}");
        inProject(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(l -> l.contains("TM406") && l.contains("MCP server 'shell' declared in "
                + "tools/agents.json"));
        assertThat(log.lines).noneMatch(l -> l.contains("'ignored'"));
        assertThat(log.lines).anyMatch(l -> l.contains("MCP configuration read from tools/agents.json."));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothingButSaySo(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "not: [a model");

        inProject(mojo).execute();

        assertThat(log.lines).containsExactly("[INFO] Threat model check skipped (threatmodel.skip).");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "failOnSeverity", value = "note")
    void skipPassesAModelWithFindingsWithoutCheckingIt(CheckMojo mojo) throws Exception {
        blogWithAnError();

        inProject(mojo).execute();

        assertThat(log.lines).containsExactly("[INFO] Threat model check skipped (threatmodel.skip).");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aProjectWithoutAModelIsSkippedWithAHintByDefault(CheckMojo mojo) throws Exception {
        inProject(mojo).execute();

        assertThat(log.lines).containsExactly("[INFO] No threat model in the project directory (looked for"
                + " threatmodel.yaml, threatmodel.yml, threatmodel.json); nothing to check."
                + " Start one with: mvn threatmodel:init");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "onMissingModel", value = "fail")
    void aMissingModelFailsWhenAskedTo(CheckMojo mojo) {
        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("No threat model in the project directory (looked for threatmodel.yaml,");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anExplicitModelFileThatDoesNotExistAlwaysFails(CheckMojo mojo) {
        inProject(mojo).modelFile = dir.resolve("models/missing.yaml").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model file models/missing.yaml (threatmodel.modelFile) does not exist.");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "onMissingModel", value = "sometimes")
    void anUnknownOnMissingModelValueIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("threatmodel.onMissingModel is \"sometimes\"; use skip or fail");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "critical")
    void anUnknownSeverityIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: x\n");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("threatmodel.failOnSeverity: unknown severity \"critical\"; use one of error, warning,"
                        + " note, none");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: x\n");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("unknown report format \"pdf\" in threatmodel.formats; use sarif, markdown, html, dot, diff");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownRuleLevelIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yml"), "name: x\n");
        inProject(mojo).ruleLevels = Map.of("TM101", "fatal");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("ruleLevels: \"fatal\" for TM101 is not a level; use error, warning, note");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aReviewAgeBelowOneDayIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.json"), "{}");
        inProject(mojo).maxReviewAgeDays = 0;

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("threatmodel.maxReviewAgeDays must be at least 1, got 0");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anAcceptanceTermBelowOneDayIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.json"), "{}");
        inProject(mojo).maxAcceptanceDays = 0;

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("threatmodel.maxAcceptanceDays must be at least 1, got 0");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anInternalErrorFailsTheBuildUnlessToldOtherwise(CheckMojo mojo) throws Exception {
        inProject(mojo);
        RuntimeException cause = new IllegalStateException("rule TM999 broke");

        assertThatThrownBy(() -> mojo.internalError("rule TM999 failed", cause))
                .isInstanceOf(MojoExecutionException.class).hasMessage("rule TM999 failed").hasCause(cause);

        mojo.failOnInternalError = false;
        mojo.internalError("rule TM999 failed", cause);
        assertThat(log.lines).containsExactly("[ERROR] rule TM999 failed (threatmodel.failOnInternalError=false:"
                + " the build goes on, the model is not checked)");
    }

    @Test
    void theRepositoryRootIsTheNearestDirectoryHoldingGit() throws Exception {
        Path module = Files.createDirectories(dir.resolve("repo/services/shop"));
        Files.writeString(dir.resolve("repo/.git"), "gitdir: /elsewhere\n");

        assertThat(BuildPaths.repositoryRoot(module, module)).isEqualTo(dir.resolve("repo"));
        Path noGit = Files.createDirectories(dir.resolve("plain/a"));
        assertThat(BuildPaths.repositoryRoot(noGit, dir.resolve("plain"))).isEqualTo(dir.resolve("plain"));
        assertThat(BuildPaths.topDirectory(null, module)).isEqualTo(module);
    }

    /** Checks a copy of the blog example end to end with the real loader and the built-in rules. */
    @Test
    @InjectMojo(goal = "check", pom = POM)
    void checksTheBlogExampleAndWritesSarif(CheckMojo mojo) throws Exception {
        Files.copy(BLOG, dir.resolve("threatmodel.yaml"));
        inProject(mojo);
        mojo.execute();
        Path sarif = dir.resolve("target/threatmodel.sarif");
        assertThat(sarif).isRegularFile();
        // a copy outside any git repository: the blog's code links give one note each (TM604, TM605), no verdict
        assertThat(Files.readString(sarif)).contains("\"id\": \"threatmodel/shop/\"");
        List<String> summary = log.lines.stream().filter(l -> l.contains("Threat model: ")).toList();
        assertThat(summary).singleElement().asString().contains("0 errors, 0 warnings, 2 notes")
                .contains("7 crossing flows checked.");
    }

    private static final Path DRAGON = Path.of("../threatmodel-rules/src/test/resources/companion");

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aConfiguredCompanionFileIsReadAndItsFindingsNameIt(CheckMojo mojo) throws Exception {
        Files.copy(DRAGON.resolve("model.json"), dir.resolve("model.json"));
        Files.copy(DRAGON.resolve("model.threatmodel.yaml"), dir.resolve("facts.yaml"));
        inProject(mojo).modelFile = dir.resolve("model.json").toFile();
        mojo.companionFile = dir.resolve("facts.yaml").toFile();
        mojo.failOnSeverity = "none";

        mojo.execute();

        assertThat(log.lines).contains("[WARNING] facts.yaml:27:5: WARNING TM205 Assumption db-network has no owner: "
                + "record its type, owner and status.");
        assertThat(log.lines).noneMatch(l -> l.contains("format-gap") || l.contains("cannot record assumptions"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aConfiguredCompanionFileThatDoesNotExistFails(CheckMojo mojo) throws Exception {
        Files.copy(DRAGON.resolve("model.json"), dir.resolve("model.json"));
        inProject(mojo).modelFile = dir.resolve("model.json").toFile();
        mojo.companionFile = dir.resolve("missing.yaml").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model model.json cannot be loaded: 1 problem, each logged above as an"
                        + " error line.");
        // each problem is printed once: as a log line, not again inside the failure Maven prints at the end
        assertThat(log.lines).containsExactly("[ERROR] missing.yaml:1:1: ERROR load the file does not exist");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "sarif,markdown,html,dot")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void writesEveryFormatAskedForNextToTheSarif(CheckMojo mojo) throws Exception {
        String blog = Files.readString(Path.of("../examples/blog/threatmodel.yaml"));
        Files.writeString(dir.resolve("threatmodel.yaml"), blog.replaceFirst("status: mitigated", "status: open"));
        inProject(mojo);

        mojo.execute();

        assertThat(dir.resolve("target/threatmodel.sarif")).isRegularFile();
        assertThat(Files.readString(dir.resolve("target/threatmodel.md")))
                .contains("File: threatmodel.yaml").contains("Failed: 1 error").contains("```mermaid\n");
        assertThat(Files.readString(dir.resolve("target/threatmodel.html"))).contains("<svg");
        assertThat(Files.readString(dir.resolve("target/threatmodel.dot"))).startsWith("digraph");
        assertThat(log.lines).contains("[INFO] Threat model markdown report: target/threatmodel.md",
                "[INFO] Threat model dot report: target/threatmodel.dot");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anExplicitModelFileThatIsADirectoryIsNamedSo(CheckMojo mojo) throws Exception {
        Files.createDirectories(dir.resolve("models/threatmodel.yaml"));
        inProject(mojo).modelFile = dir.resolve("models/threatmodel.yaml").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model file models/threatmodel.yaml (threatmodel.modelFile) is a directory,"
                        + " not a file.");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void findingsThatFailTheBuildAreErrorLinesEvenWhenTheyAreWarnings(CheckMojo mojo) throws Exception {
        String blog = Files.readString(Path.of("../examples/blog/threatmodel.yaml"));
        Files.writeString(dir.resolve("threatmodel.yaml"), blog.replaceFirst("(?m)^reviewed: .*$", "reviewed: 2001-01-01"));
        inProject(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("The 1 finding that fails the build is logged above as an error line.");
        assertThat(log.lines).anyMatch(l -> l.matches("\\[ERROR] threatmodel\\.yaml:\\d+:\\d+: WARNING TM601 .*"))
                .noneMatch(l -> l.startsWith("[WARNING]"))
                .anyMatch(l -> l.startsWith("[ERROR] Threat model: 0 errors, 1 warning"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aDefaultModelThatIsADirectoryIsRefusedNotSkipped(CheckMojo mojo) throws Exception {
        Files.createDirectories(dir.resolve("threatmodel.yaml"));

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model threatmodel.yaml cannot be loaded: 1 problem, each logged above as an"
                        + " error line.");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("the file is a directory, not a file"));
    }

    @Test
    void twoModulesOfOneBuildCannotShareAReportDirectory() throws Exception {
        org.apache.maven.execution.MavenExecutionRequest build =
                new org.apache.maven.execution.DefaultMavenExecutionRequest();
        @SuppressWarnings("deprecation")
        org.apache.maven.execution.MavenSession session =
                new org.apache.maven.execution.MavenSession(null, build, null, List.of());
        Path shared = dir.resolve("reports");

        ReportDirectories.claim(session, shared, "g:a:jar:1", dir);
        ReportDirectories.claim(session, shared, "g:a:jar:1", dir);
        ReportDirectories.claim(session, dir.resolve("other"), "g:b:jar:1", dir);
        assertThatThrownBy(() -> ReportDirectories.claim(session, shared, "g:b:jar:1", dir))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Threat model reports of g:b:jar:1 would go to reports, where g:a:jar:1 writes its"
                        + " reports too; each module needs its own threatmodel.outputDirectory, or one module's"
                        + " verdict could stand for the other's");
        @SuppressWarnings("deprecation")
        org.apache.maven.execution.MavenSession nextBuild = new org.apache.maven.execution.MavenSession(null,
                new org.apache.maven.execution.DefaultMavenExecutionRequest(), null, List.of());
        ReportDirectories.claim(nextBuild, shared, "g:b:jar:1", dir);
    }

    @Test
    void runningOutOfMemorySaysWhatRanOutAndHowToGiveMore() {
        assertThat(AbstractThreatModelMojo.outOfMemory("threatmodel.yaml", 512L * 1024 * 1024))
                .hasMessage("The threat model threatmodel.yaml does not fit in Maven's Java heap (512 MiB); give"
                        + " Maven more memory, e.g. MAVEN_OPTS=-Xmx4g or a line -Xmx4g in .mvn/jvm.config");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "none")
    void aRunWithoutReportsLeavesNoEarlierReportBehind(CheckMojo mojo) throws Exception {
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("threatmodel.yaml"));
        Path target = Files.createDirectories(dir.resolve("target"));
        Files.writeString(target.resolve("threatmodel.html"), "<p>Passed</p>");
        Files.writeString(target.resolve("threatmodel.sarif"), "{}");

        inProject(mojo).execute();

        assertThat(target.resolve("threatmodel.html")).doesNotExist();
        assertThat(target.resolve("threatmodel.sarif")).doesNotExist();
    }

    /** Runs the check in module {@code name} of the reactor {@code session} (a copy of the blog example each). */
    private void checkModule(CheckMojo mojo, org.apache.maven.execution.MavenSession session, String name)
            throws Exception {
        Path module = Files.createDirectories(dir.resolve(name));
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), module.resolve("threatmodel.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MavenProject project = new MavenProject();
        project.setGroupId("com.example");
        project.setArtifactId(name);
        project.setFile(module.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.session = session;
        mojo.outputDirectory = module.resolve("target").toFile();
        mojo.setLog(log);
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "sarifCategory", value = "threatmodel/@{artifactId}")
    void aPlaceholderGivesEachModuleItsOwnCategory(CheckMojo mojo) throws Exception {
        var session = TestSessions.of(List.of(), new java.util.Properties());
        checkModule(mojo, session, "shop");
        checkModule(mojo, session, "blog");

        assertThat(Files.readString(dir.resolve("shop/target/threatmodel.sarif")))
                .contains("\"id\": \"threatmodel/shop/\"");
        assertThat(Files.readString(dir.resolve("blog/target/threatmodel.sarif")))
                .contains("\"id\": \"threatmodel/blog/\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "sarifCategory", value = "threatmodel/my-service")
    void twoModulesOfOneBuildCannotShareACategory(CheckMojo mojo) throws Exception {
        var session = TestSessions.of(List.of(), new java.util.Properties());
        checkModule(mojo, session, "shop");
        Files.createDirectories(dir.resolve("blog/target"));
        Files.writeString(dir.resolve("blog/target/threatmodel.sarif"), "{}");

        assertThatThrownBy(() -> checkModule(mojo, session, "blog")).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Modules shop and blog would both write SARIF under the code-scanning category"
                        + " \"threatmodel/my-service\", and GitHub refuses an upload with two runs of one category."
                        + " Name the module in threatmodel.sarifCategory"
                        + " (-Dthreatmodel.sarifCategory=threatmodel/@{artifactId}) or set sarifCategory in each module.");
        assertThat(dir.resolve("blog/target/threatmodel.sarif")).as("no earlier report stays behind").doesNotExist();
        // another build is another reactor
        checkModule(mojo, TestSessions.of(List.of(), new java.util.Properties()), "blog");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "sarifCategory", value = "threatmodel/@{module}")
    void anUnknownPlaceholderIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("threatmodel.yaml"));

        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("threatmodel.sarifCategory: unknown placeholder @{module}");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aModelFileGivenToAWholeReactorNamesTheModuleWithoutIt(CheckMojo mojo) throws Exception {
        Path orders = Files.createDirectories(dir.resolve("services/orders"));
        MavenProject project = new MavenProject();
        project.setArtifactId("orders");
        project.setFile(orders.resolve("pom.xml").toFile());
        java.util.Properties user = new java.util.Properties();
        user.setProperty("threatmodel.modelFile", "design/threatmodel.yaml");
        inProject(mojo);
        mojo.project = project;
        mojo.session = TestSessions.of(List.of(new MavenProject(), project), user);
        mojo.session.getRequest().setMultiModuleProjectDirectory(dir.toFile());
        mojo.modelFile = orders.resolve("design/threatmodel.yaml").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining(
                "services/orders/design/threatmodel.yaml (threatmodel.modelFile) does not exist in module orders"
                        + " (services/orders)."
                        + " Given on the command line, threatmodel.modelFile applies to every module of the build:"
                        + " set modelFile in the configuration of the module that has the file instead");
    }
}
