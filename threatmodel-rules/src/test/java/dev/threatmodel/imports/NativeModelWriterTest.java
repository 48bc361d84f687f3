package dev.threatmodel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class NativeModelWriterTest {

    private static ThreatModel load(String relative) throws Exception {
        return relative.contains("otm") ? Samples.otm(relative) : Samples.threatDragon(relative);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> section(Map<String, Object> doc, String key) {
        Object value = doc.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<List<String>> rows(List<Map<String, Object>> entries, String... keys) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            List<String> row = new ArrayList<>();
            for (String k : keys) {
                row.add(e.get(k) == null ? "" : Objects.toString(e.get(k)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> row(String... values) {
        List<String> row = new ArrayList<>();
        for (String v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "samples/threat-dragon/cryptocurrency-wallet.json", "samples/threat-dragon/demo-threat-model.json",
        "samples/threat-dragon/generic-cms.json", "samples/threat-dragon/iot-device.json",
        "samples/threat-dragon/online-game.json", "samples/threat-dragon/payment-online.json",
        "samples/threat-dragon/renting-car.json", "samples/threat-dragon/three-tier-web-app.json",
        "samples/threat-dragon/v2-new-model.json", "samples/threat-dragon/v2-threat-model.json",
        "samples/otm/EXAMPLE.json", "samples/otm/EXAMPLE.yaml", "samples/otm/manual_threat_model.yaml",
        "samples/otm/minimal_content.yaml", "fixtures/threat-dragon/two-diagrams.json",
        "fixtures/threat-dragon/recorded-crossings.json", "fixtures/otm/nested-components.yaml"
    })
    void convertedModelsParseAndKeepIdsAndNames(String sample, @TempDir Path dir) throws Exception {
        ThreatModel model = load(sample);
        String yaml = NativeModelWriter.write(model, sample);

        assertThat(NativeModelWriter.write(model, sample)).as("deterministic").isEqualTo(yaml);
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertThat(doc.get("name")).isEqualTo(model.name());
        assertThat(rows(section(doc, "zones"), "id", "name", "parent")).isEqualTo(model.zones().stream()
                .map(z -> row(z.id(), z.name(), z.parent())).toList());
        assertThat(rows(section(doc, "elements"), "id", "name", "type", "zone")).isEqualTo(model.elements().stream()
                .map(e -> row(e.id(), e.name(), e.type().keyword(), e.zone())).toList());
        assertThat(rows(section(doc, "flows"), "id", "name", "source", "target")).isEqualTo(model.flows().stream()
                .map(f -> row(f.id(), f.name(), f.source(), f.target())).toList());
        assertThat(rows(section(doc, "threats"), "id", "name", "target", "status")).isEqualTo(model.threats()
                .stream().map(t -> row(t.id(), t.name(), t.target(), t.status().keyword())).toList());

        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, yaml);
        assertThat(new ModelLoader().readTree(file)).as("our own YAML reader accepts it too").isNotNull();
    }

    @Test
    void theHeaderSaysWhereTheModelCameFromAndWhatToAddByHand() throws Exception {
        ThreatModel model = load("fixtures/threat-dragon/two-diagrams.json");
        String yaml = NativeModelWriter.write(model, "models/two-diagrams.json");
        assertThat(yaml).startsWith("""
                # Converted from the OWASP Threat Dragon v2 file models/two-diagrams.json.
                # Ids and names are those of the source file; keep the ids, since findings and suppressions use them.
                #
                # The source format cannot say the following; add them by hand:
                #   - assets and security objectives: 'assets' and 'objectives'
                """);
        assertThat(yaml).contains("#   - trust levels of zones: 'trustLevel' on every zone (0 to 100)\n");
        assertThat(yaml).contains("#   - numbered interaction points: 'number' on every flow\n");
        assertThat(yaml).contains("#   - g1 \"Visit\" crosses wall \"Wall\"\n");
        assertThat(yaml).contains("""
                  # this flow has a loose end in the source: attach it to an element
                  - id: f3
                    source: db
                """);
        assertThat(yaml).contains("""
                  # not a STRIDE threat in the source (Linkability): give it a STRIDE category or remove it
                  - id: "d1-web#1"
                    name: Requests can be linked
                    target: d1-web
                """);
        assertThat(yaml).contains("""
                  - id: t-mitigated
                    name: Forged session
                    category: spoofing
                    target: web
                    description: A session is forged
                    severity: high
                    status: mitigated
                    mitigations:
                      - name: Signed session cookies
                        status: implemented
                """);
        assertThat(yaml).contains("""
                  - id: db
                    name: DB
                    type: store
                    zone: inner
                    outOfScope: true
                    outOfScopeReason: Run by the hosting team
                """);
    }

    @Test
    void otmTrustRatingsBecomeTrustLevels() throws Exception {
        String yaml = NativeModelWriter.write(load("fixtures/otm/nested-components.yaml"), "nested.yaml");
        assertThat(yaml).contains("""
                  - id: vault-zone
                    name: Secrets
                    trustLevel: 95
                    parent: cluster
                """);
        assertThat(yaml).doesNotContain("trust levels of zones");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Web server|Web server",
        "yes|\"yes\"",
        "Null|\"Null\"",
        "123|\"123\"",
        "2026-11-02|\"2026-11-02\"",
        "a: b|\"a: b\"",
        "#hash|\"#hash\"",
        "- dash|\"- dash\"",
        "trailing |\"trailing \"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "back\\slash|\"back\\\\slash\""
    })
    void scalarsAreQuotedWhereYamlWouldMisreadThem(String value, String written) {
        assertThat(NativeModelWriter.scalar(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(NativeModelWriter.scalar("two\nlines\tand\u0001")).isEqualTo("\"two\\nlines\\tand\\u0001\"");
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load("v: " + NativeModelWriter.scalar("two\nlines \"q\" \\ \u2028 é"));
        assertThat(doc.get("v")).isEqualTo("two\nlines \"q\" \\ \u2028 é");
    }
}
