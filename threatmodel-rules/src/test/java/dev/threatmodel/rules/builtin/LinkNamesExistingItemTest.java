package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkNamesExistingItemTest {

    @Test
    void reportsWhatTheFileSays() throws Exception {
        assertThat(ImportedRuleTests.shown(ImportedRuleTests.check(new LinkNamesExistingItem(), ImportedRuleTests.EVERY_CHECK)))
                .containsExactly(
                        "21:22 ERROR a link names the mitigation 'm9', which the file does not have",
                        "25:58 ERROR a link names the threat 't7', which the file does not have");
    }

    @Test
    void aConsistentFileGivesNothing() throws Exception {
        assertThat(ImportedRuleTests.check(new LinkNamesExistingItem(), ImportedRuleTests.CLEAN)).isEmpty();
    }
}
