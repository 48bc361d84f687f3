package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class InitMojoTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private static MavenProject project(Path directory, String artifactId, boolean executionRoot) {
        MavenProject project = new MavenProject();
        project.setArtifactId(artifactId);
        project.setFile(directory.resolve("pom.xml").toFile());
        project.setExecutionRoot(executionRoot);
        return project;
    }

    /** The Mojo as Maven runs it in the project Maven was started in, with {@code modules} in the reactor. */
    private InitMojo inProject(InitMojo mojo, MavenProject... modules) {
        MavenProject top = project(dir, "parent", true);
        mojo.project = top;
        List<MavenProject> reactor = new ArrayList<>(List.of(top));
        reactor.addAll(List.of(modules));
        mojo.session = TestSessions.of(reactor, new java.util.Properties());
        mojo.setLog(log);
        return mojo;
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void inAMultiModuleBuildOnlyTheTopGetsAModel(InitMojo mojo) throws Exception {
        Path orders = Files.createDirectories(dir.resolve("services/orders"));
        inProject(mojo, project(orders, "orders", false)).execute();
        assertThat(dir.resolve("threatmodel.yaml")).isRegularFile();

        // bound to a phase, an aggregator goal still runs in each module: there it does nothing
        mojo.project = project(orders, "orders", false);
        mojo.execute();
        assertThat(orders.resolve("threatmodel.yaml")).doesNotExist();
        assertThat(log.lines).last().asString().startsWith("[INFO] threatmodel:init writes one model per build");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void aModuleIsNamedByArtifactIdOrDirectory(InitMojo mojo) throws Exception {
        Path orders = Files.createDirectories(dir.resolve("services/orders"));
        Path billing = Files.createDirectories(dir.resolve("services/billing"));
        inProject(mojo, project(orders, "orders", false), project(billing, "billing-service", false));

        mojo.module = "billing-service";
        mojo.execute();
        mojo.module = "services/orders/";
        mojo.execute();

        assertThat(billing.resolve("threatmodel.yaml")).isRegularFile();
        assertThat(orders.resolve("threatmodel.yaml")).isRegularFile();
        assertThat(dir.resolve("threatmodel.yaml")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    @MojoParameter(name = "module", value = "shop")
    void anUnknownModuleIsAConfigurationError(InitMojo mojo) throws Exception {
        Path orders = Files.createDirectories(dir.resolve("services/orders"));
        inProject(mojo, project(orders, "orders", false));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("threatmodel.init.module is \"shop\", which is no module of this build; use one of"
                        + " orders, parent (artifact id or directory).");
        assertThat(dir.resolve("threatmodel.yaml")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void writesTheStarterModelReviewedToday(InitMojo mojo) throws Exception {
        inProject(mojo).execute();

        String text = Files.readString(dir.resolve("threatmodel.yaml"));
        assertThat(text).startsWith("# Threat model of this project")
                .contains("\nreviewed: " + LocalDate.now(ZoneOffset.UTC) + "\n")
                .contains("\nzones:\n").contains("\nflows:\n").contains("\nthreats:\n").contains("\nstories:\n")
                .contains("\ndraft: ");
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
