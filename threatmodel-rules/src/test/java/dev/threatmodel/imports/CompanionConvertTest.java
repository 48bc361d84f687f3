package dev.threatmodel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting a model with a companion file keeps what the companion said. */
class CompanionConvertTest {

    static final Path MODEL = Samples.path("companion/model.json");

    @TempDir
    Path dir;

    @Test
    void theConvertedFileHoldsTheCompanionsFacts() throws Exception {
        ThreatModel imported = new ModelLoader().load(MODEL);
        String yaml = NativeModelWriter.write(imported, "companion/model.json");
        Path converted = Files.writeString(dir.resolve("threatmodel.yaml"), yaml, StandardCharsets.UTF_8);

        ThreatModel reloaded = new ModelLoader().load(converted);

        assertThat(reloaded.format()).isEqualTo(ModelFormat.NATIVE_YAML);
        assertThat(reloaded.owner()).isEqualTo("shop-platform-team");
        assertThat(reloaded.scope()).isEqualTo(imported.scope());
        assertThat(reloaded.reviewed()).isEqualTo(imported.reviewed());
        assertThat(reloaded.assets()).hasSize(2);
        assertThat(describe(reloaded)).isEqualTo(describe(imported));
        assertThat(reloaded.suppressions()).extracting(x -> x.rule() + ": " + x.reason()).containsExactly(
                "TM306: Threat Dragon cannot number flows; the drawing shows their order.");
        assertThat(reloaded.stories()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("poison-queue");
            assertThat(s.flows()).containsExactly("552b5603-41c9-4458-83f2-01a6490a41b8");
            assertThat(s.threats()).containsExactly("1468b37f-3ff9-4079-8767-f33bbfe0a887");
        });
    }

    @Test
    void theHeaderListsOnlyWhatTheCompanionLeftOpen() throws Exception {
        String yaml = NativeModelWriter.write(new ModelLoader().load(MODEL), "companion/model.json");

        List<String> open = yaml.lines().filter(l -> l.startsWith("#   - ") && !l.contains(" crosses "))
                .toList();
        assertThat(open).containsExactly("#   - " + FormatGap.INTERACTION_NUMBERS.description() + ": 'number' on "
                + "every flow");
    }

    @Test
    void aStoryReferenceToSomethingNotWrittenIsLeftOutWithAComment() throws Exception {
        Path source = Path.of("in.json");
        Origin at = Origin.of(SourceLocation.startOf(source));
        ThreatModel model = ThreatModel.builder().file(source).format(ModelFormat.THREAT_DRAGON_V2).name("Loose")
                .element(new Element("e1", "Browser", ElementType.EXTERNAL_ENTITY, null, null, false, null,
                        Set.of(), null, null, List.of(), at))
                .flow(new DataFlow("f1", "Request", null, "e1", null, List.of(), null, null, null, false,
                        List.of(), at))
                .story(new Story("s1", null, StoryKind.MISUSE, null, List.of("f1"), List.of("e1"), List.of(),
                        List.of(), at))
                .build();
        String yaml = NativeModelWriter.write(model, "in.json");

        assertThat(yaml).contains("""
                stories:
                  - id: s1
                    kind: misuse
                    # flow f1 of the next story is not written above: left out
                    elements: [e1]
                """);
        Path converted = Files.writeString(dir.resolve("threatmodel.yaml"), yaml, StandardCharsets.UTF_8);
        assertThat(new ModelLoader().load(converted).stories()).singleElement()
                .satisfies(s -> assertThat(s.flows()).isEmpty());
    }

    /** The facts a companion supplies, in words, for comparing a model before and after conversion. */
    private static List<String> describe(ThreatModel m) {
        List<String> facts = new java.util.ArrayList<>();
        m.assets().forEach(a -> facts.add("asset " + a.id() + " " + a.name() + " " + a.classification()));
        m.objectives().forEach(o -> facts.add("objective " + o.id() + " " + o.asset() + " " + o.protects() + " "
                + o.assumptions()));
        for (Assumption a : m.assumptions()) {
            facts.add("assumption " + a.id() + " " + a.text() + " " + a.type() + " " + a.owner() + " " + a.status());
        }
        for (TrustZone z : m.zones()) {
            facts.add("zone " + z.id() + " " + z.trustLevel() + " " + z.assumptions());
        }
        for (Threat t : m.threats()) {
            t.mitigations().forEach(x -> facts.add("mitigation of " + t.id() + " " + x.name() + " " + x.control()
                    + " " + x.domain() + " " + x.status() + " " + x.reliesOn()));
        }
        return facts;
    }
}
