package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.check.testrules.TestRules;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF rules GitHub code scanning enforces, each checked on the document we write. */
class SarifWriterTest {

    @TempDir
    Path repo;

    private Path modelFile() {
        return repo.resolve("services/shop/threatmodel.yaml");
    }

    private CheckRequest.Builder request() {
        return CheckRequest.builder(modelFile())
                .topDirectory(repo.resolve("services"))
                .repositoryRoot(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .ruleClassLoader(TestRules.loader())
                .sarifCategory("threatmodel/shop")
                .toolVersion("0.1.0-SNAPSHOT");
    }

    private String sarif(CheckRequest request, ThreatModel model) throws Exception {
        return new SarifWriter().toJson(ThreatModelCheck.check(request, model).sarifInput());
    }

    private JsonNode run(String sarif) {
        return SarifSchema.assertValid(sarif).get("runs").get(0);
    }

    @Test
    void findingsPointAtTheModelRelativeToTheRepositoryRoot() throws Exception {
        String text = sarif(request().build(), TestModels2.crossing(modelFile(), 0, null, "Order", false));
        JsonNode root = SarifSchema.assertValid(text);
        JsonNode run = root.get("runs").get(0);

        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).isEqualTo(SarifWriter.SCHEMA_URI);
        assertThat(root.get("runs")).hasSize(1);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(2);
        for (JsonNode result : results) {
            assertThat(result.get("locations")).hasSize(1);
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertThat(uri).isEqualTo("services/shop/threatmodel.yaml");
            assertThat(result.at("/message/text").asText()).isNotBlank();
        }
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("TEST1");
        assertThat(first.get("ruleIndex").asInt()).isZero();
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(22);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);
        assertThat(first.get("rank").asDouble()).isEqualTo(90.0);
        assertThat(first.get("relatedLocations")).hasSize(2);
        assertThat(first.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
        assertThat(first.at("/relatedLocations/0/message/text").asText()).isEqualTo("boundary of zone internet \"Internet\"");
        assertThat(first.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(first.at("/relatedLocations/1/id").asInt()).isEqualTo(2);
        JsonNode second = results.get(1);
        assertThat(second.get("ruleId").asText()).isEqualTo("TEST2");
        assertThat(second.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(second.get("level").asText()).isEqualTo("warning");
        assertThat(second.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(text).doesNotContain(repo.toString()).doesNotContain("file:");
    }

    @Test
    void everyRuleThatRanIsListedWithStringSecuritySeverityAndTags() throws Exception {
        JsonNode run = run(sarif(request().ruleConfig(new RuleConfig(Set.of(), Map.of("TEST2", Level.NOTE))).build(),
                TestModels2.clean(modelFile())));

        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("threatmodel");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        assertThat(rules).extracting(r -> r.get("id").asText()).containsExactly("TEST1", "TEST2", "TEST3");
        JsonNode test1 = rules.get(0);
        assertThat(test1.get("name").asText()).isEqualTo("TestCrossingFlowHasThreat");
        assertThat(test1.at("/shortDescription/text").asText())
                .isEqualTo("A flow that crosses a trust boundary has at least one threat.");
        assertThat(test1.at("/fullDescription/text").asText()).isEqualTo(
                "A flow that crosses a trust boundary has at least one threat. Flows across boundaries are where"
                        + " attacks enter.");
        assertThat(test1.at("/help/markdown").asText()).contains("## Fix");
        assertThat(test1.at("/help/text").asText()).isNotBlank();
        assertThat(test1.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        JsonNode severity = test1.at("/properties/security-severity");
        assertThat(severity.isTextual()).isTrue();
        assertThat(severity.asText()).isEqualTo("8.0");
        assertThat(test1.at("/properties/tags")).extracting(JsonNode::asText).contains("security", "threat-model");
        assertThat(rules.get(1).at("/defaultConfiguration/level").asText()).as("configured level").isEqualTo("note");
        assertThat(rules.get(2).at("/properties/security-severity").asText()).isEqualTo("0.5");
    }

    @Test
    void aCleanModelHasAnEmptyResultsArrayAndASuccessfulInvocation() throws Exception {
        JsonNode run = run(sarif(request().build(), TestModels2.clean(modelFile())));

        assertThat(run.get("results").isArray()).isTrue();
        assertThat(run.get("results")).isEmpty();
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("threatmodel/shop/");
    }

    @Test
    void withNoRulesAtAllTheDocumentIsStillValid() throws Exception {
        JsonNode run = run(sarif(request().ruleClassLoader(TestRules.none()).build(), TestModels2.clean(modelFile())));

        assertThat(run.at("/tool/driver/rules")).isEmpty();
        assertThat(run.get("results")).isEmpty();
    }

    @Test
    void aCategoryThatAlreadyEndsWithASlashIsKept() throws Exception {
        JsonNode run = run(sarif(request().sarifCategory("tm/a/").build(), TestModels2.clean(modelFile())));

        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("tm/a/");
    }

    @Test
    void fingerprintsStayTheSameWhenLinesMove() throws Exception {
        JsonNode before = run(sarif(request().build(), TestModels2.crossing(modelFile(), 0, null, "Order", false)));
        JsonNode after = run(sarif(request().build(), TestModels2.crossing(modelFile(), 7, null, "Order placed", false)));

        JsonNode b = before.at("/results/0");
        JsonNode a = after.at("/results/0");
        assertThat(a.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(29);
        assertThat(b.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(22);
        assertThat(a.get("partialFingerprints")).isEqualTo(b.get("partialFingerprints"));
        assertThat(a.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]{16}:1");
        assertThat(a.at("/partialFingerprints/threatmodelFindingHash~1v1").asText())
                .isEqualTo(SarifWriter.sha256("TEST1/f1"));
        assertThat(before.at("/results/1/partialFingerprints")).isNotEqualTo(b.get("partialFingerprints"));
    }

    @Test
    void suppressedFindingsCarryAnInSourceSuppressionWithTheReason() throws Exception {
        JsonNode run = run(sarif(request().build(), TestModels2.crossing(modelFile(), 0, "team", "Order", true)));

        JsonNode result = run.at("/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("TEST1");
        assertThat(result.get("suppressions")).hasSize(1);
        assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("the gateway team models this flow");
        assertThat(result.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(25);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        String one = sarif(request().build(), TestModels2.crossing(modelFile(), 0, null, "Order", false));
        String two = sarif(request().build(), TestModels2.crossing(modelFile(), 0, null, "Order", false));

        assertThat(one).isEqualTo(two);
        assertThat(one).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"$schema\": ");
    }

    @Test
    void modelTextIsShownWithInvisibleCharactersEscaped() throws Exception {
        JsonNode run = run(sarif(request().build(), TestModels2.crossing(modelFile(), 0, "t", "Order\u202Etxt", false)));

        assertThat(run.at("/results/0/message/text").asText()).contains("\"Order\\u202Etxt\"").doesNotContain("\u202E");
    }

    @Test
    void unusualCharactersInPathsArePercentEncoded() {
        assertThat(SarifWriter.uri("my models/threat model.yaml")).isEqualTo("my%20models/threat%20model.yaml");
        assertThat(SarifWriter.uri("a:b/c#d.yaml")).isEqualTo("a%3Ab/c%23d.yaml");
        assertThat(SarifWriter.uri("café/m.yaml")).isEqualTo("caf%C3%A9/m.yaml");
    }

    @Test
    void fingerprintsAreTheLowerCaseHexSha256OfTheIdentity() {
        // the FIPS 180-2 test vector; the same digest object is copied per call, so a second call must not differ
        assertThat(SarifWriter.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SarifWriter.sha256("abc")).isEqualTo(SarifWriter.sha256("abc"));
        assertThat(SarifWriter.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void securitySeverityIsAStringWithOneDecimalClampedToTheScale() {
        assertThat(SarifWriter.securitySeverity(8.8)).isEqualTo("8.8");
        assertThat(SarifWriter.securitySeverity(7)).isEqualTo("7.0");
        assertThat(SarifWriter.securitySeverity(8.25)).isEqualTo("8.3");
        assertThat(SarifWriter.securitySeverity(8.24)).isEqualTo("8.2");
        assertThat(SarifWriter.securitySeverity(-1)).isEqualTo("0.0");
        assertThat(SarifWriter.securitySeverity(12.5)).isEqualTo("10.0");
    }

    @Test
    void aModelOutsideTheRepositoryIsNamedByFileNameNotByAbsolutePath() throws Exception {
        Path elsewhere = repo.resolveSibling(repo.getFileName() + "-other").resolve("threatmodel.yaml");
        JsonNode run = run(sarif(CheckRequest.builder(elsewhere).repositoryRoot(repo).ruleClassLoader(TestRules.loader())
                .build(), TestModels2.crossing(elsewhere, 0, "t", "Order", false)));

        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("threatmodel.yaml");
    }

    @Test
    void writesAtomicallyAndReplacesAnOlderReport() throws Exception {
        Path out = repo.resolve("target");
        Files.createDirectories(out);
        Path target = out.resolve("threatmodel.sarif");
        Files.writeString(target, "old");
        CheckResult result = ThreatModelCheck.check(request().build(), TestModels2.clean(modelFile()));

        new SarifWriter().write(result.sarifInput(), target);

        assertThat(Files.readString(target)).isEqualTo(new SarifWriter().toJson(result.sarifInput()));
        List<Path> left = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            files.forEach(left::add);
        }
        assertThat(left).containsExactly(target);
    }

    @Test
    void theSchemaCheckRejectsAnInvalidDocument() throws Exception {
        assertThat(SarifSchema.errors("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isNotEmpty();
    }
}
