package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The companion file of an imported model: discovery, merge, and the problems it is refused for. */
class CompanionTest {

    static final Path DIR = Path.of("src/test/resources/companion");
    static final Path MODEL = DIR.resolve("model.json");
    static final Path COMPANION = DIR.resolve("model.threatmodel.yaml");
    static final String WEB_ZONE = "0adc088b-ebb1-46be-af7b-36112c60c419";
    static final String QUEUE_ZONE = "6767506f-3d7f-4a5f-bbe2-ea03689d30fc";
    static final String DB_ZONE = "4a7911c8-2493-46cc-960f-1b248b176d15";
    static final String MITM_THREAT = "72b9712b-2c08-40b1-aea6-57604e82f5f4";

    @TempDir
    Path dir;

    @Test
    void theCompanionBesideAnImportedModelIsPickedUpAndFillsTheGapsItAnswers() throws Exception {
        ThreatModel model = new ModelLoader().load(MODEL);

        assertThat(model.gaps()).containsExactly(FormatGap.INTERACTION_NUMBERS);
        assertThat(model.owner()).isEqualTo("shop-platform-team");
        assertThat(model.reviewed()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(model.origin().at()).isEqualTo(new SourceLocation(MODEL, 1, 1));
        assertThat(model.origin().of("reviewed")).isEqualTo(new SourceLocation(COMPANION, 4, 11));
        assertThat(model.assumptions()).extracting(Assumption::id).containsExactly("tls-front", "db-network");
        assertThat(model.assumption("db-network").orElseThrow().origin().at())
                .isEqualTo(new SourceLocation(COMPANION, 27, 5));
        assertThat(model.assets()).hasSize(2);
        assertThat(model.objectives()).hasSize(1);
        assertThat(model.stories()).singleElement().satisfies(s -> assertThat(s.origin().at().file())
                .isEqualTo(COMPANION));
    }

    @Test
    void zoneOverlaysGiveTrustLevelsAndAssumptionsWhereTheyWereWritten() throws Exception {
        ThreatModel model = new ModelLoader().load(MODEL);

        assertThat(model.zones()).extracting(TrustZone::trustLevel).containsExactly(10, 60, 80);
        TrustZone db = model.zone(DB_ZONE).orElseThrow();
        assertThat(db.assumptions()).containsExactly("db-network");
        assertThat(db.origin().at().file()).isEqualTo(MODEL);
        assertThat(db.origin().of("trustLevel")).isEqualTo(new SourceLocation(COMPANION, 39, 17));
        assertThat(model.zone(QUEUE_ZONE).orElseThrow().assumptions()).isEmpty();
    }

    @Test
    void aThreatOverlayReplacesTheImportedMitigations() throws Exception {
        ThreatModel model = new ModelLoader().load(MODEL);

        Threat mitm = model.threat(MITM_THREAT).orElseThrow();
        assertThat(mitm.mitigations()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("TLS between worker and database");
            assertThat(m.domain()).isEqualTo(SecurityDomain.CRYPTOGRAPHY);
            assertThat(m.reliesOn()).containsExactly("db-network");
            assertThat(m.id()).isEqualTo(MITM_THREAT + ".m1");
            assertThat(m.origin().at()).isEqualTo(new SourceLocation(COMPANION, 45, 9));
        });
        assertThat(mitm.origin().of("mitigations").file()).isEqualTo(COMPANION);
        Threat untouched = model.threat("7df716cd-a982-48a5-b4ed-800ccb670734").orElseThrow();
        assertThat(untouched.mitigations()).extracting(Mitigation::domain).containsExactly((SecurityDomain) null);
    }

    @Test
    void withoutCompanionEveryGapStays() throws Exception {
        Path model = copyModel();
        assertThat(new ModelLoader().load(model).gaps()).containsExactlyInAnyOrderElementsOf(FormatGap.allButDiagram());
    }

