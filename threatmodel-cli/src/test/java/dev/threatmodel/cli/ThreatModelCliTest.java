package dev.threatmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.rules.RuleOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatModelCliTest {

    private static final Path BLOG = Path.of("..", "examples", "blog", "threatmodel.yaml");

    @TempDir
    Path dir;

    private Path model;

    /** What one run printed and returned. */
    private record Run(int status, List<String> out, List<String> err) {
    }

    @BeforeEach
    void copyBlogExample() throws Exception {
        model = dir.resolve("threatmodel.yaml");
        Files.copy(BLOG, model);
    }

    private Run run(String... args) {
        return runIn(dir, args);
    }

    private Run runIn(Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new ThreatModelCli(o, e, workingDirectory).run(args);
        }
        return new Run(status, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        List<String> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The blog example with threat T1 (on the boundary-crossing flow f1) left open and unmitigated. */
    private void openThreatOnCrossingFlow() throws Exception {
        String text = Files.readString(model);
        String mitigated = """
                    status: mitigated
                    mitigations:
                      - name: TLS on every request; HSTS with preload
                        control: integrity
                        domain: cryptography
                        status: implemented
                        reference: deploy/nginx/tls.conf
                        reliesOn: [tls-everywhere]
                """;
        assertThat(text).contains(mitigated);
        Files.writeString(model, text.replace(mitigated, "    status: open\n"));
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
        assertThat(run.out()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
    }

    @Test
    void cleanModelExitsZeroAndWritesSarif() throws Exception {
        Run run = run("check", "threatmodel.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).anyMatch(l -> l.startsWith("Threat model: 0 errors, "));
        assertThat(run.out()).last().isEqualTo("Threat model sarif report: threatmodel.sarif");
        assertThat(Files.readString(dir.resolve("threatmodel.sarif"))).contains("\"version\": \"2.1.0\"");
    }

    @Test
    void printsExactlyTheLinesOfTheMavenGoal() throws Exception {
        openThreatOnCrossingFlow();
        Run run = run("check", "--format", "none", "threatmodel.yaml");

        var expected = ConsoleReport.lines(ThreatModelCheck.run(CheckRequest.builder(model).topDirectory(dir)
                .ruleOptions(new RuleOptions(LocalDate.now(ZoneOffset.UTC), 365)).formats(Set.of()).build()));
        assertThat(run.out()).containsExactlyElementsOf(expected.stream().map(ConsoleReport.Line::text).toList());
        assertThat(run.out()).containsExactly("threatmodel.yaml:221:13: ERROR TM102 Threat T1 \"Author address altered"
                + " on its way to the server\" on flow f1 \"Author e-mail address\" (crosses into a more trusted zone)"
                + " is open: mitigate it with an implemented control, or accept it with a justification, acceptedBy and"
                + " an expiry date.",
                "Threat model: 1 error, 0 warnings, 0 notes, 0 suppressed; 7 crossing flows checked.");
        assertThat(run.status()).isEqualTo(ThreatModelCli.FINDINGS);
        assertThat(dir.resolve("threatmodel.sarif")).doesNotExist();
    }

    @Test
    void failOnDecidesTheExitStatus() throws Exception {
        openThreatOnCrossingFlow();
        assertThat(run("check", "--format=none", "--fail-on", "none", "threatmodel.yaml").status())
                .isEqualTo(ThreatModelCli.CLEAN);
        assertThat(run("check", "--format=none", "--fail-on=error", "threatmodel.yaml").status())
                .isEqualTo(ThreatModelCli.FINDINGS);
    }

    @Test
    void disabledRuleDoesNotRun() throws Exception {
        openThreatOnCrossingFlow();
        Run run = run("check", "--format", "none", "--disable", "TM102", "threatmodel.yaml");

        assertThat(run.out()).noneMatch(l -> l.contains(" TM102 "));
    }

    @Test
    void levelOverrideChangesTheLineAndTheVerdict() throws Exception {
        openThreatOnCrossingFlow();
        Run run = run("check", "--format", "none", "--level", "TM102=note", "threatmodel.yaml");

        assertThat(run.out()).anyMatch(l -> l.matches("threatmodel\\.yaml:\\d+:\\d+: NOTE TM102 .*"));
        assertThat(run.out()).noneMatch(l -> l.contains(": ERROR TM102 "));
    }

    @Test
    void reportsGoToTheOutputDirectory() {
        Run run = run("check", "--output-dir", "reports", "threatmodel.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(dir.resolve("reports").resolve("threatmodel.sarif")).isRegularFile();
        assertThat(run.out()).last().isEqualTo("Threat model sarif report: reports/threatmodel.sarif");
    }

    @Test
    void aModelAndReportsOutsideTheCurrentDirectoryArePrintedRelativeToIt() throws Exception {
        openThreatOnCrossingFlow();
        Path work = Files.createDirectories(dir.resolve("work"));
        Run run = runIn(work, "check", "--output-dir", "../out", "../threatmodel.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.FINDINGS);
        assertThat(run.out()).anyMatch(l -> l.startsWith("../threatmodel.yaml:") && l.contains(": ERROR TM102 "));
        assertThat(run.out()).last().isEqualTo("Threat model sarif report: ../out/threatmodel.sarif");
    }

    @Test
    void unloadableModelExitsTwoWithTheProblemsPlace() throws Exception {
        Files.writeString(model, "name: broken\nassets:\n  - id: a\n    name: [unclosed\n");
        Run run = run("check", "threatmodel.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(run.err()).anyMatch(l -> l.matches("threatmodel\\.yaml:\\d+:\\d+: ERROR load .*"));
        assertThat(run.err()).last().isEqualTo("threatmodel: the model threatmodel.yaml cannot be loaded (1 problem)");
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run);
    }

    @Test
    void missingModelFileExitsTwo() {
        Run run = run("check", "nowhere.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(run.err()).containsExactly("threatmodel: the model file nowhere.yaml does not exist");
    }

    @Test
    void usageErrorsExitTwoAndSayWhatIsWrong() {
        assertUsageError(run(), "threatmodel: no command given");
        assertUsageError(run("verify", "threatmodel.yaml"),
                "threatmodel: unknown command \"verify\"; the command is check");
        assertUsageError(run("check"), "threatmodel: no model file given");
        assertUsageError(run("check", "--colour", "threatmodel.yaml"), "threatmodel: unknown option --colour");
        assertUsageError(run("check", "threatmodel.yaml", "--fail-on"), "threatmodel: --fail-on needs a value");
        assertUsageError(run("check", "--fail-on", "sometimes", "threatmodel.yaml"),
                "threatmodel: --fail-on: unknown severity \"sometimes\"; use one of error, warning, note, none");
        assertUsageError(run("check", "--format", "pdf", "threatmodel.yaml"),
                "threatmodel: unknown report format \"pdf\"; use sarif, markdown, html, dot or none");
        assertUsageError(run("check", "--level", "TM102", "threatmodel.yaml"),
                "threatmodel: --level wants <rule id>=<level>, got \"TM102\"");
        assertUsageError(run("check", "--max-review-age-days", "0", "threatmodel.yaml"),
                "threatmodel: --max-review-age-days wants a whole number of at least 1, got \"0\"");
        assertUsageError(run("check", "--max-acceptance-days", "x", "threatmodel.yaml"),
                "threatmodel: --max-acceptance-days wants a whole number of at least 1, got \"x\"");
        assertUsageError(run("check", "a.yaml", "b.yaml"),
                "threatmodel: one model file at a time; got " + dir.resolve("a.yaml") + " and b.yaml");
    }

    private static void assertUsageError(Run run, String message) {
        assertThat(run.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(run.err()).containsExactly(message, "Run with --help for the options.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownRuleIdIsAConfigurationError() {
        Run run = run("check", "--disable", "TM999", "threatmodel.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(run.err()).singleElement().asString().startsWith("threatmodel: unknown rule id TM999; known rules: ");
        assertNoStackTrace(run);
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertThat(help.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(help.out()).first().isEqualTo("usage: threatmodel check [options] <model file>");
        assertThat(run("check", "--help").out()).first().isEqualTo("usage: threatmodel check [options] <model file>");

        Run version = run("--version");
        assertThat(version.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(version.out()).singleElement().asString().startsWith("threatmodel ");
    }
}
