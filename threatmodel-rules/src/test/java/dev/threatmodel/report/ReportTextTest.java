package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void oneLineCollapsesLineBreaksAndControlCharacters() {
        assertThat(ReportText.oneLine(" a\r\n\tb\u0007c\u2028d ")).isEqualTo("a b c d");
        assertThat(ReportText.oneLine(null)).isEmpty();
    }

    @Test
    void markdownEscapesEveryMarkupCharacter() {
        assertThat(ReportText.markdown("a|b `c` *d* _e_ [f](g) <h> & #i ~j~ \\ @k"))
                .isEqualTo("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) &lt;h&gt; &amp; \\#i \\~j\\~ \\\\ &#64;k");
    }

    @Test
    void mermaidUsesEntityCodes() {
        assertThat(ReportText.mermaid("\"a\" #b; <c> & `d` | % \\"))
                .isEqualTo("#quot;a#quot; #35;b#59; #lt;c#gt; #amp; #96;d#96; #124; #37; #92;");
    }

    @Test
    void dotEscapesQuotesAndBackslashes() {
        assertThat(ReportText.dot("a \"b\" \\n\nc")).isEqualTo("a \\\"b\\\" \\\\n c");
    }

    @Test
    void htmlEscapesTheFiveSpecialCharacters() {
        assertThat(ReportText.html("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }

    @Test
    void jsonForScriptCannotCloseTheScriptElement() {
        assertThat(ReportText.jsonForScript("{\"n\":\"</script><!-- & \u2028\u2029\"}"))
                .isEqualTo("{\"n\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"}");
    }
}
