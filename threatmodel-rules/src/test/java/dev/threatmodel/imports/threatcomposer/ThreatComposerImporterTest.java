package dev.threatmodel.imports.threatcomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.threatmodel.imports.Samples;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreatComposerImporterTest {

    @TempDir
    Path dir;

    private static ThreatModel sample(String name) throws ModelLoadException {
        return new ModelLoader().load(Samples.path("samples/threat-composer/" + name));
    }

    private static Map<String, Integer> notes(ThreatModel m) {
        Map<String, Integer> byTopic = new TreeMap<>();
        m.importNotes().forEach(n -> byTopic.merge(n.topic(), 1, Integer::sum));
        return byTopic;
    }

    /**
     * Counts worked out from the files with a separate script: threats count once per STRIDE letter; a link whose
     * two ends both name nothing counts twice.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ThreatComposer.tc.json, 22, 5, 18, 5, 0, 0",
        "ThreatComposerWorkspace-reinforce2024-ex1.tc.json, 20, 6, 18, 0, 18, 1",
        "ThreatComposer_Workshop_GenAI-ex1.tc.json, 0, 1, 0, 0, 0, 1",
        "ThreatModelingForBuilders-Exercise1.tc.json, 0, 0, 0, 0, 0, 0",
    })
    void everySampleLoadsWithItsCountsAndNoDiagram(String file, int threats, int assumptions, int dangling,
                                                   int inconsistent, int unanswered, int unlinked)
            throws ModelLoadException {
        ThreatModel m = sample(file);
        assertThat(m.format()).isEqualTo(ModelFormat.AWS_THREAT_COMPOSER);
        assertThat(m.elements()).isEmpty();
        assertThat(m.flows()).isEmpty();
        assertThat(m.zones()).isEmpty();
        assertThat(Samples.crossings(m)).isEmpty();
        assertThat(m.threats()).hasSize(threats);
        assertThat(m.assumptions()).hasSize(assumptions);
        Map<String, Integer> notes = notes(m);
        assertThat(notes.getOrDefault(ImportNote.DANGLING_REFERENCE, 0)).isEqualTo(dangling);
        assertThat(notes.getOrDefault(ImportNote.INCONSISTENT_RECORD, 0)).isEqualTo(inconsistent);
        assertThat(notes.getOrDefault(ImportNote.UNANSWERED_THREAT, 0)).isEqualTo(unanswered);
        assertThat(notes.getOrDefault(ImportNote.UNLINKED_ITEM, 0)).isEqualTo(unlinked);
        assertThat(m.gaps()).contains(FormatGap.DIAGRAM).doesNotContain(FormatGap.ASSUMPTIONS);
    }

    @Test
    void threatsMitigationsAndAssumptionsAreLinked() throws ModelLoadException {
        ThreatModel m = load("""
                {"schema": 1, "applicationInfo": {"name": "Shop"},
                 "assumptions": [{"id": "a1", "content": "TLS everywhere", "valid": false}],
                 "mitigations": [{"id": "m1", "content": "WAF", "status": "mitigationResolved"},
                                 {"id": "m2", "content": "Rate limit", "status": "mitigationInProgress"}],
                 "threats": [{"id": "t1", "statement": "A bot floods the API", "status": "threatResolved",
                              "metadata": [{"key": "STRIDE", "value": ["D", "T"]}, {"key": "Priority", "value": "High"}]}],
                 "mitigationLinks": [{"mitigationId": "m1", "linkedId": "t1"}, {"mitigationId": "m2", "linkedId": "t1"}],
                 "assumptionLinks": [{"type": "Mitigation", "assumptionId": "a1", "linkedId": "m1"}]}
                """);
        assertThat(m.name()).isEqualTo("Shop");
        assertThat(m.assumptions()).singleElement().extracting(a -> a.status()).isEqualTo(AssumptionStatus.REFUTED);
        assertThat(m.threats()).extracting(Threat::id, Threat::category, Threat::status).containsExactly(
                tuple("t1/denial-of-service", StrideCategory.DENIAL_OF_SERVICE, ThreatStatus.MITIGATED),
                tuple("t1/tampering", StrideCategory.TAMPERING, ThreatStatus.MITIGATED));
        List<Mitigation> mitigations = m.threats().get(0).mitigations();
        assertThat(mitigations).extracting(Mitigation::name, Mitigation::status, Mitigation::reliesOn).containsExactly(
                tuple("WAF", MitigationStatus.IMPLEMENTED, List.of("a1")),
                tuple("Rate limit", MitigationStatus.PLANNED, List.of()));
        assertThat(m.importNotes()).isEmpty();
    }

    @Test
    void eachThingTheFileSaysIsChecked() throws ModelLoadException {
        ThreatModel m = load("""
                {"schema": 1,
                 "assumptions": [{"id": "a1", "content": "Only staff reach the admin page", "valid": false},
                                 {"id": "a2", "content": "Nobody relies on me"}],
                 "mitigations": [{"id": "m1", "content": "SSO", "status": "mitigationResolvedWillNotAction"},
                                 {"id": "m2", "content": "Orphan"}],
                 "threats": [{"id": "t1", "statement": "Resolved on paper", "status": "threatResolved",
                              "metadata": [{"key": "STRIDE", "value": ["S"]}, {"key": "Priority", "value": "Low"}]},
                             {"id": "t2", "statement": "Open and unanswered", "metadata": []},
                             {"id": "t3", "statement": "Dismissed, resting on a refuted assumption",
                              "status": "threatResolvedNotUseful",
                              "metadata": [{"key": "STRIDE", "value": ["E"]}, {"key": "Priority", "value": "Medium"}]}],
                 "mitigationLinks": [{"mitigationId": "m1", "linkedId": "t1"}, {"mitigationId": "m9", "linkedId": "t2"}],
                 "assumptionLinks": [{"type": "Threat", "assumptionId": "a1", "linkedId": "t3"},
                                     {"type": "Threat", "assumptionId": "a1", "linkedId": "t7"}]}
                """);
        assertThat(m.importNotes()).extracting(ImportNote::topic, ImportNote::message).containsExactlyInAnyOrder(
                tuple(ImportNote.DANGLING_REFERENCE, "a link names the mitigation 'm9', which the file does not have"),
                tuple(ImportNote.DANGLING_REFERENCE, "a link names the threat 't7', which the file does not have"),
                tuple(ImportNote.INCONSISTENT_RECORD, "threat t1 \"Resolved on paper\" is marked resolved, but none"
                        + " of its mitigations is resolved"),
                tuple(ImportNote.INCONSISTENT_RECORD, "threat t3 \"Dismissed, resting on a refuted assumption\" is "
                        + "marked threatResolvedNotUseful, but rests on the assumption a1 \"Only staff reach the admin"
                        + " page\", which is marked not valid"),
                tuple(ImportNote.UNCLASSIFIED_THREAT, "threat t2 \"Open and unanswered\" has neither a STRIDE category"
                        + " nor a priority, so it cannot be weighed or matched to what it threatens"),
                tuple(ImportNote.UNANSWERED_THREAT, "threat t2 \"Open and unanswered\" is open and no mitigation is"
                        + " linked to it"),
                tuple(ImportNote.UNLINKED_ITEM, "mitigation m2 \"Orphan\" is linked to no threat, so nothing it does"
                        + " is checked"),
                tuple(ImportNote.UNLINKED_ITEM, "assumption a2 \"Nobody relies on me\" is linked to no threat or "
                        + "mitigation, so nothing is known to rely on it"));
        ImportNote dangling = m.importNotes().stream().filter(n -> n.message().contains("'m9'")).findFirst()
                .orElseThrow();
        assertThat(dangling.at().line()).isEqualTo(12);
        assertThat(m.threats().get(0).mitigations()).singleElement()
                .satisfies(mi -> assertThat(mi.name()).isEqualTo("SSO (will not action)"));
    }

    @Test
    void statusesMapOntoOurs() {
        assertThat(ThreatComposerImporter.status("threatIdentified")).isEqualTo(ThreatStatus.OPEN);
        assertThat(ThreatComposerImporter.status(null)).isEqualTo(ThreatStatus.OPEN);
        assertThat(ThreatComposerImporter.status("threatResolved")).isEqualTo(ThreatStatus.MITIGATED);
        assertThat(ThreatComposerImporter.status("threatResolvedNotUseful")).isEqualTo(ThreatStatus.NOT_APPLICABLE);
        assertThat(ThreatComposerImporter.status("somethingNew")).isEqualTo(ThreatStatus.OPEN);
    }

    @Test
    void brokenFilesAreLocatedErrors() {
        assertThat(problems("{\"schema\": 2, \"threats\": []}")).containsExactly(
                "1:12 a Threat Composer file has 'schema: 1'; this version is not known, so it is not read");
        assertThat(problems("{\"schema\": 1, \"threats\": [{\"statement\": \"no id\"}]}")).containsExactly(
                "1:27 this threat has no 'id', so links cannot name it");
        assertThat(problems("{\"schema\": 1, \"threats\": {\"id\": \"t\"}}")).hasSize(1)
                .allMatch(p -> p.startsWith("1:26 ") && p.contains("list"));
        assertThat(problems("{\"schema\": 1, \"threats\": [{\"id\": \"t\", \"metadata\": [{\"key\": \"STRIDE\","
                + " \"value\": [\"X\"]}]}]}")).containsExactly(
                "1:80 a STRIDE entry is one of the letters S, T, R, I, D, E, found 'X'");
        assertThat(problems("{\"schema\": 1, \"threats\": [{\"id\": \"t\"}")).hasSize(1)
                .allMatch(p -> p.startsWith("1:"));
    }

    private ThreatModel load(String json) throws ModelLoadException {
        return new ModelLoader().load(write(json));
    }

    private Path write(String json) {
        Path file = dir.resolve("model.tc.json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private List<String> problems(String json) {
        try {
            new ModelLoader().load(write(json));
            throw new AssertionError("expected the file to be refused");
        } catch (ModelLoadException e) {
            return e.problems().stream()
                    .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message()).toList();
        }
    }
}
