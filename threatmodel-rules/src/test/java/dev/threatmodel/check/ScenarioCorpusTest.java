package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.ScenarioTable.Case;
import dev.threatmodel.check.ScenarioTable.Expected;
import dev.threatmodel.check.ScenarioTable.Row;
import dev.threatmodel.check.ScenarioTable.Verdict;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The scenario corpus: small variations of one clinic appointment model, each with its expected verdict and exact
 * findings in {@code scenarios/README.md}. One test per row checks the file through {@link ThreatModelCheck} under
 * the default configuration on a fixed date and asserts exactly the listed findings, no more and no less. The other
 * tests keep the table and the folder in step and require a failing and a passing row for every built-in rule.
 */
class ScenarioCorpusTest {

    /** The date every scenario is checked on, so that no acceptance or review date ever runs out. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final int MIN_SCENARIOS = 60;

    private static Path dir;
    private static ScenarioTable table;

    /**
     * Reads the corpus from the module's source folder when the test runs in the module (as Maven runs it), so that a
     * renamed or deleted scenario left behind in {@code target/test-classes} is not taken for a file without a row;
     * from the class path otherwise.
     */
    @BeforeAll
    static void readTable() throws IOException, URISyntaxException {
        Path source = Path.of("src/test/resources/scenarios");
        dir = Files.isRegularFile(source.resolve("README.md")) ? source.toAbsolutePath()
                : Path.of(ScenarioCorpusTest.class.getResource("/scenarios/README.md").toURI()).getParent();
        table = ScenarioTable.read(dir.resolve("README.md"));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesExactlyItsExpectedFindings() {
        return table.rows().stream().map(row -> DynamicTest.dynamicTest(row.file() + ": " + row.changes(),
                () -> check(row)));
    }

    private static void check(Row row) throws Exception {
        Path model = dir.resolve(row.file());
        assertThat(model).as("scenario file of the row at line %d", row.line()).isRegularFile();
        Outcome outcome = run(model);
        List<String> problems = compare(row, outcome);
        if (row.isPending()) {
            throw new TestAbortedException("pending-i11: " + row.pending() + (problems.isEmpty()
                    ? " (the expectation is met now: remove the pending-i11 mark)"
                    : "; today: " + String.join("; ", problems)));
        }
        if (!problems.isEmpty()) {
            Assertions.fail(row.file() + " (README.md line " + row.line() + "):\n  " + String.join("\n  ", problems)
                    + "\nthe check found, in the table's syntax (verify each before copying):\n  " + outcome.verdict
                    + " | " + String.join("<br>", outcome.written()));
        }
    }

    /** What the check made of a scenario. */
    private record Outcome(Verdict verdict, List<Actual> findings, boolean nativeFormat) {
        List<String> written() {
            return findings.isEmpty() ? List.of("-") : findings.stream().map(Actual::written).toList();
        }
    }

    /** A finding or load problem, keyed as the table writes it. */
    private record Actual(String key, String message) {
        String written() {
            return key + " \"" + shown().replace("|", "/") + "\"";
        }

        /** The message with double quotes written as single ones, as fragments in the table quote. */
        String shown() {
            return message.replace('"', '\'');
        }
    }

    /**
     * Rules the corpus does not cover, with where they are tested instead: they judge the repository around the model
     * (its git history, its MCP files) or the consistency of one other tool's file, and a scenario is one model file.
     * They are switched off for the corpus, so that a scenario's findings are the model's own.
     */
    static final Map<String, String> OUTSIDE_THE_CORPUS = Map.ofEntries(
            Map.entry("TM406", "the repository's MCP files: McpServersCheckTest"),
            Map.entry("TM407", "the repository's MCP files: McpServersCheckTest"),
            Map.entry("TM408", "the repository's MCP files: McpServersCheckTest"),
            Map.entry("TM604", "the repository's git history: CodeDriftCheckTest, GitCodeHistoryTest"),
            Map.entry("TM605", "the repository's files: CodeDriftCheckTest"),
            Map.entry("TM606", "the repository's MCP files: McpServersCheckTest, McpConfigReaderTest"),
            Map.entry("TM702", "Microsoft Threat Modeling Tool drawings: DrawnBoundaryIsPlacedTest, Tm7ImporterTest"),
            Map.entry("TM703", "AWS Threat Composer links: LinkNamesExistingItemTest"),
            Map.entry("TM704", "AWS Threat Composer statuses: RecordedStatusIsConsistentTest"),
            Map.entry("TM705", "AWS Threat Composer threats: ImportedThreatIsAnsweredTest"),
            Map.entry("TM706", "AWS Threat Composer threats: ImportedThreatIsClassifiedTest"),
            Map.entry("TM707", "AWS Threat Composer links: ImportedItemIsLinkedTest"),
            Map.entry("TM708", "AWS Threat Composer files: DiagramIsRecordedTest"));

    private static Outcome run(Path model) throws Exception {
        CheckRequest request = CheckRequest.builder(model)
                .topDirectory(dir)
                .repositoryRoot(dir)
                .ruleConfig(new dev.threatmodel.rules.RuleConfig(Set.of("TM406", "TM407", "TM408", "TM604", "TM605",
                        "TM606"), Map.of()))
                .ruleOptions(new RuleOptions(TODAY, RuleOptions.DEFAULT_MAX_REVIEW_AGE_DAYS))
                .toolVersion("0.0.0-scenarios")
                .build();
        try {
            CheckResult result = ThreatModelCheck.run(request);
            List<Actual> found = new ArrayList<>();
            for (Finding f : result.findings()) {
                found.add(new Actual(f.ruleId() + " " + f.level().name().toLowerCase(Locale.ROOT) + " "
                        + where(f.location(), model) + (f.isSuppressed() ? " suppressed" : ""), f.message()));
            }
            return new Outcome(result.failsAt(FailOnSeverity.ERROR) ? Verdict.FAIL : Verdict.PASS, found,
                    result.model().format().isNative());
        } catch (ModelLoadException e) {
            List<Actual> found = new ArrayList<>();
            for (LoadProblem p : e.problems()) {
                found.add(new Actual("load " + where(p.location(), model), p.message()));
            }
            return new Outcome(Verdict.LOAD_ERROR, found, !isImport(model.getFileName().toString()));
        }
    }

    private static String where(SourceLocation at, Path model) {
        String prefix = at.file() == null || at.file().getFileName() == null
                || at.file().getFileName().equals(model.getFileName()) ? "" : at.file().getFileName() + ":";
        return prefix + at.line() + ":" + at.column();
    }

    /** Every difference between what the row expects and what the check found; empty when they agree. */
    private static List<String> compare(Row row, Outcome outcome) {
        List<String> problems = new ArrayList<>();
        if (outcome.verdict != row.verdict()) {
            problems.add("verdict " + name(outcome.verdict) + ", expected " + name(row.verdict()));
        }
        if (outcome.nativeFormat == isImport(row.file())) {
            problems.add("scenarios in another tool's format are named td-* or otm-*, native ones are not");
        }
        List<Actual> unmatched = new ArrayList<>(outcome.findings);
        for (Expected e : row.findings()) {
            Actual match = null;
            for (Actual a : unmatched) {
                if (a.key.equals(e.key()) && (e.fragment() == null || a.shown().contains(e.fragment()))) {
                    match = a;
                    break;
                }
            }
            if (match == null) {
                problems.add("missing " + e.key() + (e.fragment() == null ? "" : " \"" + e.fragment() + "\""));
            } else {
                unmatched.remove(match);
            }
        }
        for (Actual a : unmatched) {
            problems.add("unexpected " + a.written());
        }
        return problems;
    }

    private static String name(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static boolean isImport(String file) {
        return file.startsWith("td-") || file.startsWith("otm-");
    }

    @Test
    void everyFileIsInTheTableAndEveryRowNamesAFile() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).forEach(files::add);
        }
        files.remove("README.md");
        Set<String> rows = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Row r : table.rows()) {
            if (!rows.add(r.file())) {
                duplicates.add(r.file());
            }
        }
        Set<String> companions = new TreeSet<>();
        for (String f : files) {
            if (f.endsWith(".threatmodel.yaml")) {
                companions.add(f);
            }
        }
        Set<String> orphanCompanions = new TreeSet<>();
        for (String c : companions) {
            String base = c.substring(0, c.length() - ".threatmodel.yaml".length());
            if (!rows.contains(base + ".json") && !rows.contains(base + ".yaml")) {
                orphanCompanions.add(c);
            }
        }
        files.removeAll(companions);
        Set<String> missingFiles = new TreeSet<>(rows);
        missingFiles.removeAll(files);
        Set<String> missingRows = new TreeSet<>(files);
        missingRows.removeAll(rows);

        assertThat(duplicates).as("files with more than one row").isEmpty();
        assertThat(missingFiles).as("rows naming a file that does not exist").isEmpty();
        assertThat(missingRows).as("scenario files without a row in README.md").isEmpty();
        assertThat(orphanCompanions).as("companion files whose model has no row").isEmpty();
        assertThat(rows).as("scenarios in the corpus").hasSizeGreaterThanOrEqualTo(MIN_SCENARIOS);
    }

    @Test
    void everyRowsCoveredCasesAgreeWithItsFindings() {
        List<String> problems = new ArrayList<>();
        for (Row r : table.rows()) {
            for (ScenarioTable.Covered c : r.covers()) {
                boolean reported = r.findings().stream()
                        .anyMatch(f -> f.ruleId().equals(c.ruleId()) && !f.suppressed());
                boolean anything = r.verdict() != Verdict.PASS || r.findings().stream().anyMatch(f -> !f.suppressed());
                boolean agrees = switch (c.kind()) {
                    case FAIL -> reported;
                    case PASS -> !reported;
                    case MISSING -> anything;
                };
                if (!agrees) {
                    problems.add(r.file() + " (line " + r.line() + ") claims " + c.ruleId() + ":"
                            + c.kind().name().toLowerCase(Locale.ROOT) + " but lists "
                            + (c.kind() == Case.PASS ? "a finding of that rule" : "no such finding"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBuiltInRuleHasAFailingAndAPassingScenario() {
        List<String> ids = RuleEngine.discover(ScenarioCorpusTest.class.getClassLoader()).stream()
                .filter(r -> r.getClass().getName().startsWith("dev.threatmodel.rules.builtin."))
                .map(Rule::id).toList();
        List<Row> settled = table.rows().stream().filter(r -> !r.isPending()).toList();
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            if (OUTSIDE_THE_CORPUS.containsKey(id)) {
                continue;
            }
            boolean fails = settled.stream().anyMatch(r -> r.shows(id, Case.FAIL));
            boolean failsNatively = settled.stream().anyMatch(r -> r.shows(id, Case.FAIL) && !isImport(r.file()));
            boolean passes = settled.stream().anyMatch(r -> r.shows(id, Case.PASS));
            if (!fails) {
                problems.add(id + " has no failing scenario");
            }
            if (!failsNatively && !table.notFailingNatively().containsKey(id)) {
                problems.add(id + " has no failing scenario in the native format and is not listed as one that"
                        + " cannot have one");
            }
            if (failsNatively && table.notFailingNatively().containsKey(id)) {
                problems.add(id + " is listed as not failing natively, but a native scenario fails it");
            }
            if (!passes) {
                problems.add(id + " has no passing scenario");
            }
        }
        List<String> unknown = new ArrayList<>();
        for (Row r : settled) {
            r.covers().stream().map(ScenarioTable.Covered::ruleId).filter(id -> !ids.contains(id))
                    .forEach(id -> unknown.add(r.file() + " covers unknown rule " + id));
        }
        problems.addAll(unknown);
        problems.sort(Comparator.naturalOrder());
        assertThat(problems).isEmpty();
    }
}
