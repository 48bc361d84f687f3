package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextBlankTest {

    private static boolean blank(String text) {
        return new SourceText(Path.of("m.yaml"), text).isBlank();
    }

    @Test
    void onlyWhiteSpaceAndCommentsIsBlank() {
        assertThat(blank("")).isTrue();
        assertThat(blank(" \n\t\r\n")).isTrue();
        assertThat(blank("# a comment")).isTrue();
        assertThat(blank("# one\n   # two: with a colon\n\n")).isTrue();
        assertThat(blank("#\n#\n")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(blank("name: x")).isFalse();
        assertThat(blank("# comment\nname: x\n")).isFalse();
        assertThat(blank("   # comment\r\n  - item")).isFalse();
        assertThat(blank("# comment\n\n ~")).isFalse();
        assertThat(blank("{}")).isFalse();
    }
}