    @Test
    void aCompanionNamedExplicitlyIsReadFromWhereverItIs() throws Exception {
        Path model = copyModel();
        Path companion = write("elsewhere.yaml", "assumptions: []\nreviewed: 2026-01-02\n");

        ThreatModel loaded = new ModelLoader().load(model, companion);

        assertThat(loaded.gaps()).doesNotContain(FormatGap.ASSUMPTIONS, FormatGap.REVIEW_DATE)
                .contains(FormatGap.STORIES, FormatGap.TRUST_LEVELS, FormatGap.MITIGATION_DETAILS);
        assertThat(loaded.reviewed()).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void trustLevelsForSomeZonesOnlyLeaveTheGapOpen() throws Exception {
        Path model = copyModel();
        write("model.threatmodel.yaml", "zones:\n  - id: " + WEB_ZONE + "\n    trustLevel: 10\n");

        ThreatModel loaded = new ModelLoader().load(model);

        assertThat(loaded.zone(WEB_ZONE).orElseThrow().trustLevel()).isEqualTo(10);
        assertThat(loaded.lacks(FormatGap.TRUST_LEVELS)).isTrue();
    }

    @Test
    void aThreatsSectionFillsMitigationAndAcceptanceDetails() throws Exception {
        Path model = copyModel();
        write("model.threatmodel.yaml", """
                threats:
                  - id: %s
                    acceptance:
                      justification: The database link never leaves the rack.
                      acceptedBy: CTO
                      expires: 2027-01-31
                """.formatted(MITM_THREAT));

        ThreatModel loaded = new ModelLoader().load(model);

        assertThat(loaded.gaps()).doesNotContain(FormatGap.MITIGATION_DETAILS, FormatGap.ACCEPTANCE_DETAILS);
        Threat mitm = loaded.threat(MITM_THREAT).orElseThrow();
        assertThat(mitm.acceptance().acceptedBy()).isEqualTo("CTO");
        assertThat(mitm.mitigations()).extracting(Mitigation::name)
                .containsExactly("Enforce an encrypted connection at the DB server");
    }

    @Test
    void unknownKeysAreRefusedWithTheirPlaceAndASuggestion() throws Exception {
        copyModel();
        Path companion = write("model.threatmodel.yaml", """
                assumption: []
                zones:
                  - id: %s
                    trustLevel: 50
                    name: Web
                """.formatted(WEB_ZONE));

        assertThat(problems(companion)).containsExactly(
                "1:1 unknown key 'assumption' in the companion file; did you mean 'assumptions'?",
                "5:5 unknown key 'name' in a zone overlay");
    }

    @Test
    void anOverlayOfAZoneOrThreatTheModelDoesNotHaveIsRefused() throws Exception {
        copyModel();
        Path companion = write("model.threatmodel.yaml", """
                zones:
                  - id: 0adc088b-ebb1-46be-af7b-36112c60c41
                    trustLevel: 50
                  - id: %s
                    trustLevel: 50
                  - id: %s
                    trustLevel: 40
                threats:
                  - id: T1
                    mitigations: []
                """.formatted(QUEUE_ZONE, QUEUE_ZONE));

        assertThat(problems(companion)).containsExactly(
                "2:9 a zone overlay names zone '0adc088b-ebb1-46be-af7b-36112c60c41', but model.json has no zone "
                        + "with that id; did you mean '0adc088b-ebb1-46be-af7b-36112c60c419'?",
                "6:9 a second overlay for zone '" + QUEUE_ZONE + "': the overlay at line 4, column 9 already adds "
                        + "to it",
                "9:9 a threat overlay names threat 'T1', but model.json has no threat with that id");
    }

    @Test
    void referencesToIdsInNeitherFileAreRefusedInTheCompanion() throws Exception {
        copyModel();
        Path companion = write("model.threatmodel.yaml", """
                assumptions:
                  - id: a1
                    text: Only the worker reads the queue.
                stories:
                  - id: s1
                    kind: abuse
                    flows: [552b5603-41c9-4458-83f2-01a6490a41b8, f9]
                    threats: [1468b37f-3ff9-4079-8767-f33bbfe0a887]
                zones:
                  - id: %s
                    assumptions: [a1, a2]
                """.formatted(DB_ZONE));

        assertThat(problems(companion)).containsExactly(
                "7:51 'flows' of story 's1' refers to flow 'f9', which does not exist",
                "11:23 'assumptions' of zone '" + DB_ZONE + "' refers to assumption 'a2', which does not exist; "
                        + "did you mean 'a1'?");
    }

    @Test
    void idsAreUniqueInTheCompanionAsInANativeFile() throws Exception {
        copyModel();
        Path clash = write("model.threatmodel.yaml", """
                assumptions:
                  - id: a1
                  - id: a1
                """);
        assertThat(problems(clash)).containsExactly(
                "3:9 duplicate id 'a1': the assumption at line 2, column 9 already has it");
    }

    @Test
    void aCompanionBesideANativeModelIsRefused() throws Exception {
        Path model = write("threatmodel.yaml", "name: Native\n");
        Path companion = write("threatmodel.threatmodel.yaml", "reviewed: 2026-01-01\n");

        assertThat(problems(new ModelLoader(), model, companion)).containsExactly("1:1 a companion file only adds "
                + "to a model in another tool's format, but threatmodel.yaml is in the native format, "
                + "which records all of this itself: move the entries of the companion file into threatmodel.yaml "
                + "and delete the companion");
        assertThatThrownBy(() -> new ModelLoader().load(model, companion)).isInstanceOf(ModelLoadException.class);
    }

    @Test
    void aCompanionNamedExplicitlyThatDoesNotExistIsRefused() throws Exception {
        Path model = copyModel();
        Path missing = dir.resolve("missing.threatmodel.yaml");

        ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(ModelLoadException.class,
                () -> new ModelLoader().load(model, missing));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(SourceLocation.startOf(missing));
            assertThat(p.message()).isEqualTo("the file does not exist");
        });
    }

    @Test
    void theDefaultCompanionIsNamedAfterTheModelWithoutItsExtension() {
        assertThat(CompanionReader.defaultPath(Path.of("threat-dragon", "model.json")))
                .isEqualTo(Path.of("threat-dragon", "model.threatmodel.yaml"));
        assertThat(CompanionReader.defaultPath(Path.of("shop.otm.json"))).isEqualTo(Path.of(
                "shop.otm.threatmodel.yaml"));
        assertThat(CompanionReader.defaultPath(Path.of("model"))).isEqualTo(Path.of("model.threatmodel.yaml"));
    }

    @Test
    void theExampleInTheDocumentationLoadsBesideItsDrawing() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "imports.md"), StandardCharsets.UTF_8);
        int example = doc.indexOf("### Example");
        int start = doc.indexOf("```yaml\n", example) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Path model = copyModel();
        write("model.threatmodel.yaml", yaml);

        ThreatModel loaded = new ModelLoader().load(model);

        assertThat(loaded.gaps()).containsExactly(FormatGap.INTERACTION_NUMBERS);
        assertThat(loaded.threat("3c8033db-0e51-42c0-afd0-d01d2ced4a14").orElseThrow().acceptance().acceptedBy())
                .isEqualTo("Head of engineering");
    }

    private Path copyModel() throws IOException {
        return Files.copy(MODEL, dir.resolve("model.json"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Problems of loading model.json in the temp dir, each {@code line:column message}, all in the companion. */
    private List<String> problems(Path companion) {
        Path model = dir.resolve("model.json");
        try {
            new ModelLoader().load(model);
            return List.of();
        } catch (ModelLoadException e) {
            return lines(e, companion);
        }
    }

    private static List<String> problems(ModelLoader loader, Path model, Path companion) {
        try {
            loader.load(model);
            return List.of();
        } catch (ModelLoadException e) {
            return lines(e, companion);
        }
    }

    private static List<String> lines(ModelLoadException e, Path companion) {
        return e.problems().stream().map(p -> {
            assertThat(p.location().file()).isEqualTo(companion);
            return p.location().line() + ":" + p.location().column() + " " + p.message();
        }).toList();
    }
}
