package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagramIsRecordedTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new DiagramIsRecorded(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "1:1 NOTE This AWS Threat Composer model cannot record a data-flow diagram (elements, flows and"
                        + " trust zones), so TM708 DiagramIsRecorded skips the checks that need it. Convert the model to"
                        + " the native format with threatmodel:convert and draw the diagram there.");
    }

    @Test
    void aDrawingToolsModelGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new DiagramIsRecorded(),
                "src/test/resources/samples/tmt/MTMT_example.tm7")).isEmpty();
        assertThat(ImportedRuleTests.check(new DiagramIsRecorded(),
                "src/test/resources/samples/threagile/threagile.yaml")).isEmpty();
    }
}
