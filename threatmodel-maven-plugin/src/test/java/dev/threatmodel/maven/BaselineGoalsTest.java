package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals and parameters of the baseline: check with a git revision or a file, threatmodel:baseline, threatmodel:diff. */
@MojoTest
class BaselineGoalsTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";
    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com", 1_780_000_000_000L, 0);

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private <T extends AbstractThreatModelMojo> T inProject(T mojo) {
        MavenProject project = new MavenProject();
        project.setArtifactId("shop");
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.session = null;
        mojo.outputDirectory = dir.resolve("target").toFile();
        mojo.setLog(log);
        return mojo;
    }

    static String legacy() throws Exception {
        String blog = Files.readString(Path.of("../examples/blog/threatmodel.yaml"), StandardCharsets.UTF_8);
        return crossing(blog, "f10", "reader");
    }

    static String crossing(String model, String id, String source) {
        return model.replace("\nthreats:\n", "\n  - id: " + id + "\n    name: Request " + id + "\n    source: "
                + source + "\n    target: render-post\n    data: [x]\n    protocol: HTTPS\n\nthreats:\n");
    }

    /** A git repository in the project directory whose one commit holds the legacy model. */
    private void committedLegacyModel() throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("threatmodel.yaml").call();
            git.commit().setMessage("legacy").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theBaselineParametersDefaultToTodaysBehaviour(CheckMojo mojo) {
        assertThat(mojo.baseline).isNull();
        assertThat(mojo.failOn).isEqualTo("all");
        assertThat(mojo.baselineModelFile).isNull();
        assertThat(mojo.baselineLoadFailure).isEqualTo("fail");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "baseline", value = "HEAD")
    @MojoParameter(name = "failOn", value = "new")
    @MojoParameter(name = "formats", value = "sarif,diff")
    void failOnNewPassesOldFindingsMarksThemAndFailsOnANewOne(CheckMojo mojo) throws Exception {
        committedLegacyModel();
        inProject(mojo).execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] threatmodel.yaml:") && l.contains("(in baseline)"));
        assertThat(log.lines).anyMatch(l -> l.contains("Against git revision HEAD (") && l.contains("0 new"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] Threat model changes against git revision HEAD"));
        assertThat(dir.resolve("target/threatmodel-diff.md")).exists();
        assertThat(dir.resolve("target/threatmodel.sarif")).content().contains("\"baselineState\": \"unchanged\"");

        Files.writeString(dir.resolve("threatmodel.yaml"), crossing(legacy(), "f11", "author"));
        log.lines.clear();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("has new findings at error level or above");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO]   Flows that now cross a trust boundary: new flow f11"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOn", value = "new")
    void failOnNewWithoutABaselineIsAConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("threatmodel.failOn=new needs a baseline");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "baseline", value = "origin/main")
    @MojoParameter(name = "failOn", value = "new")
    void aRevisionOutsideAGitRepositoryIsAClearConfigurationError(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("not inside a git repository").hasMessageContaining("threatmodel:baseline");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOn", value = "sometimes")
    void anUnknownFailOnIsRefused(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("threatmodel.failOn").hasMessageContaining("all or new");
    }

    @Test
    @InjectMojo(goal = "baseline", pom = POM)
    void theBaselineGoalWritesTheFileThatCheckThenAccepts(BaselineMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        inProject(mojo).baselineFile = dir.resolve("threatmodel-baseline.yaml").toFile();
        mojo.baseline = "ignored-by-this-goal";
        mojo.execute();
        String written = Files.readString(dir.resolve("threatmodel-baseline.yaml"));
        assertThat(written).contains("identity: \"TM101/f10\"");
        assertThat(log.lines).anyMatch(l -> l.matches("\\[INFO] Threat model baseline threatmodel-baseline.yaml: \\d+"
                + " findings \\(\\d+ added, 0 dropped\\)\\."));

        // fixed: f10 gets a threat; writing again drops its entry and says so
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy().replace("\nstories:\n", "  - id: T11\n"
                + "    name: Forged request\n    category: tampering\n    target: f10\n    status: open\n\nstories:\n"));
        log.lines.clear();
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] Dropped from the baseline, it matches no finding"
                + " any more: TM101/f10 "));
        assertThat(Files.readString(dir.resolve("threatmodel-baseline.yaml"))).doesNotContain("\"TM101/f10\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "baseline", value = "threatmodel-baseline.yaml")
    @MojoParameter(name = "failOn", value = "new")
    void checkAcceptsTheFindingsOfABaselineFile(CheckMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        Files.writeString(dir.resolve("threatmodel-baseline.yaml"), "version: 1\nfindings: []\n");
        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoFailureException.class);
        Files.writeString(dir.resolve("threatmodel-baseline.yaml"), "version: 1\nfindings: [oops\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("threatmodel-baseline.yaml:");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    void theDiffGoalNeedsABaselineAndNeverFailsOnFindings(DiffMojo mojo) throws Exception {
        committedLegacyModel();
        assertThat(mojo.formats).containsExactly("diff");
        assertThatThrownBy(() -> inProject(mojo).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("-Dthreatmodel.baseline=origin/main");

        Files.writeString(dir.resolve("threatmodel.yaml"), crossing(legacy(), "f11", "author"));
        mojo.baseline = "main";
        mojo.execute();
        String page = Files.readString(dir.resolve("target/threatmodel-diff.md"));
        assertThat(page).contains("### Flows that now cross a trust boundary\n\n- new flow f11");
        List<String> info = log.lines.stream().filter(l -> l.startsWith("[INFO]")).toList();
        assertThat(info).anyMatch(l -> l.contains("New flows with no threat: new flow f11"));
        assertThat(info).anyMatch(l -> l.contains("The check fails"));
    }
}
