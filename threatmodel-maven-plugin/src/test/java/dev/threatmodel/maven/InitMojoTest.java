package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class InitMojoTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";

    @TempDir
    Path dir;

    private InitMojo inProject(InitMojo mojo) {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.setLog(new RecordingLog());
        return mojo;
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void writesTheStarterModelReviewedToday(InitMojo mojo) throws Exception {
        inProject(mojo).execute();

        String text = Files.readString(dir.resolve("threatmodel.yaml"));
        assertThat(text).startsWith("# Threat model of this project")
                .contains("\nreviewed: " + LocalDate.now(ZoneOffset.UTC) + "\n")
                .contains("\nzones:\n").contains("\nflows:\n").contains("\nthreats:\n").contains("\nstories:\n");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void neverOverwritesAnExistingModel(InitMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.json"), "{\"name\": \"mine\"}");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("threatmodel.json already exists; it is left as it is. Run with"
                        + " -Dthreatmodel.force=true to replace threatmodel.yaml with the starter.");
        assertThat(dir.resolve("threatmodel.yaml")).doesNotExist();
        assertThat(dir.resolve("threatmodel.json")).hasContent("{\"name\": \"mine\"}");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    @MojoParameter(name = "force", value = "true")
    void forceReplacesTheModel(InitMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: old\n");

        inProject(mojo).execute();

        assertThat(Files.readString(dir.resolve("threatmodel.yaml"))).contains("name: My service");
    }
}
