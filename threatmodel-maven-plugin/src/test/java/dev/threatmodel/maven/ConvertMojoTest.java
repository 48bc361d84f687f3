package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class ConvertMojoTest {

    private static final String POM = "src/test/resources/unit/minimal/pom.xml";
    private static final Path DEMO = Path.of("../threatmodel-rules/src/test/resources/samples/threat-dragon/"
            + "three-tier-web-app.json");

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private ConvertMojo inProject(ConvertMojo mojo) throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.to = dir.resolve("threatmodel.yaml").toFile();
        Files.createDirectories(dir.resolve("design"));
        Files.copy(DEMO, dir.resolve("design/web.json"));
        mojo.from = dir.resolve("design/web.json").toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    void writesANativeModelThatLoadsWithTheSameParts(ConvertMojo mojo) throws Exception {
        inProject(mojo).execute();

        Path written = dir.resolve("threatmodel.yaml");
        assertThat(Files.readString(written))
                .startsWith("# Converted from the OWASP Threat Dragon v2 file design/web.json.\n");
        ThreatModel source = new ModelLoader().load(dir.resolve("design/web.json"));
        ThreatModel converted = new ModelLoader().load(written);
        assertThat(converted.format()).isEqualTo(ModelFormat.NATIVE_YAML);
        assertThat(converted.name()).isEqualTo(source.name());
        assertThat(converted.elements()).hasSameSizeAs(source.elements());
        assertThat(log.lines).containsExactly("[INFO] Converted the OWASP Threat Dragon v2 file design/web.json to"
                + " threatmodel.yaml. The comments at its top list what to add by hand.");
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    void neverOverwritesAnExistingFile(ConvertMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: mine\n");

        assertThatThrownBy(() -> inProject(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("threatmodel.yaml already exists; it is left as it is. Run with -Dthreatmodel.force=true"
                        + " to replace it, or choose another -Dthreatmodel.convert.to.");
        assertThat(dir.resolve("threatmodel.yaml")).hasContent("name: mine");
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    @MojoParameter(name = "force", value = "true")
    void forceReplacesAnExistingFile(ConvertMojo mojo) throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), "name: mine\n");

        inProject(mojo).execute();

        assertThat(Files.readString(dir.resolve("threatmodel.yaml"))).startsWith("# Converted from the OWASP");
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    void refusesAFileThatIsAlreadyNative(ConvertMojo mojo) throws Exception {
        inProject(mojo);
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), dir.resolve("blog.yaml"));
        mojo.from = dir.resolve("blog.yaml").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("blog.yaml is already a native threat model (threat model (YAML)); convert reads files"
                        + " of other tools (Threat Dragon, OTM, Threat Modeling Tool, Threat Composer, Threagile).");
        assertThat(dir.resolve("threatmodel.yaml")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    void aMissingSourceFails(ConvertMojo mojo) throws Exception {
        inProject(mojo).from = dir.resolve("design/none.json").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("The file to convert, design/none.json (threatmodel.convert.from), does not exist.");
    }

    @Test
    @InjectMojo(goal = "convert", pom = POM)
    void aSourceThatCannotBeReadNamesFileLineAndColumn(ConvertMojo mojo) throws Exception {
        inProject(mojo);
        Files.writeString(dir.resolve("design/broken.json"), "{\"summary\": {\"title\": \"x\",}\n");
        mojo.from = dir.resolve("design/broken.json").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("design/broken.json cannot be read: 1 problem, each logged above as an error line.");
        assertThat(log.lines).singleElement().asString().startsWith("[ERROR] design/broken.json:1:");
        assertThat(dir.resolve("threatmodel.yaml")).doesNotExist();
    }
}
