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
import java.time.Clock;
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

    /** The blog example was reviewed on 2026-11-02; with the default 365 days it is stale from 2027-11-03 on. */
    private static final LocalDate LAST_FRESH_DAY = LocalDate.of(2027, 11, 2);

    /** The date every run checks on unless a test says otherwise: the tests must not depend on the real clock. */
    private LocalDate today = LocalDate.of(2026, 11, 29);

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
            status = new ThreatModelCli(o, e, workingDirectory, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC)).run(args);
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
                        reference: examples/blog/deploy/nginx/tls.conf
                        reliesOn: [tls-everywhere]
                """;
        if (!text.contains(mitigated)) {
            // the copy made for exact output names the reference as a web address
            mitigated = mitigated.replace("reference: examples/blog/", "reference: https://code.example/blog/");
        }
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
                .ruleOptions(new RuleOptions(today, 365)).formats(Set.of()).build()));
        assertThat(run.out()).containsExactlyElementsOf(expected.stream().map(ConsoleReport.Line::text).toList());
        // the copy lies outside a git repository: one note each from TM604 and TM605, no verdict on the code links
        assertThat(run.out()).containsExactly("threatmodel.yaml:226:13: ERROR TM102 Threat T1 \"Author address altered"
                + " on its way to the server\" on flow f1 \"Author e-mail address\" (crosses into a more trusted zone)"
                + " is open: mitigate it with an implemented control, or accept it with a justification, acceptedBy and"
                + " an expiry date.",
                "threatmodel.yaml:6:1: NOTE TM604 The history of the code the model links is unknown, so whether it"
                        + " changed since the review is not checked: no git repository at the repository root (no .git"
                        + " there).",
                "threatmodel.yaml:6:1: NOTE TM605 The model's code links were not compared with the repository's"
                        + " files: no git repository at the repository root (no .git there).",
                "Threat model: 1 error, 0 warnings, 2 notes, 0 suppressed; 7 crossing flows checked.");
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

    /**
     * The blog as the exact-output tests need it: reviewed on 2026-11-02 with its acceptance running to 2027-11-20,
     * so that the review-age boundary falls on 2027-11-02/03 with no other finding on either side, and without its
     * links to the example's code, which this folder does not hold (its lines stay where the example has them).
     */
    private void blogForExactOutput() throws Exception {
        String text = Files.readString(BLOG)
                .replaceAll("(?m)^ +code: \\[.*\\]\n", "")
                .replace("reference: examples/blog/", "reference: https://code.example/blog/")
                .replaceFirst("(?m)^reviewed: .*$", "reviewed: 2026-11-02")
                .replaceFirst("(?m)^(\\s+expires: )2027-09-30$", "$12027-11-20");
        assertThat(text).contains("reviewed: 2026-11-02").contains("expires: 2027-11-20");
        Files.writeString(model, text);
    }

    @Test
    void disabledRuleDoesNotRun() throws Exception {
        blogForExactOutput();
        openThreatOnCrossingFlow();
        Run run = run("check", "--format", "none", "--disable", "TM102", "threatmodel.yaml");

        // the check ran (its summary line) and the one finding it would have made is gone, so is the failure
        assertThat(run.out()).containsExactly(
                "Threat model: 0 errors, 0 warnings, 0 notes, 0 suppressed; 7 crossing flows checked.");
        assertThat(run.status()).isEqualTo(ThreatModelCli.CLEAN);
    }

    @Test
    void theReviewAgeIsCountedFromTheDateOfTheRun() throws Exception {
        blogForExactOutput();
        today = LAST_FRESH_DAY;
        Run fresh = run("check", "--format", "none", "threatmodel.yaml");
        assertThat(fresh.out()).containsExactly(
                "Threat model: 0 errors, 0 warnings, 0 notes, 0 suppressed; 7 crossing flows checked.");

        today = LAST_FRESH_DAY.plusDays(1);
        Run stale = run("check", "--format", "none", "threatmodel.yaml");
        assertThat(stale.out()).containsExactly("threatmodel.yaml:11:11: WARNING TM601 The model was last reviewed on"
                        + " 2026-11-02, 366 days ago, more than the 365 days allowed; it may no longer match the system:"
                        + " review it and update reviewed.",
                "Threat model: 0 errors, 1 warning, 0 notes, 0 suppressed; 7 crossing flows checked.");
        assertThat(stale.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(run("check", "--format", "none", "--fail-on", "warning", "threatmodel.yaml").status())
                .isEqualTo(ThreatModelCli.FINDINGS);
        assertThat(run("check", "--format", "none", "--max-review-age-days", "366", "threatmodel.yaml").out())
                .noneMatch(l -> l.contains("TM601"));
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
        // the repository is the folder above: a model outside the repository would be refused
        Run run = runIn(work, "check", "--repository-root", "..", "--output-dir", "../out", "../threatmodel.yaml");

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
    void aDirectoryGivenAsTheModelIsNamedForWhatItIs() throws Exception {
        Files.createDirectories(dir.resolve("models.yaml"));
        Run run = run("check", "models.yaml");

        assertThat(run.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(run.err()).containsExactly("threatmodel: the model file models.yaml is a directory, not a file");
    }

    @Test
    void aModelLinkedFromOutsideTheRepositoryIsRefusedUnlessAllowed() throws Exception {
        Path outside = Files.createTempDirectory("threatmodel-outside");
        try {
            Path real = Files.copy(BLOG, outside.resolve("threatmodel.yaml"));
            Path link;
            try {
                link = Files.createSymbolicLink(dir.resolve("linked.yaml"), real);
            } catch (UnsupportedOperationException | java.io.IOException e) {
                org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links cannot be made here");
                return;
            }
            Run refused = run("check", "--format", "none", link.getFileName().toString());
            assertThat(refused.status()).isEqualTo(ThreatModelCli.ERROR);
            assertThat(refused.err()).first().asString().startsWith("linked.yaml:1:1: ERROR load the file is a symbolic link (or"
                    + " lies under one) to a file outside the repository");
            Run allowed = run("check", "--format", "none", "--allow-files-outside-repository",
                    link.getFileName().toString());
            assertThat(allowed.status()).isNotEqualTo(ThreatModelCli.ERROR);
        } finally {
            Files.deleteIfExists(outside.resolve("threatmodel.yaml"));
            Files.deleteIfExists(outside);
        }
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
                "threatmodel: unknown command \"verify\"; the commands are check and diff");
        assertUsageError(run("check"), "threatmodel: no model file given");
        assertUsageError(run("check", "--colour", "threatmodel.yaml"), "threatmodel: unknown option --colour");
        assertUsageError(run("check", "threatmodel.yaml", "--fail-on"), "threatmodel: --fail-on needs a value");
        assertUsageError(run("check", "--fail-on", "sometimes", "threatmodel.yaml"),
                "threatmodel: --fail-on: unknown severity \"sometimes\"; use one of error, warning, note, none");
        assertUsageError(run("check", "--format", "pdf", "threatmodel.yaml"),
                "threatmodel: unknown report format \"pdf\"; use sarif, markdown, html, dot, diff or none");
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
    void mcpFilesChoosesTheConfigurationFilesRead() throws Exception {
        Files.createDirectories(dir.resolve("agents"));
        Files.writeString(dir.resolve("agents/mcp.json"), "{\"mcpServers\": {\"shell\": {\"command\": \"sh\"}}}");
        Files.writeString(dir.resolve(".mcp.json"), "{\"mcpServers\": {\"ignored\": {\"command\": \"x\"}}}");

        Run run = run("check", "--repository-root", dir.toString(), "--mcp-files", "agents/mcp.json",
                model.toString());

        assertThat(run.status()).isEqualTo(ThreatModelCli.FINDINGS);
        assertThat(run.out()).anyMatch(l -> l.contains("ERROR TM406 MCP server 'shell' declared in agents/mcp.json"))
                .noneMatch(l -> l.contains("'ignored'"))
                .contains("Threat model: MCP configuration read from agents/mcp.json.");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertThat(help.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(help.out()).first().isEqualTo("usage: threatmodel check [options] <model file>");
        assertThat(help.out()).contains("  --format <list>         reports to write, comma-separated: sarif (default),"
                + " markdown, html, dot, diff, or none (diff needs");
        for (dev.threatmodel.report.ReportFormat format : dev.threatmodel.report.ReportFormat.values()) {
            assertThat(help.out()).as("--help names every report format")
                    .anyMatch(l -> l.startsWith("  --format ") && l.contains(" " + format.keyword()));
        }
        assertThat(run("check", "--help").out()).first().isEqualTo("usage: threatmodel check [options] <model file>");

        Run version = run("--version");
        assertThat(version.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(version.out()).singleElement().asString().startsWith("threatmodel ");
    }
}
