package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    /** Accepts roots that hold {@code key} and records what it was asked to read. */
    private static final class FakeImporter implements TreeModelImporter {
        private final String key;
        private final List<Path> read = new ArrayList<>();

        FakeImporter(String key) {
            this.key = key;
        }

        @Override
        public String formatName() {
            return "fake " + key;
        }

        @Override
        public Set<FormatGap> gaps() {
            return Set.of();
        }

        @Override
        public boolean accepts(MapNode root) {
            return root.has(key);
        }

        @Override
        public ThreatModel read(MapNode root, Path file) {
            read.add(file);
            return ThreatModel.builder().file(file).format(ModelFormat.OPEN_THREAT_MODEL).name(key).build();
        }
    }

    @Test
    void yamlAndJsonAreTheNativeFormatBySyntax() throws ModelLoadException {
        assertThat(new ModelLoader().load(problems.write("a.yaml", "name: y\n")).format())
                .isEqualTo(ModelFormat.NATIVE_YAML);
        assertThat(new ModelLoader().load(problems.write("a.txt", " {\"name\": \"j\"}\n")).format())
                .isEqualTo(ModelFormat.NATIVE_JSON);
    }

    @Test
    void openThreatModelGoesToTheFirstImporterThatAcceptsIt() throws ModelLoadException {
        FakeImporter dragon = new FakeImporter("summary");
        FakeImporter otm = new FakeImporter("otmVersion");
        List<ModelImporter> importers = List.of(dragon, otm);
        Path file = problems.write("otm.json", "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"p\"}}");

        ThreatModel model = new ModelLoader(LoadLimits.DEFAULT, importers).load(file);

        assertThat(model.name()).isEqualTo("otmVersion");
        assertThat(otm.read).containsExactly(file);
        assertThat(dragon.read).isEmpty();
    }

    @Test
    void threatDragonIsRecognisedBySummaryAndDetail() throws ModelLoadException {
        FakeImporter dragon = new FakeImporter("summary");
        Path file = problems.write("td.json", "{\"summary\": {\"title\": \"t\"}, \"detail\": {\"diagrams\": []}}");

        new ModelLoader(LoadLimits.DEFAULT, List.of(dragon)).load(file);

        assertThat(dragon.read).containsExactly(file);
    }

    @Test
    void aFileNoImporterRecognisesIsReadAsTheNativeFormat() {
        ModelLoader withoutImporters = new ModelLoader(LoadLimits.DEFAULT, List.of());
        assertThat(LoadProblems.of(withoutImporters, problems.write("otm.json", "{\"otmVersion\": \"0.2.0\"}")))
                .containsExactly("1:2 unknown key 'otmVersion' in the model");
    }

    @Test
    void everyRegisteredFormatIsOneImporterInTheRegistry() {
        assertThat(ModelImporters.registered()).extracting(ModelImporter::formatName)
                .containsExactly("OWASP Threat Dragon", "Open Threat Model", "AWS Threat Composer", "Threagile",
                        "Microsoft Threat Modeling Tool");
    }

    @Test
    void aZipArchiveIsRefusedAsNotText() {
        Path zip = problems.write("model.tm7", "PK\u0003\u0004 rest of an archive");
        assertThat(LoadProblems.of(zip)).containsExactly("1:1 the file is a ZIP archive, not a text file; a threat "
                + "model, including a .tm7 file of the Microsoft Threat Modeling Tool, is saved as plain text (XML,"
                + " JSON or YAML)");
    }

    @Test
    void nativeFileWithAnUnrelatedDetailKeyStaysNative() {
        assertThat(problems.of("detail: x\n")).containsExactly(
                "1:1 unknown key 'detail' in the model");
    }

    @Test
    void missingFileIsAClearError() {
        assertThat(LoadProblems.of(dir.resolve("absent.yaml"))).containsExactly("1:1 the file does not exist");
    }
}
