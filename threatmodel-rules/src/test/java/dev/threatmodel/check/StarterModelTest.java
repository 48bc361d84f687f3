package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.Node;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterModelTest {

    @TempDir
    Path dir;

    @Test
    void theStarterIsReviewedTodayAndReadsAsOneYamlMapping() throws Exception {
        String text = StarterModel.text(LocalDate.of(2031, 4, 5));
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, text);

        assertThat(text).contains("\nreviewed: 2031-04-05\n").doesNotContain("reviewed: 2026-01-01");
        Node tree = new ModelLoader().readTree(file);
        assertThat(tree).isInstanceOf(MapNode.class);
    }

    @Test
    void theStarterLoadsWithTheNativeLoader() throws Exception {
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, StarterModel.text(LocalDate.of(2031, 4, 5)));
        ThreatModel model = new ModelLoader().load(file);
        assertThat(model.name()).isEqualTo("My service");
        assertThat(model.reviewed()).isEqualTo(LocalDate.of(2031, 4, 5));
        assertThat(model.flows()).hasSize(2);
        assertThat(model.threats()).hasSize(3);
        assertThatCode(() -> model.zone("data").orElseThrow()).doesNotThrowAnyException();
    }
}
