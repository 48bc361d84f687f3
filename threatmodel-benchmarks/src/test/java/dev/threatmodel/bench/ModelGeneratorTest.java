package dev.threatmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.RuleOptions;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

class ModelGeneratorTest {

    private static final int N = 2_000;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseYaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(options).load(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> model, String key) {
        return (List<Map<String, Object>>) model.get(key);
    }

    @Test
    void sameSizeGivesTheSameBytesInBothFormats(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        ModelGenerator.write(N, a);
        ModelGenerator.write(N, b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(new String(Files.readAllBytes(a), StandardCharsets.UTF_8))
                .isEqualTo(ModelGenerator.text(N, Format.YAML));

        Path j1 = dir.resolve("a.json");
        Path j2 = dir.resolve("b.json");
        ModelGenerator.write(N, j1);
        ModelGenerator.write(N, j2);
        assertThat(Files.readAllBytes(j1)).isEqualTo(Files.readAllBytes(j2));
        assertThat(Files.readString(j1)).startsWith("{\n  \"name\": \"Generated model of 2000 elements\"");
        assertThat(ModelGenerator.text(N + 10, Format.YAML)).isNotEqualTo(ModelGenerator.text(N, Format.YAML));
    }

    /**
     * The benchmarks measure the loader and the check on these models: each must load without a problem, as the
     * generator meant it, in both formats, or the figures would be those of an early refusal.
     */
    @Test
    void theLoaderReadsTheGeneratedModelsAsGenerated(@TempDir Path dir) throws Exception {
        Map<Format, List<String>> findings = new HashMap<>();
        for (Format format : Format.values()) {
            Path file = dir.resolve("model." + (format == Format.YAML ? "yaml" : "json"));
            ModelGenerator.write(N, file);

            ThreatModel model = new ModelLoader().load(file);

            assertThat(model.name()).isEqualTo("Generated model of 2000 elements");
            assertThat(model.reviewed()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(model.elements()).hasSize(N);
            assertThat(model.zones()).hasSize(N / 20);
            assertThat(model.flows()).hasSize(2 * N);
            assertThat(model.threats()).hasSize(4 * N);
            CheckResult result = ThreatModelCheck.check(CheckRequest.builder(file)
                    .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365)).build(), model);
            assertThat(result.boundaries().crossingFlows()).hasSize(crossingFlowsInText(N));
            findings.put(format, result.findings().stream().map(f -> f.ruleId() + " " + f.message()).toList());
        }
        // the same model in both formats: the same findings, in the same order
        assertThat(findings.get(Format.YAML)).isNotEmpty().isEqualTo(findings.get(Format.JSON));
    }

    /** Flows whose two ends lie in different zones, counted in the generated text itself. */
    private static int crossingFlowsInText(int n) {
        Map<String, Object> model = parseYaml(ModelGenerator.text(n, Format.YAML));
        Map<String, String> zoneOf = new HashMap<>();
        list(model, "elements").forEach(e -> zoneOf.put((String) e.get("id"), (String) e.get("zone")));
        return (int) list(model, "flows").stream()
                .filter(f -> !zoneOf.get((String) f.get("source")).equals(zoneOf.get((String) f.get("target"))))
                .count();
    }

