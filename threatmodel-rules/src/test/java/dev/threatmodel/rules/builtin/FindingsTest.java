package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.testing.ModelFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FindingsTest {

    @Test
    void aFormatGapNoteNamesTheCompanionFileBesideTheModel() {
        ModelFixture m = new ModelFixture().file(Path.of("threat-dragon", "model.json"))
                .format(ModelFormat.THREAT_DRAGON_V2).gap(FormatGap.ASSUMPTIONS);
        assertThat(m.check(new AssumptionIsRecorded())).extracting(Finding::message).containsExactly(
                "This OWASP Threat Dragon v2 model cannot record assumptions, so TM205 AssumptionIsRecorded skips "
                        + "the checks that need it. Add them in a companion file next to the model "
                        + "(model.threatmodel.yaml; see docs/imports.md), or convert the model to the native "
                        + "format with threatmodel:convert.");
    }

    @Test
    void trustLevelsAreAskedForEveryZone() {
        assertThat(Findings.howToSupply(Path.of("dir", "shop.otm.json"), FormatGap.TRUST_LEVELS)).isEqualTo(
                "Give every zone a trustLevel in a companion file next to the model (shop.otm.threatmodel.yaml; "
                        + "see docs/imports.md), or convert the model to the native format with "
                        + "threatmodel:convert.");
    }

    @Test
    void interactionNumbersOnlyComeWithTheNativeFormat() {
        assertThat(Findings.howToSupply(Path.of("model.json"), FormatGap.INTERACTION_NUMBERS)).isEqualTo(
                "Number the flows after converting the model to the native format with threatmodel:convert.");
    }

    @Test
    void aModelWithoutFileGetsThePatternOfTheName() {
        assertThat(Findings.howToSupply(null, FormatGap.STORIES)).isEqualTo("Add them in a companion file next "
                + "to the model (<model>.threatmodel.yaml; see docs/imports.md), or convert the model to the native "
                + "format with threatmodel:convert.");
    }
}
