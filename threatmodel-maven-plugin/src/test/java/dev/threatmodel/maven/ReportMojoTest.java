package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class ReportMojoTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private ReportMojo inProject(ReportMojo mojo) {
        MavenProject project = new MavenProject();
        project.setArtifactId("shop");
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.session = null;
        mojo.outputDirectory = dir.resolve("target").toFile();
        mojo.clock = CheckMojoTest.on(LocalDate.of(2026, 11, 29));
        mojo.setLog(log);
        return mojo;
    }

    /** The blog example with its one crossing threat left open, so that the check finds an error. */
    private void blogWithAnError() throws Exception {
        String blog = Files.readString(Path.of("../examples/blog/threatmodel.yaml"));
        Files.writeString(dir.resolve("threatmodel.yaml"), blog.replaceFirst("status: mitigated", "status: open"));
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void theDocumentedDefaultsApply(ReportMojo mojo) {
        assertThat(mojo.formats).containsExactly("markdown", "html");
        assertThat(mojo.failOnSeverity).isEqualTo("error");
        assertThat(mojo.getOutputName()).isEqualTo("threatmodel");
        assertThat(mojo.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(mojo.isExternalReport()).isTrue();
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void writesMarkdownAndHtmlAndNeverFailsOnFindings(ReportMojo mojo) throws Exception {
        blogWithAnError();

        inProject(mojo).execute();

        assertThat(Files.readString(dir.resolve("target/threatmodel.md"))).contains("Failed: 1 error")
                .contains("```mermaid\n");
        assertThat(Files.readString(dir.resolve("target/threatmodel.html"))).contains("<svg");
        assertThat(dir.resolve("target/threatmodel.sarif")).doesNotExist();
        assertThat(log.lines).contains("[INFO] Threat model markdown report: target/threatmodel.md",
                "[INFO] Threat model html report: target/threatmodel.html",
                "[INFO] The threat model has findings at error level or above; threatmodel:report does not fail the"
                        + " build on findings (threatmodel:check does).");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] threatmodel.yaml:") && l.contains("TM"));
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void theVerdictCountsTheReviewAgeFromTheDateOfTheRun(ReportMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), CheckMojoTest.blog());
        inProject(mojo).clock = CheckMojoTest.on(LocalDate.of(2027, 11, 2));
        mojo.execute();
        assertThat(Files.readString(dir.resolve("target/threatmodel.md")))
                .contains("Passed: no findings (0 errors, 0 warnings, 0 notes, 0 suppressed)");

        mojo.clock = CheckMojoTest.on(LocalDate.of(2027, 11, 3));
        mojo.execute();
        assertThat(Files.readString(dir.resolve("target/threatmodel.md")))
                .contains("Passed with 1 warning (0 errors, 1 warning, 0 notes, 0 suppressed)")
                .contains("TM601");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    @MojoParameter(name = "formats", value = "dot")
    void writesTheFormatsAskedFor(ReportMojo mojo) throws Exception {
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("threatmodel.yaml"));

        inProject(mojo).execute();

        assertThat(Files.readString(dir.resolve("target/threatmodel.dot"))).startsWith("digraph");
        assertThat(dir.resolve("target/threatmodel.md")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aModelThatCannotBeLoadedFailsWithItsLocation(ReportMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: x\nzones: [a\n");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The threat model threatmodel.yaml cannot be loaded: 1 problem, each logged above as an"
                        + " error line.");
        assertThat(log.lines).singleElement().asString().startsWith("[ERROR] threatmodel.yaml:");
        assertThat(dir.resolve("target/threatmodel.md")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void theSitePageIsTheHtmlReportInTheSiteDirectory(ReportMojo mojo) throws Exception {
        blogWithAnError();
        inProject(mojo).setReportOutputDirectory(dir.resolve("target/site").toFile());

        assertThat(mojo.canGenerateReport()).isTrue();
        mojo.generate((org.apache.maven.doxia.sink.Sink) null, Locale.ROOT);

        assertThat(Files.readString(dir.resolve("target/site/threatmodel.html"))).startsWith("<!DOCTYPE html>")
                .contains("<svg").contains("Failed: 1 error");
        assertThat(dir.resolve("target/threatmodel.md")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void noSitePageWithoutAModel(ReportMojo mojo) {
        assertThat(inProject(mojo).canGenerateReport()).isFalse();
        mojo.skip = true;
        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aSitePageForABrokenModelFailsTheSiteWithItsLocation(ReportMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: x\nzones: [a\n");
        inProject(mojo).setReportOutputDirectory(dir.resolve("target/site").toFile());

        assertThatThrownBy(() -> mojo.generate((org.apache.maven.doxia.sink.Sink) null, Locale.ROOT))
                .isInstanceOf(MavenReportException.class)
                .hasMessageStartingWith("The threat model threatmodel.yaml cannot be loaded: 1 problem");
        assertThat(log.lines).singleElement().asString().startsWith("[ERROR] threatmodel.yaml:");
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void theVerdictFollowsFailOnSeverityAndTheRuleLevels(ReportMojo mojo) throws Exception {
        blogWithAnError();
        inProject(mojo).ruleLevels = java.util.Map.of("TM102", "warning");

        mojo.execute();

        // 2 notes: the copy lies outside a git repository, so the blog's code links are not checked (TM604, TM605)
        assertThat(Files.readString(dir.resolve("target/threatmodel.md")))
                .contains("Failed: 1 warning (0 errors, 1 warning, 2 notes, 0 suppressed)");
        mojo.failOnSeverity = "error";
        mojo.execute();
        assertThat(Files.readString(dir.resolve("target/threatmodel.md")))
                .contains("Passed with 1 warning (0 errors, 1 warning, 2 notes, 0 suppressed)");
    }
}
