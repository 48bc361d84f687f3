package dev.threatmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from a loaded model file reach every output: console, SARIF, Markdown (with its Mermaid diagram), HTML and
 * DOT. Characters that reorder or hide text must come out escaped in all of them, and markup in a name must stay
 * text. (Each writer has its own detailed tests; this one holds them all to the same promise, end to end.)
 */
class HostileNamesEverywhereTest {

    /** Shows as "Payments gpj.exe" reversed: the override makes "exe.jpg" look like a picture. */
    private static final String BIDI = "Payments \u202Egpj.exe";
    private static final String HIDDEN = "Order\u200B\u2066API\u2069";
    private static final String MARKUP = "<img src=x onerror=alert(1)> **x** | [y](javascript:z) \"]-->evil[\" %%{init}%%";

    @TempDir
    Path repo;

    Map<String, String> outputs;

    @BeforeEach
    void check() throws Exception {
        Path model = repo.resolve("app/threatmodel.yaml");
        Files.createDirectories(model.getParent());
        Files.writeString(model, """
                name: "%1$s"
                owner: team
                zones:
                  - id: internet
                    name: "%3$s"
                    trustLevel: 0
                  - id: app
                    name: Application
                    trustLevel: 80
                elements:
                  - id: user
                    name: "%3$s"
                    type: entity
                    zone: internet
                  - id: api
                    name: "%2$s"
                    type: process
                    zone: app
                flows:
                  - id: f1
                    number: 1
                    name: "%1$s"
                    source: user
                    target: api
                    data: ["%1$s"]
                """.formatted(yaml(BIDI), yaml(HIDDEN), yaml(MARKUP)), StandardCharsets.UTF_8);
        outputs = new java.util.LinkedHashMap<>();
        DeterministicOutputTest.outputs(model).forEach((format, bytes) ->
                outputs.put(format, new String(bytes, StandardCharsets.UTF_8)));
    }

    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void noOutputCarriesARawReorderingOrInvisibleCharacter() {
        outputs.forEach((format, text) -> {
            for (char c : new char[] {'\u202E', '\u200B', '\u2066', '\u2069'}) {
                assertThat(text.indexOf(c)).as(format + " must not contain U+%04X raw", (int) c).isEqualTo(-1);
            }
        });
    }

    @Test
    void theEscapedFormIsWhatAReaderSees() {
        assertThat(outputs.get("console")).contains("Payments \\u202Egpj.exe");
        assertThat(outputs.get("markdown")).contains("Payments \\\\u202Egpj.exe");
        assertThat(outputs.get("html")).contains("Payments \\u202Egpj.exe");
        assertThat(outputs.get("dot")).contains("Payments \\\\u202Egpj.exe");
        assertThat(outputs.get("sarif")).contains("Payments \\\\u202Egpj.exe");
    }

    @Test
    void markupInANameStaysText() {
        String html = outputs.get("html");
        assertThat(html).doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        String markdown = outputs.get("markdown");
        // outside the diagram a link would be live, so its brackets are escaped; inside a quoted Mermaid label it is
        // plain text, and the quote that would end the label early is an entity
        String prose = markdown.replaceAll("(?s)```mermaid.*?```", "");
        assertThat(prose).doesNotContain("<img").doesNotContain("[y](javascript:").contains("\\[y\\](javascript:z)");
        String diagram = markdown.substring(markdown.indexOf("```mermaid"), markdown.lastIndexOf("```"));
        assertThat(diagram).doesNotContain("\"]-->evil[\"").doesNotContain("%%{init}%%")
                .contains("#quot;]--#gt;evil[#quot; #37;#37;{init}#37;#37;");
        assertThat(outputs.get("dot")).doesNotContain("\"]-->evil[\"");
    }
}
