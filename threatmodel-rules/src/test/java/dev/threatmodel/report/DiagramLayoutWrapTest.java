package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Element labels are wrapped so that they stay inside the element's box. */
class DiagramLayoutWrapTest {

    @Test
    void aLabelOfWideLettersIsBrokenBeforeItOverflowsTheBox() {
        assertThat(DiagramLayout.wrap("Anonymous WWW user-agent")).containsExactly("Anonymous WWW", "user-agent");
    }

    @Test
    void aShortLabelStaysOnOneLine() {
        assertThat(DiagramLayout.wrap("Create or edit post")).containsExactly("Create or edit post");
    }
}
