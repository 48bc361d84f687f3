package dev.threatmodel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample model from another tool is recognised by content through {@link ModelLoader}, and converting it to
 * the native format gives a file that the native loader reads back to the same diagram and threats.
 */
class ConvertRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "threat-dragon/cryptocurrency-wallet.json, THREAT_DRAGON_V2",
        "threat-dragon/demo-threat-model.json, THREAT_DRAGON_V1",
        "threat-dragon/generic-cms.json, THREAT_DRAGON_V2",
        "threat-dragon/iot-device.json, THREAT_DRAGON_V2",
        "threat-dragon/online-game.json, THREAT_DRAGON_V2",
        "threat-dragon/payment-online.json, THREAT_DRAGON_V2",
        "threat-dragon/renting-car.json, THREAT_DRAGON_V2",
        "threat-dragon/three-tier-web-app.json, THREAT_DRAGON_V2",
        "threat-dragon/v2-new-model.json, THREAT_DRAGON_V2",
        "threat-dragon/v2-threat-model.json, THREAT_DRAGON_V2",
        "otm/EXAMPLE.json, OPEN_THREAT_MODEL",
        "otm/EXAMPLE.yaml, OPEN_THREAT_MODEL",
        "otm/manual_threat_model.yaml, OPEN_THREAT_MODEL",
        "otm/minimal_content.yaml, OPEN_THREAT_MODEL",
        "tmt/MTMT_example.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/MTMT_example_coordinates_1_orphan.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/MTMT_nested_tz_line.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/lineboundaries_inheritance.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/missing_coordinates.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/model_with_figures_without_name.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/mtmt-mobile-api.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/test_model.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "tmt/unmapped-trustzone.tm7, MICROSOFT_THREAT_MODELING_TOOL",
        "threat-composer/ThreatComposer.tc.json, AWS_THREAT_COMPOSER",
        "threat-composer/ThreatComposerWorkspace-reinforce2024-ex1.tc.json, AWS_THREAT_COMPOSER",
        "threat-composer/ThreatComposer_Workshop_GenAI-ex1.tc.json, AWS_THREAT_COMPOSER",
        "threat-composer/ThreatModelingForBuilders-Exercise1.tc.json, AWS_THREAT_COMPOSER",
        "threagile/threagile.yaml, THREAGILE",
    })
    void sampleLoadsByContentAndSurvivesConversion(String sample, ModelFormat format) throws Exception {
        ThreatModel imported = new ModelLoader().load(sample(sample));
        assertThat(imported.format()).isEqualTo(format);

        Path converted = dir.resolve("threatmodel.yaml");
        Files.writeString(converted, NativeModelWriter.write(imported, sample), StandardCharsets.UTF_8);
        ThreatModel reloaded = loadConverted(converted);

        assertThat(reloaded.format()).isEqualTo(ModelFormat.NATIVE_YAML);
        assertThat(reloaded.name()).isEqualTo(imported.name());
        assertThat(reloaded.owner()).isEqualTo(imported.owner());
        assertThat(reloaded.description()).isEqualTo(imported.description());
        Function<TrustZone, String> zone = z -> z.name() + " in " + z.parent() + " trust " + z.trustLevel() + ": "
                + z.description();
        assertThat(summary(reloaded.zones(), zone)).isEqualTo(summary(imported.zones(), zone));
        assertThat(summary(reloaded.assets(), a -> a.name() + ": " + a.description()))
                .isEqualTo(summary(imported.assets(), a -> a.name() + ": " + a.description()));
        assertThat(summary(reloaded.elements(), ConvertRoundTripTest::describe))
                .isEqualTo(summary(imported.elements(), ConvertRoundTripTest::describe));
        // A native flow needs both ends on an element, so a flow with a loose end is written commented out.
        List<String> elementIds = imported.elements().stream().map(Element::id).toList();
        List<DataFlow> connected = imported.flows().stream()
                .filter(f -> elementIds.contains(f.source()) && elementIds.contains(f.target())).toList();
        assertThat(summary(reloaded.flows(), ConvertRoundTripTest::describe))
                .isEqualTo(summary(connected, ConvertRoundTripTest::describe));
        // A native threat needs a STRIDE category and a written target; the others are written commented out.
        List<String> targets = new ArrayList<>(elementIds);
        connected.forEach(f -> targets.add(f.id()));
        List<Threat> kept = imported.threats().stream()
                .filter(t -> t.isStride() && targets.contains(t.target())).toList();
        assertThat(summary(reloaded.threats(), ConvertRoundTripTest::describe))
                .isEqualTo(summary(kept, ConvertRoundTripTest::describe));
        String written = Files.readString(converted);
        for (DataFlow f : imported.flows()) {
            if (!connected.contains(f)) {
                assertThat(written).as("a left-out flow stays in the file as a comment")
                        .contains("  # - id: " + NativeModelWriter.scalar(f.id()) + "\n");
            }
        }
        for (Threat t : imported.threats()) {
            if (!kept.contains(t)) {
                assertThat(written).as("a left-out threat stays in the file as a comment")
                        .contains("  # - id: " + NativeModelWriter.scalar(t.id()) + "\n");
            }
        }
    }

    private static String describe(DataFlow f) {
        return f.source() + "->" + f.target() + " " + f.name() + " " + f.protocol() + " encrypted " + f.encrypted()
                + (f.bidirectional() ? " both ways" : "");
    }

    private static String describe(Threat t) {
        return t.target() + " " + t.category() + " " + t.status() + " " + t.severity() + " " + t.name() + ": "
                + t.description() + " mitigated by " + t.mitigations().stream()
                        .map(m -> m.name() + " (" + m.status() + ")").toList();
    }

    private static String describe(Element e) {
        return e.name() + " " + e.type() + " in " + e.zone() + ": " + e.description()
                + (e.outOfScope() ? " out of scope because " + e.outOfScopeReason() : "");
    }

    private static <T extends ModelItem> List<String> summary(List<T> items, Function<T, String> what) {
        return items.stream().map(i -> i.id() + ": " + what.apply(i)).toList();
    }

    private static ThreatModel loadConverted(Path file) throws IOException {
        try {
            return new ModelLoader().load(file);
        } catch (ModelLoadException e) {
            throw new AssertionError("the converted model does not load:\n" + e.problems() + "\n\n"
                    + Files.readString(file), e);
        }
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(ConvertRoundTripTest.class.getResource("/samples/" + name).toURI());
    }
}
