package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.Node;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleOptions;
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

    /** The starter as a team leaves it once it has filled it in: without its draft mark. */
    private Path filledIn() throws Exception {
        Path file = dir.resolve("threatmodel.yaml");
        String text = StarterModel.text(LocalDate.of(2031, 4, 5));
        String filled = StarterModel.withoutDraftMark(text);
        assertThat(filled).isNotEqualTo(text).doesNotContain("\ndraft:");
        Files.writeString(file, filled);
        return file;
    }

    @Test
    void theStarterIsADraftThatFailsSayingWhatToFillIn() throws Exception {
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, StarterModel.text(LocalDate.of(2031, 4, 5)));

        assertThatThrownBy(() -> ThreatModelCheck.run(CheckRequest.builder(file).build()))
                .isInstanceOf(ModelLoadException.class)
                .satisfies(e -> assertThat(((ModelLoadException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location().line()).isEqualTo(8);
                    assertThat(p.message()).startsWith("the model is marked as a draft: This is the starter written"
                                    + " by threatmodel:init")
                            .contains("Describe your own system: its name, owner and scope;")
                            .endsWith("Delete the 'draft' key once the model describes your system.");
                }));
    }

    /** The starter is an example of a correct model: nothing at warning level or above once it is filled in. */
    @Test
    void theFilledInStarterPassesAtWarningLevel() throws Exception {
        Path file = filledIn();
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(file)
                .ruleOptions(new RuleOptions(LocalDate.of(2031, 4, 6), 365))
                .failOnSeverity(FailOnSeverity.WARNING).build());

        assertThat(result.findings()).filteredOn(f -> !f.isSuppressed() && f.level() != Level.NOTE)
                .extracting(f -> f.ruleId() + " " + f.message()).isEmpty();
        assertThat(FailOnSeverity.WARNING.fails(result)).isFalse();
        assertThat(result.crossingFlowsChecked()).isEqualTo(2);
    }

    @Test
    void theStarterLoadsWithTheNativeLoader() throws Exception {
        Path file = filledIn();
        ThreatModel model = new ModelLoader().load(file);
        assertThat(model.name()).isEqualTo("My service");
        assertThat(model.reviewed()).isEqualTo(LocalDate.of(2031, 4, 5));
        assertThat(model.flows()).hasSize(2);
        assertThat(model.threats()).hasSize(4);
        assertThatCode(() -> model.zone("data").orElseThrow()).doesNotThrowAnyException();
    }
}
