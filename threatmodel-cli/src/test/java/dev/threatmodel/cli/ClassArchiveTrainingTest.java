package dev.threatmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.StarterModel;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTrainingTest {

    @TempDir
    Path dir;

    @Test
    void everyStepGivesTheStatusItShouldAndTheScratchFolderIsRemoved() throws Exception {
        Path scratch = dir.resolve("scratch");
        Files.createDirectories(scratch);
        // a step with an unexpected status (a starter that no longer passes, a diff that fails) would give 1, and
        // the launcher would then keep no archive: this guards the training run against changes to the starter
        assertThat(ClassArchiveTraining.train(scratch)).isZero();
        assertThat(scratch).doesNotExist();
    }

    @Test
    void theJsonCopyIsTheSameModelAsTheYaml() throws Exception {
        Path yaml = dir.resolve("m.yaml");
        Files.writeString(yaml, StarterModel.withoutDraftMark(StarterModel.text(LocalDate.of(2026, 11, 2))));
        ModelLoader loader = new ModelLoader();
        Path json = dir.resolve("m.json");
        Files.writeString(json, ClassArchiveTraining.json(loader.readTree(yaml)));
        assertThat(Files.readString(json)).startsWith("{\"name\":\"My service\"").contains("\"authenticated\":true");
        ThreatModel fromYaml = loader.load(yaml);
        ThreatModel fromJson = loader.load(json);
        assertThat(fromJson.reviewed()).isEqualTo(LocalDate.of(2026, 11, 2)).isEqualTo(fromYaml.reviewed());
        assertThat(fromJson.elements()).extracting(Element::id)
                .containsExactlyElementsOf(fromYaml.elements().stream().map(Element::id).toList());
        assertThat(fromJson.zones()).extracting(TrustZone::trustLevel)
                .containsExactlyElementsOf(fromYaml.zones().stream().map(TrustZone::trustLevel).toList());
        assertThat(fromJson.threats()).extracting(Threat::status)
                .containsExactlyElementsOf(fromYaml.threats().stream().map(Threat::status).toList());
    }
}
