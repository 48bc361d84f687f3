package dev.threatmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void bidirectionalControlsAndControlCharactersAreWrittenAsEscapes() {
        assertThat(VisibleText.of("admin\u202Etxt.exe")).isEqualTo("admin\\u202Etxt.exe");
        assertThat(VisibleText.of("a\u2066b\u2069c\u200Fd")).isEqualTo("a\\u2066b\\u2069c\\u200Fd");
        assertThat(VisibleText.of("line\nbreak\ttab\u001B[31m")).isEqualTo("line\\u000Abreak\\u0009tab\\u001B[31m");
        assertThat(VisibleText.of("a\u2028b\u0085c")).isEqualTo("a\\u2028b\\u0085c");
    }

    @Test
    void ordinaryTextOfAnyScriptIsUnchanged() {
        String text = "Müller's café – 東京 \uD83D\uDE00 C:\\path";
        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.of(null)).isEmpty();
    }
}
