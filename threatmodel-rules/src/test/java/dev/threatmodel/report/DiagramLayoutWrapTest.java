package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.ElementType;
import java.util.List;
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

    @Test
    void aWordLongerThanALineKeepsALineOfItsOwnAndIsNeverSplit() {
        assertThat(DiagramLayout.wrap("Petclinic PetclinicChatClientWithAVeryLongName service"))
                .containsExactly("Petclinic", "PetclinicChatClientWithAVeryLongName", "service");
    }

    @Test
    void theBoxGrowsToHoldItsLongestLine() {
        List<String> lines = DiagramLayout.wrap("PetclinicChatClientWithAVeryLongName");
        assertThat(DiagramLayout.nodeWidth(lines, ElementType.PROCESS))
                .isGreaterThanOrEqualTo(36 * DiagramLayout.CHAR_WIDTH);
        assertThat(DiagramLayout.nodeWidth(List.of("Posts"), ElementType.DATA_STORE))
                .isEqualTo(DiagramLayout.MIN_NODE_WIDTH);
    }

    @Test
    void aVeryLongLabelEndsWithAnEllipsisAfterAWholeWord() {
        List<String> lines = DiagramLayout.wrap("one two three four five six seven eight nine ten eleven twelve"
                + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 12);
        assertThat(lines).hasSize(DiagramLayout.MAX_LINES);
        assertThat(lines.get(DiagramLayout.MAX_LINES - 1)).endsWith(" \u2026");
        assertThat(String.join(" ", lines).replace(" \u2026", ""))
                .isEqualTo("one two three four five six seven eight");
    }
}
