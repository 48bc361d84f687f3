package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedItemIsLinkedTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new ImportedItemIsLinked(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "6:5 WARNING assumption a2 \"Nobody relies on me\" is linked to no threat or mitigation, so"
                        + " nothing is known to rely on it",
                        "10:5 WARNING mitigation m2 \"Orphan\" is linked to no threat, so nothing it does is checked");
    }

    @Test
    void aConsistentFileGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new ImportedItemIsLinked(), ImportedRuleTests.CLEAN)).isEmpty();
    }
}
