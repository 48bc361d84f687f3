package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedThreatIsAnsweredTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new ImportedThreatIsAnswered(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "15:5 ERROR threat t2 \"Open and unanswered\" is open and no mitigation is linked to it");
    }

    @Test
    void aConsistentFileGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new ImportedThreatIsAnswered(), ImportedRuleTests.CLEAN)).isEmpty();
    }
}
