package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordedStatusIsConsistentTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new RecordedStatusIsConsistent(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "13:62 ERROR threat t1 \"Resolved on paper\" is marked resolved, but none of its mitigations is resolved",
                        "16:87 ERROR threat t3 \"Dismissed, resting on a refuted assumption\" is marked threatResolvedNotUseful, but"
                        + " rests on the assumption a1 \"Only staff reach the admin page\", which is marked not valid");
    }

    @Test
    void aConsistentFileGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new RecordedStatusIsConsistent(), ImportedRuleTests.CLEAN)).isEmpty();
    }
}