    @Test
    void yamlAndJsonHoldTheSameModel() throws Exception {
        Map<String, Object> yaml = parseYaml(ModelGenerator.text(200, Format.YAML));
        JsonNode json = new ObjectMapper().readTree(ModelGenerator.text(200, Format.JSON));
        // SnakeYAML reads the unquoted review date as a date; compare everything else through Jackson's tree
        yaml.put("reviewed", yaml.get("reviewed").toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode fromYaml = mapper.valueToTree(yaml);
        assertThat(fromYaml.get("threats").size()).isEqualTo(json.get("threats").size());
        assertThat(fromYaml.get("elements")).isEqualTo(json.get("elements"));
        assertThat(fromYaml.get("flows")).isEqualTo(json.get("flows"));
        assertThat(fromYaml.get("zones")).isEqualTo(json.get("zones"));
        assertThat(fromYaml.get("stories")).isEqualTo(json.get("stories"));
    }

    @Test
    void countsAndRatiosFollowTheSize() {
        Map<String, Object> model = parseYaml(ModelGenerator.text(N, Format.YAML));
        List<Map<String, Object>> elements = list(model, "elements");
        List<Map<String, Object>> zones = list(model, "zones");
        List<Map<String, Object>> flows = list(model, "flows");
        List<Map<String, Object>> threats = list(model, "threats");

        assertThat(elements).hasSize(N);
        Map<String, Integer> types = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        Map<String, String> zoneOf = new HashMap<>();
        for (Map<String, Object> e : elements) {
            types.merge((String) e.get("type"), 1, Integer::sum);
            typeOf.put((String) e.get("id"), (String) e.get("type"));
            zoneOf.put((String) e.get("id"), (String) e.get("zone"));
        }
        assertThat(types).containsEntry("entity", N / 10).containsEntry("process", N * 6 / 10)
                .containsEntry("store", N * 3 / 10);

        assertThat(zones).hasSize(N / 20);
        Set<Object> trustLevels = new HashSet<>();
        long nested = 0;
        for (Map<String, Object> z : zones) {
            trustLevels.add(z.get("trustLevel"));
            nested += z.containsKey("parent") ? 1 : 0;
        }
        assertThat(trustLevels.size()).isGreaterThanOrEqualTo(5);
        assertThat(nested).isBetween(zones.size() / 5L, zones.size() / 2L);

        assertThat(flows).hasSize(2 * N);
        long crossing = 0;
        Set<Object> numbers = new HashSet<>();
        for (Map<String, Object> f : flows) {
            String source = (String) f.get("source");
            String target = (String) f.get("target");
            assertThat(typeOf).containsKeys(source, target);
            assertThat(source).isNotEqualTo(target);
            if (typeOf.get(source).equals("store") || typeOf.get(target).equals("store")) {
                assertThat(Set.of(typeOf.get(source), typeOf.get(target))).containsExactlyInAnyOrder("store", "process");
            }
            if (typeOf.get(source).equals("entity") || typeOf.get(target).equals("entity")) {
                assertThat(Set.of(typeOf.get(source), typeOf.get(target))).containsExactlyInAnyOrder("entity", "process");
            }
            crossing += zoneOf.get(source).equals(zoneOf.get(target)) ? 0 : 1;
            numbers.add(f.get("number"));
        }
        assertThat(numbers).hasSize(flows.size());
        assertThat((double) crossing / flows.size()).isCloseTo(0.30, within(0.03));

        assertThat(threats).hasSize(2 * N + 2 * N);
        Set<String> flowIds = new HashSet<>();
        flows.forEach(f -> flowIds.add((String) f.get("id")));
        Map<String, Integer> statuses = new HashMap<>();
        for (Map<String, Object> t : threats) {
            String category = (String) t.get("category");
            String target = (String) t.get("target");
            Set<String> allowed = flowIds.contains(target)
                    ? Set.of("tampering", "information-disclosure", "denial-of-service")
                    : switch (typeOf.get(target)) {
                        case "entity" -> Set.of("spoofing", "repudiation");
                        case "store" -> Set.of("tampering", "repudiation", "information-disclosure",
                                "denial-of-service");
                        default -> Set.of("spoofing", "tampering", "repudiation", "information-disclosure",
                                "denial-of-service", "elevation-of-privilege");
                    };
            assertThat(allowed).as("category of %s", t.get("id")).contains(category);
            String status = (String) t.get("status");
            statuses.merge(status, 1, Integer::sum);
            if (status.equals("mitigated")) {
                assertThat(list(t, "mitigations")).isNotEmpty().allSatisfy(m -> {
                    assertThat(m).containsKeys("name", "control", "domain", "status");
                });
            } else if (status.equals("accepted")) {
                assertThat(t).containsKey("acceptance");
            }
        }
        assertThat((double) statuses.get("mitigated") / threats.size()).isCloseTo(0.70, within(0.03));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder("mitigated", "open", "accepted");

        assertThat(list(model, "assets")).hasSize(N / 100);
        assertThat(list(model, "objectives")).hasSize(N / 100);
        assertThat(list(model, "attackerGoals")).hasSize(N / 200);
        assertThat(list(model, "assumptions")).hasSize(N / 50);
        assertThat(list(model, "stories")).hasSize(N / 100);
    }

    @Test
    void usesOnlyTheKeysOfTheBlogExample() throws Exception {
        Path blog = Path.of("..", "examples", "blog", "threatmodel.yaml");
        Map<String, Object> example = parseYaml(Files.readString(blog));
        Map<String, Object> generated = parseYaml(ModelGenerator.text(100, Format.YAML));
        assertThat(example.keySet()).containsAll(generated.keySet());
        for (String section : List.of("assets", "objectives", "attackerGoals", "assumptions", "zones", "elements",
                "flows", "threats", "stories")) {
            Set<String> known = new HashSet<>();
            list(example, section).forEach(item -> known.addAll(item.keySet()));
            list(generated, section).forEach(item -> assertThat(known).as(section).containsAll(item.keySet()));
        }
    }
}
