package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.check.testrules.TestRules;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatModelCheckTest {

    @TempDir
    Path repo;

    private CheckRequest.Builder request() {
        return CheckRequest.builder(repo.resolve("app/threatmodel.yaml"))
                .topDirectory(repo)
                .repositoryRoot(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .ruleClassLoader(TestRules.loader())
                .toolVersion("1.2.3");
    }

    @Test
    void runsEveryDiscoveredRuleAndCountsFindingsAndCrossingFlows() throws Exception {
        CheckResult result = ThreatModelCheck.check(request().build(), TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(result.rules()).extracting(Rule::id).containsExactly("TEST1", "TEST2", "TEST3");
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::level, Finding::identity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEST1", Level.ERROR, "TEST1/f1"));
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.warnings()).isZero();
        assertThat(result.notes()).isZero();
        assertThat(result.suppressed()).isZero();
        assertThat(result.crossingFlowsChecked()).isEqualTo(2);
        assertThat(result.reports()).isEmpty();
        assertThat(result.failsAt(FailOnSeverity.ERROR)).isTrue();
        assertThat(result.failsAt(FailOnSeverity.NONE)).isFalse();
    }

    @Test
    void disabledRulesDoNotRun() throws Exception {
        CheckRequest r = request().ruleConfig(new RuleConfig(Set.of("TEST1"), Map.of())).build();
        CheckResult result = ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(result.rules()).extracting(Rule::id).containsExactly("TEST2", "TEST3");
        assertThat(result.findings()).isEmpty();
        assertThat(result.failsAt(FailOnSeverity.NOTE)).isFalse();
    }

    @Test
    void levelOverridesDecideWhetherTheCheckFails() throws Exception {
        CheckRequest r = request().ruleConfig(new RuleConfig(Set.of(), Map.of("TEST1", Level.WARNING))).build();
        CheckResult result = ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(result.errors()).isZero();
        assertThat(result.warnings()).isEqualTo(1);
        assertThat(result.failsAt(FailOnSeverity.ERROR)).isFalse();
        assertThat(result.failsAt(FailOnSeverity.WARNING)).isTrue();
        assertThat(result.failsAt(FailOnSeverity.NOTE)).isTrue();
    }

    @Test
    void suppressedFindingsAreKeptAndCountedButDoNotFail() throws Exception {
        CheckResult result = ThreatModelCheck.check(request().build(),
                TestModels.crossing(repo.resolve("app/threatmodel.yaml"), 0, "shop-team", "Order", true));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.isSuppressed()).isTrue();
            assertThat(f.suppression().reason()).isEqualTo("the gateway team models this flow");
        });
        assertThat(result.errors()).isZero();
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.failsAt(FailOnSeverity.NOTE)).isFalse();
    }

    @Test
    void unknownRuleIdsAreAConfigurationError() {
        CheckRequest r = request().ruleConfig(new RuleConfig(Set.of("TM999"), Map.of())).build();

        assertThatThrownBy(() -> ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml"))))
                .isInstanceOf(CheckConfigurationException.class)
                .hasMessage("unknown rule id TM999; known rules: TEST1, TEST2, TEST3");
    }

    @Test
    void writesTheMarkdownHtmlAndDotReportsIntoTheOutputDirectory() throws Exception {
        Path out = repo.resolve("app/target");
        CheckRequest r = request().formats(Set.of(ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.DOT))
                .outputDirectory(out).build();

        CheckResult result = ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(result.reports()).containsExactly(
                Map.entry(ReportFormat.MARKDOWN, out.resolve("threatmodel.md")),
                Map.entry(ReportFormat.HTML, out.resolve("threatmodel.html")),
                Map.entry(ReportFormat.DOT, out.resolve("threatmodel.dot")));
        String markdown = Files.readString(out.resolve("threatmodel.md"));
        assertThat(markdown)
                .contains("File: app/threatmodel.yaml")
                .contains("**\u274c Failed: 1 error (1 error, 0 warnings, 0 notes, 0 suppressed)**")
                .contains("| error | TEST1 TestCrossingFlowHasThreat | app/threatmodel.yaml:22:5 |")
                .contains("```mermaid\n")
                .endsWith("<sub>Written by threatmodel-maven-plugin 1.2.3</sub>\n");
        assertThat(Files.readString(out.resolve("threatmodel.html")))
                .startsWith("<!DOCTYPE html>")
                .contains("<svg")
                .contains("1.2.3");
        assertThat(Files.readString(out.resolve("threatmodel.dot"))).startsWith("digraph");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("threatmodel.md", "threatmodel.html", "threatmodel.dot");
        }
    }

    @Test
    void theReportsVerdictFollowsTheRequestsThreshold() throws Exception {
        Path out = repo.resolve("target");
        CheckRequest r = request().ruleConfig(new RuleConfig(Set.of(), Map.of("TEST1", Level.WARNING)))
                .failOnSeverity(FailOnSeverity.WARNING)
                .formats(Set.of(ReportFormat.MARKDOWN)).outputDirectory(out).build();

        ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(Files.readString(out.resolve("threatmodel.md")))
                .contains("Failed: 1 warning (0 errors, 1 warning, 0 notes, 0 suppressed)");
    }

    @Test
    void aThresholdOfNoneStillShowsErrorsAsFailing() throws Exception {
        CheckRequest r = request().failOnSeverity(FailOnSeverity.NONE).build();

        CheckResult result = ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(ThreatModelCheck.reportInput(result).failOn()).isEqualTo(Level.ERROR);
        assertThat(ThreatModelCheck.reportInput(result).relativeTo()).isEqualTo(repo.toAbsolutePath().normalize());
        assertThat(ThreatModelCheck.reportInput(result).toolVersion()).isEqualTo("1.2.3");
    }

    @Test
    void theSameModelGivesByteIdenticalReports() throws Exception {
        // the diff report needs a baseline: DiffReportTest shows it byte-identical
        Set<ReportFormat> all = java.util.EnumSet.complementOf(java.util.EnumSet.of(ReportFormat.DIFF));
        Path first = repo.resolve("first");
        Path second = repo.resolve("second");
        ThreatModelCheck.check(request().formats(all).outputDirectory(first).build(),
                TestModels.crossing(repo.resolve("app/threatmodel.yaml")));
        ThreatModelCheck.check(request().formats(all).outputDirectory(second).build(),
                TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        for (ReportFormat format : all) {
            assertThat(Files.readAllBytes(second.resolve(format.fileName())))
                    .as(format.keyword())
                    .isEqualTo(Files.readAllBytes(first.resolve(format.fileName())));
        }
    }

    @Test
    void rewritingAReportReplacesTheOldOne() throws Exception {
        Path out = repo.resolve("target");
        Files.createDirectories(out);
        Files.writeString(out.resolve("threatmodel.md"), "stale report from an earlier build, much longer than any "
                .repeat(500));
        CheckRequest r = request().formats(Set.of(ReportFormat.MARKDOWN)).outputDirectory(out).build();

        ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(Files.readString(out.resolve("threatmodel.md"))).startsWith("## Threat model: ")
                .doesNotContain("stale report");
    }

    @Test
    void reportsOfFormatsNoLongerAskedForAreRemoved() throws Exception {
        Path out = Files.createDirectories(repo.resolve("target"));
        Instant buildStarted = Instant.parse("2026-11-23T10:00:00Z");
        for (ReportFormat format : ReportFormat.values()) {
            Files.writeString(out.resolve(format.fileName()), "Passed, yesterday");
            Files.setLastModifiedTime(out.resolve(format.fileName()), FileTime.from(buildStarted.minusSeconds(86_400)));
        }
        Files.writeString(out.resolve("threatmodel.txt"), "not one of ours");

        ThreatModelCheck.check(request().formats(Set.of()).outputDirectory(out).buildStarted(buildStarted).build(),
                TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        for (ReportFormat format : ReportFormat.values()) {
            assertThat(out.resolve(format.fileName())).as(format.keyword()).doesNotExist();
        }
        assertThat(out.resolve("threatmodel.txt")).hasContent("not one of ours");
    }

    /** The report goal beside check in one build: the SARIF that check wrote a moment ago is not an earlier report. */
    @Test
    void aReportAnotherGoalOfTheSameBuildWroteStays() throws Exception {
        Path out = Files.createDirectories(repo.resolve("target"));
        Instant buildStarted = Instant.now().minusSeconds(60);
        Files.writeString(out.resolve("threatmodel.sarif"), "{}");
        Files.writeString(out.resolve("threatmodel.dot"), "digraph {}");
        Files.setLastModifiedTime(out.resolve("threatmodel.dot"), FileTime.from(buildStarted.minusSeconds(1)));

        ThreatModelCheck.check(request().formats(Set.of(ReportFormat.MARKDOWN)).outputDirectory(out)
                .buildStarted(buildStarted).build(), TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        assertThat(out.resolve("threatmodel.sarif")).hasContent("{}");
        assertThat(out.resolve("threatmodel.dot")).doesNotExist();
        assertThat(out.resolve("threatmodel.md")).isRegularFile();
    }

    @Test
    void writesTheSarifReportIntoTheOutputDirectory() throws Exception {
        Path out = repo.resolve("app/target");
        CheckRequest r = request().formats(Set.of(ReportFormat.SARIF)).outputDirectory(out).build();

        CheckResult result = ThreatModelCheck.check(r, TestModels.crossing(repo.resolve("app/threatmodel.yaml")));

        Path sarif = out.resolve("threatmodel.sarif");
        assertThat(result.reports()).containsExactly(Map.entry(ReportFormat.SARIF, sarif));
        assertThat(sarif).isRegularFile();
        assertThat(Files.readString(sarif)).contains("\"ruleId\": \"TEST1\"");
    }

    @Test
    void aRequestFillsInItsDefaults() {
        CheckRequest r = CheckRequest.builder(repo.resolve("m/threatmodel.yaml")).build();

        assertThat(r.topDirectory()).isEqualTo(repo.resolve("m").toAbsolutePath().normalize());
        assertThat(r.repositoryRoot()).isEqualTo(r.topDirectory());
        assertThat(r.ruleConfig()).isEqualTo(RuleConfig.DEFAULT);
        assertThat(r.formats()).isEmpty();
        assertThat(r.sarifCategory()).isEqualTo("threatmodel");
        assertThat(r.toolVersion()).isNotBlank();
    }

    @Test
    void aReportNeedsAnOutputDirectory() {
        assertThatThrownBy(() -> CheckRequest.builder(repo.resolve("threatmodel.yaml"))
                .formats(Set.of(ReportFormat.SARIF)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need an output directory");
    }
}
