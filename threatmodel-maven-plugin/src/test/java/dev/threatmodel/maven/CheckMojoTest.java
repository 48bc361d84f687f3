package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Points the Mojo at a project in the temporary directory, as Maven would for a project there. */
    private CheckMojo inProject(CheckMojo mojo) {
        MavenProject project = new MavenProject();
        project.setArtifactId("shop");
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.session = null;
        mojo.outputDirectory = dir.resolve("target").toFile();
        mojo.setLog(log);
        return mojo;
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
        assertThat(mojo.sarifCategory).isNull();
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
                .hasMessage("unknown report format \"pdf\" in threatmodel.formats; use sarif, markdown, html, dot");
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
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("threatmodel.yaml"));
        inProject(mojo);
        mojo.execute();
        Path sarif = dir.resolve("target/threatmodel.sarif");
        assertThat(sarif).isRegularFile();
        assertThat(Files.readString(sarif)).contains("\"id\": \"threatmodel/shop/\"")
                .contains("\"results\": [ ]");
        List<String> summary = log.lines.stream().filter(l -> l.contains("Threat model: ")).toList();
        assertThat(summary).singleElement().asString().contains("0 errors").contains("7 crossing flows checked.");
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
                .hasMessage("The threat model model.json cannot be loaded (1 problem):\n"
                        + "missing.yaml:1:1: ERROR load the file does not exist");
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
}
