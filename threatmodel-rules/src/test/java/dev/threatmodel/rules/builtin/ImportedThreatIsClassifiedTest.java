package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedThreatIsClassifiedTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new ImportedThreatIsClassified(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "15:5 WARNING threat t2 \"Open and unanswered\" has neither a STRIDE category nor a priority, so"
                        + " it cannot be weighed or matched to what it threatens");
    }

    @Test
    void aConsistentFileGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new ImportedThreatIsClassified(), ImportedRuleTests.CLEAN)).isEmpty();
    }
}
