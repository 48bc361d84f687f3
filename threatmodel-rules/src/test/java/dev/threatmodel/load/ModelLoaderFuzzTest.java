package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.imports.otm.OtmImporter;
import dev.threatmodel.imports.threagile.ThreagileImporter;
import dev.threatmodel.imports.threatcomposer.ThreatComposerImporter;
import dev.threatmodel.imports.threatdragon.ThreatDragonImporter;
import dev.threatmodel.imports.tm7.Tm7Importer;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Feeds arbitrary bytes to the whole loader (native YAML and JSON, and through it the importers) and to the Threat
 * Dragon and Open Threat Model importers directly. The only acceptable outcomes are a model or a
 * {@link ModelLoadException} with located problems. A model that loads is also analysed and checked by every
 * built-in rule, so that a strange but valid model cannot crash the rules either.
 *
 * <p>In a normal build these run once per file in {@code ModelLoaderFuzzTestInputs}. See {@code docs/robustness.md}
 * for the command that fuzzes them.
 */
class ModelLoaderFuzzTest {

    private static final Path FILE = scratchFile();
    private static final RuleEngine ENGINE = new RuleEngine(
            RuleEngine.discover(ModelLoaderFuzzTest.class.getClassLoader()), RuleConfig.DEFAULT);
    private static final RuleOptions OPTIONS = new RuleOptions(LocalDate.of(2026, 11, 23), 365);

    @FuzzTest(maxDuration = "10m")
    void nativeYaml(byte[] input) {
        loadFile(input);
    }

    @FuzzTest(maxDuration = "10m")
    void nativeJson(byte[] input) {
        loadFile(input);
    }

    @FuzzTest(maxDuration = "10m")
    void threatDragon(byte[] input) {
        ThreatDragonImporter importer = new ThreatDragonImporter();
        try {
            Node tree = new JsonTreeReader(LoadLimits.DEFAULT).read(SourceText.decode(FILE, input));
            if (tree instanceof MapNode root && importer.accepts(root)) {
                check(importer.read(root, FILE));
            }
        } catch (ModelLoadException e) {
            TreeReaderFuzzTest.assertLocated(e, FILE);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void otm(byte[] input) {
        OtmImporter importer = new OtmImporter();
        try {
            SourceText text = SourceText.decode(FILE, input);
            Node tree = text.looksLikeJson() ? new JsonTreeReader(LoadLimits.DEFAULT).read(text)
                    : new YamlTreeReader(LoadLimits.DEFAULT).read(text);
            if (tree instanceof MapNode root && importer.accepts(root)) {
                check(importer.read(root, FILE));
            }
        } catch (ModelLoadException e) {
            TreeReaderFuzzTest.assertLocated(e, FILE);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void tm7(byte[] input) {
        importDirectly(new Tm7Importer(), input);
    }

    @FuzzTest(maxDuration = "10m")
    void threatComposer(byte[] input) {
        importDirectly(new ThreatComposerImporter(), input);
    }

    @FuzzTest(maxDuration = "10m")
    void threagile(byte[] input) {
        importDirectly(new ThreagileImporter(), input);
    }

    /** Bytes straight to one importer, past the loader's choice of format. */
    private static void importDirectly(ModelImporter importer, byte[] input) {
        try {
            ModelSource source = new ModelSource(SourceText.decode(FILE, input), LoadLimits.DEFAULT);
            if (importer.recognises(source)) {
                check(importer.read(source));
            }
        } catch (ModelLoadException e) {
            TreeReaderFuzzTest.assertLocated(e, FILE);
        }
    }

    private static void loadFile(byte[] input) {
        try {
            Files.write(FILE, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            check(new ModelLoader().load(FILE));
        } catch (ModelLoadException e) {
            TreeReaderFuzzTest.assertLocated(e, FILE);
        }
    }

    private static void check(ThreatModel model) {
        assertThat(model).isNotNull();
        ENGINE.check(model, BoundaryAnalysis.of(model), OPTIONS);
    }

    private static Path scratchFile() {
        try {
            Path file = Files.createTempFile("threatmodel-fuzz", ".model");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
