package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.testing.ModelFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    @Test
    void aNamedFlowIsNamedByIdAndLabel() {
        ModelFixture m = new ModelFixture();
        m.process("api", "app");
        m.store("db", "app");
        DataFlow f = m.flow("f1", 1, "api", "db");
        assertThat(Findings.flow(m.build(), f)).isEqualTo("f1 \"Data f1\"");
    }

    @Test
    void anUnnamedFlowIsNamedByIdAndItsEnds() {
        ModelFixture m = new ModelFixture();
        m.process("api", "app");
        m.store("db", "app");
        DataFlow oneWay = m.add(new DataFlow("76b2", "", 1, "api", "db", List.of(), null, null, null, false,
                List.of(), m.flowOrigin()));
        DataFlow bothWays = m.add(new DataFlow("91cc", null, 2, "db", "api", List.of(), null, null, null, true,
                List.of(), m.flowOrigin()));
        assertThat(Findings.flow(m.build(), oneWay)).isEqualTo("76b2 from \"Api\" to \"Db\"");
        assertThat(Findings.flow(m.build(), bothWays)).isEqualTo("91cc between \"Db\" and \"Api\"");
    }

    @Test
    void anUnnamedFlowWithAMissingEndIsNamedByItsId() {
        ModelFixture m = new ModelFixture();
        m.process("api", "app");
        DataFlow f = m.add(new DataFlow("f9", null, 1, "api", "gone", List.of(), null, null, null, false,
                List.of(), m.flowOrigin()));
        assertThat(Findings.flow(m.build(), f)).isEqualTo("f9");
    }

    @Test
    void crossingFlowMessagesNameAnUnnamedFlowByItsEnds() {
        ModelFixture m = new ModelFixture();
        m.zone("internet", 0, null);
        m.zone("app", 50, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.add(new DataFlow("76b2", null, 1, "user", "api", List.of(), null, null, null, false, List.of(),
                m.flowOrigin()));
        assertThat(m.check(new CrossingFlowHasThreat())).extracting(Finding::message).containsExactly(
                "The flow 76b2 from \"User\" to \"Api\" (crosses into a more trusted zone) has no threat aimed "
                        + "at it: add a threat whose target is 76b2.");
    }

    @Test
    void namesWrittenOverSeveralLinesAreJoined() {
        ModelFixture m = new ModelFixture();
        m.add(new Element("cs", "Customer\nSupport", ElementType.PROCESS, null, "app", false, null,
                Set.of(), null, null, List.of(), m.elementOrigin()));
        m.store("db", "app");
        DataFlow unnamed = m.add(new DataFlow("f1", null, 1, "cs", "db", List.of(), null, null, null, false,
                List.of(), m.flowOrigin()));
        DataFlow named = m.add(new DataFlow("f2", "Query\n Results", 2, "db", "cs", List.of(), null, null, null,
                false, List.of(), m.flowOrigin()));
        assertThat(Findings.flow(m.build(), unnamed)).isEqualTo("f1 from \"Customer Support\" to \"Db\"");
        assertThat(Findings.flow(m.build(), named)).isEqualTo("f2 \"Query Results\"");
    }

    @Test
    void quotesAndBackslashesInLabelsAreEscapedSoALabelCannotFakeTheRestOfAMessage() {
        ModelFixture m = new ModelFixture();
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        m.add(new dev.threatmodel.model.DataFlow("f1", "Order\" is fine; flow f2 \"Other\\", 1, "user", "api",
                java.util.List.of(), null, null, null, false, java.util.List.of(), m.flowOrigin()));
        assertThat(m.check(new CrossingFlowHasThreat())).extracting(Finding::message).containsExactly(
                "The flow f1 \"Order\\\" is fine; flow f2 \\\"Other\\\\\" (crosses into a more trusted zone) has no "
                        + "threat aimed at it: add a threat whose target is f1.");
    }

    @Test
    void aNameOnSeveralLinesBecomesOneLineAsTheRegularExpressionWouldMakeIt() {
        for (String name : List.of("Web app", "Web\napp", "Web \r\n  app", "  Web\t\tapp  ", "a b  c", "a\u000Bb",
                "a\fb", "a \n", "plain", "", " ", "a\u2028b", "a\u00A0\u00A0b", "x  ", "\n\nx\n\ny")) {
            assertThat(Findings.oneLine(name)).as(name).isEqualTo(name.strip().replaceAll("\\s+", " "));
        }
    }
}
