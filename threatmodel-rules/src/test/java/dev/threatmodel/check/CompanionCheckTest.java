package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Threat Dragon model checked with its companion file: per-item findings instead of format-gap notes. */
class CompanionCheckTest {

    static final Path RESOURCES = Path.of("src/test/resources");
    static final Path MODEL = RESOURCES.resolve("companion/model.json");

    @TempDir
    Path dir;

    private static CheckRequest.Builder request(Path model) {
        return CheckRequest.builder(model).topDirectory(model.getParent().getParent())
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365));
    }

    @Test
    void withTheCompanionOnlyTheGapItCannotFillIsNoted() throws Exception {
        CheckResult result = ThreatModelCheck.run(request(MODEL).build());

        assertThat(result.findings()).extracting(Finding::identity).filteredOn(id -> id.contains("format-gap"))
                .containsExactly("TM306/(model)/format-gap-interaction_numbers");
    }

    @Test
    void suppressionsInTheCompanionApplyToTheModelAndToOverlaidItems() throws Exception {
        Path model = Files.copy(MODEL, Files.createDirectories(dir.resolve("td")).resolve("model.json"));
        Files.writeString(dir.resolve("td/model.threatmodel.yaml"), """
                assumptions: []
                zones:
                  - id: 6767506f-3d7f-4a5f-bbe2-ea03689d30fc
                    suppressions:
                      - rule: TM204
                        reason: Drawn for readability only.
                """);

        CheckResult result = ThreatModelCheck.run(request(model).build());

        assertThat(result.findings()).filteredOn(Finding::isSuppressed).extracting(Finding::identity)
                .containsExactly("TM204/6767506f-3d7f-4a5f-bbe2-ea03689d30fc");
        assertThat(ThreatModelCheck.run(request(MODEL).build()).findings()).filteredOn(Finding::isSuppressed)
                .extracting(Finding::identity).containsExactly("TM306/(model)/format-gap-interaction_numbers");
    }

    @Test
    void findingsOnWhatTheCompanionSaysPointIntoTheCompanion() throws Exception {
        CheckResult result = ThreatModelCheck.run(request(MODEL).build());
        List<String> lines = ConsoleReport.findings(result).stream().map(ConsoleReport.Line::text).toList();

        assertThat(lines).contains(
                "companion/model.threatmodel.yaml:27:5: WARNING TM205 Assumption db-network has no owner: record "
                        + "its type, owner and status.",
                "companion/model.threatmodel.yaml:10:5: WARNING TM201 Asset queue-messages \"Work items on the "
                        + "message queue\" has no security objective: add an objective whose asset is "
                        + "queue-messages.");
        assertThat(result.findings()).extracting(Finding::identity)
                .contains("TM204/6767506f-3d7f-4a5f-bbe2-ea03689d30fc")
                .doesNotContain("TM205/tls-front", "TM201/customer-data",
                        "TM204/0adc088b-ebb1-46be-af7b-36112c60c419", "TM204/4a7911c8-2493-46cc-960f-1b248b176d15",
                        "TM601/(model)/review");
    }

    @Test
    void sarifResultsOnCompanionEntriesNameTheCompanionFile() throws Exception {
        CheckResult result = ThreatModelCheck.run(request(MODEL).repositoryRoot(RESOURCES)
                .formats(java.util.Set.of(dev.threatmodel.report.ReportFormat.SARIF)).outputDirectory(dir).build());

        String sarif = Files.readString(result.reports().get(dev.threatmodel.report.ReportFormat.SARIF));
        assertThat(sarif).contains("\"uri\": \"companion/model.threatmodel.yaml\"")
                .contains("\"uri\": \"companion/model.json\"");
    }

    @Test
    void mitigationsTheCompanionDetailsAreJudgedAndTheOthersReportedOneByOne() throws Exception {
        CheckResult result = ThreatModelCheck.run(request(MODEL).build());

        List<String> domainless = result.findings().stream().filter(f -> f.ruleId().equals("TM105"))
                .map(Finding::identity).toList();
        assertThat(domainless).hasSize(13)
                .noneMatch(id -> id.contains("72b9712b-2c08-40b1-aea6-57604e82f5f4"))
                .contains("TM105/7df716cd-a982-48a5-b4ed-800ccb670734/7df716cd-a982-48a5-b4ed-800ccb670734-mitigation");
    }

    @Test
    void anExplicitCompanionFileIsUsedInsteadOfTheDefault() throws Exception {
        Path model = Files.copy(MODEL, Files.createDirectories(dir.resolve("td")).resolve("model.json"));
        Path companion = Files.writeString(dir.resolve("td/extra.yaml"), "reviewed: 2026-11-01\n");

        CheckResult without = ThreatModelCheck.run(request(model).build());
        CheckResult with = ThreatModelCheck.run(request(model).companionFile(companion).build());

        assertThat(without.findings()).extracting(Finding::identity).contains("TM601/(model)/format-gap-review_date");
        assertThat(with.findings()).extracting(Finding::identity)
                .doesNotContain("TM601/(model)/format-gap-review_date", "TM601/(model)/review")
                .contains("TM205/(model)/format-gap-assumptions");
        assertThat(with.request().companionFile()).isEqualTo(companion.toAbsolutePath().normalize());
    }
}
