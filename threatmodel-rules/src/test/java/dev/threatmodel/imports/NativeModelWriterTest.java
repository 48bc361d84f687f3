package dev.threatmodel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
        List<String> elementIds = model.elements().stream().map(e -> e.id()).toList();
        List<DataFlow> attached = model.flows().stream()
                .filter(f -> elementIds.contains(f.source()) && elementIds.contains(f.target())).toList();
        assertThat(rows(section(doc, "flows"), "id", "name", "source", "target")).isEqualTo(attached.stream()
                .map(f -> row(f.id(), f.name(), f.source(), f.target())).toList());
        List<String> targets = new ArrayList<>(elementIds);
        attached.forEach(f -> targets.add(f.id()));
        assertThat(rows(section(doc, "threats"), "id", "name", "target", "status")).isEqualTo(model.threats()
                .stream().filter(t -> t.isStride() && targets.contains(t.target()))
                .map(t -> row(t.id(), t.name(), t.target(), t.status().keyword())).toList());

        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, yaml);
        assertThat(new ModelLoader().load(file).format()).as("the native loader accepts it")
                .isEqualTo(ModelFormat.NATIVE_YAML);
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
                  # left out, because its target is a loose end in the source; attach it to an element and remove the #:
                  # - id: f3
                  #   source: db
                  - id: g1
                """);
        assertThat(yaml).contains("""
                  # left out, because it is not a STRIDE threat in the source (Linkability); give it a 'category' and remove the #:
                  # - id: "d1-web#1"
                  #   name: Requests can be linked
                  #   target: d1-web
                  #   status: open
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
    void whatTheNativeFormatCannotHoldIsCommentedOutSoTheFileStillLoads(@TempDir Path dir) throws Exception {
        Origin here = new Origin(new SourceLocation(dir.resolve("in.json"), 1, 1), Map.of());
        ThreatModel model = ThreatModel.builder().file(dir.resolve("in.json")).format(ModelFormat.OPEN_THREAT_MODEL)
                .zone(new TrustZone("a", "A", null, "b", null, null, List.of(), List.of(), here))
                .zone(new TrustZone("b", "B", null, "a", null, null, List.of(), List.of(), here))
                .zone(new TrustZone("c", "C", null, "nowhere", null, null, List.of(), List.of(), here))
                .element(new Element("p", "P", ElementType.PROCESS, null, "gone", false, null, Set.of(), null, null,
                        List.of(), here))
                .flow(new DataFlow("f", null, null, "p", "ghost", List.of(), null, null, null, false, List.of(), here))
                .threat(new Threat("t1", null, StrideCategory.TAMPERING, null, "f", null, null, ThreatStatus.OPEN,
                        List.of(new Mitigation(null, null, null, null, null, null, List.of(), List.of(), here)),
                        new Acceptance("fine", "Ann", LocalDate.of(2027, 1, 2), here), List.of(), here))
                .build();
        String yaml = NativeModelWriter.write(model, "in.json");

        assertThat(yaml).contains("""
                zones:
                  # the next zone is, through its parents, its own parent in the source: parent b left out
                  - id: a
                    name: A
                  # the next zone is, through its parents, its own parent in the source: parent a left out
                  - id: b
                    name: B
                  # parent nowhere of the next zone is not a zone of the source: left out
                  - id: c
                    name: C

                elements:
                  # zone gone of the next element is not a zone of the source: left out
                  - id: p
                    name: P
                    type: process

                flows:
                  # left out, because its target ghost is not an element of the source; attach it to an element \
                and remove the #:
                  # - id: f
                  #   source: p
                  #   target: ghost

                threats:
                  # left out, because its target f is not written above; aim it at an element or flow and remove the #:
                  # - id: t1
                  #   category: tampering
                  #   target: f
                  #   status: open
                  #   mitigations:
                  #     - {}
                  #   acceptance:
                  #     justification: fine
                  #     acceptedBy: Ann
                  #     expires: 2027-01-02
                """);
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, yaml);
        ThreatModel reloaded = new ModelLoader().load(file);
        assertThat(reloaded.zones()).extracting(TrustZone::id, TrustZone::parent)
                .containsExactly(tuple("a", null), tuple("b", null), tuple("c", null));
        assertThat(reloaded.elements()).extracting(Element::zone).containsOnlyNulls();
        assertThat(reloaded.flows()).isEmpty();
        assertThat(reloaded.threats()).isEmpty();
    }

    @Test
    void aSecondEntryWithAnIdAlreadyUsedIsCommentedOut(@TempDir Path dir) throws Exception {
        Origin here = new Origin(new SourceLocation(dir.resolve("in.json"), 1, 1), Map.of());
        ThreatModel model = ThreatModel.builder().file(dir.resolve("in.json")).format(ModelFormat.OPEN_THREAT_MODEL)
                .zone(new TrustZone("z", "First", null, null, null, null, List.of(), List.of(), here))
                .zone(new TrustZone("z", "Second", null, null, null, null, List.of(), List.of(), here))
                .element(new Element("p", "P", ElementType.PROCESS, null, null, false, null, Set.of(), null, null,
                        List.of(), here))
                .element(new Element("q", "Q", ElementType.PROCESS, null, null, false, null, Set.of(), null, null,
                        List.of(), here))
                .flow(new DataFlow("q", "Same as an element", null, "p", "q", List.of(), null, null, null, false,
                        List.of(), here))
                .build();
        String yaml = NativeModelWriter.write(model, "in.json");

        assertThat(yaml).contains("""
                  - id: z
                    name: First
                  # left out, because id z is already used above; give it an id of its own and remove the #:
                  # - id: z
                  #   name: Second
                """);
        assertThat(yaml).contains("""
                flows:
                  # left out, because id q is already used above; give it an id of its own and remove the #:
                  # - id: q
                """);
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, yaml);
        ThreatModel reloaded = new ModelLoader().load(file);
        assertThat(reloaded.zones()).extracting(TrustZone::name).containsExactly("First");
        assertThat(reloaded.flows()).isEmpty();
    }

    @Test
    void anAcceptanceAndUnnamedMitigationsAreWrittenAsTheNativeLoaderReadsThem(@TempDir Path dir) throws Exception {
        Origin here = new Origin(new SourceLocation(dir.resolve("in.json"), 1, 1), Map.of());
        ThreatModel model = ThreatModel.builder().file(dir.resolve("in.json")).format(ModelFormat.OPEN_THREAT_MODEL)
                .element(new Element("p", "P", ElementType.PROCESS, null, null, false, null, Set.of(), null, null,
                        List.of(), here))
                .threat(new Threat("t1", "T", StrideCategory.TAMPERING, null, "p", null, null, ThreatStatus.ACCEPTED,
                        List.of(new Mitigation(null, null, null, null, MitigationStatus.PLANNED, "JIRA-1", List.of(),
                                List.of(), here)),
                        new Acceptance("fine", "Ann", LocalDate.of(2027, 1, 2), here), List.of(), here))
                .build();
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, NativeModelWriter.write(model, "in.json"));

        Threat t = new ModelLoader().load(file).threats().get(0);
        assertThat(t.mitigations()).extracting(Mitigation::name, Mitigation::status, Mitigation::reference)
                .containsExactly(tuple(null, MitigationStatus.PLANNED, "JIRA-1"));
        assertThat(t.acceptance()).extracting(Acceptance::justification, Acceptance::acceptedBy, Acceptance::expires)
                .containsExactly("fine", "Ann", LocalDate.of(2027, 1, 2));
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
    void charactersYamlCannotHoldRawAreEscapedAndReadBack() {
        String text = "c1\u0085\u0090 bom\ufeff emoji\uD83D\uDE00 lone\uD800 end\uFFFE";
        String written = NativeModelWriter.scalar(text);
        assertThat(written).isEqualTo("\"c1\\u0085\\u0090 bom\\ufeff emoji\uD83D\uDE00 lone\\ud800 end\\ufffe\"");
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load("v: " + NativeModelWriter.scalar("c1\u0085\u0090 emoji\uD83D\uDE00"));
        assertThat(doc.get("v")).isEqualTo("c1\u0085\u0090 emoji\uD83D\uDE00");
    }

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(NativeModelWriter.scalar("two\nlines\tand\u0001")).isEqualTo("\"two\\nlines\\tand\\u0001\"");
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load("v: " + NativeModelWriter.scalar("two\nlines \"q\" \\ \u2028 é"));
        assertThat(doc.get("v")).isEqualTo("two\nlines \"q\" \\ \u2028 é");
    }
}
