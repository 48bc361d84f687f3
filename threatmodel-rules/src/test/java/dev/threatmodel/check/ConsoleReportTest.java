package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.testrules.TestRules;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {

    @TempDir
    Path top;

    private CheckResult check(String owner, String f1Name, boolean suppress) throws Exception {
        Path file = top.resolve("shop/threatmodel.yaml");
        CheckRequest request = CheckRequest.builder(file).topDirectory(top)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .ruleClassLoader(TestRules.loader()).build();
        return ThreatModelCheck.check(request, TestModels.crossing(file, 0, owner, f1Name, suppress));
    }

    @Test
    void oneLinePerFindingWithPathRelativeToTheTopDirectoryThenTheSummary() throws Exception {
        List<ConsoleReport.Line> lines = ConsoleReport.lines(check(null, "Order", false));

        assertThat(lines).containsExactly(
                new ConsoleReport.Line(Level.ERROR, "shop/threatmodel.yaml:22:5: ERROR TEST1 flow f1 \"Order\" crosses"
                        + " 2 trust boundaries into a more trusted zone and has no threat"),
                new ConsoleReport.Line(Level.WARNING, "shop/threatmodel.yaml:1:1: WARNING TEST2 the model names no owner"),
                new ConsoleReport.Line(Level.ERROR,
                        "Threat model: 1 error, 1 warning, 0 notes, 0 suppressed; 2 crossing flows checked."));
    }

    @Test
    void suppressedFindingsAreListedWithTheirReasonAndCounted() throws Exception {
        List<ConsoleReport.Line> lines = ConsoleReport.lines(check("shop-team", "Order", true));

        assertThat(lines).containsExactly(new ConsoleReport.Line(Level.NOTE, "shop/threatmodel.yaml:22:5: SUPPRESSED "
                        + "TEST1 flow f1 \"Order\" crosses 2 trust boundaries into a more trusted zone and has no threat "
                        + "(error suppressed: the gateway team models this flow; by gateway-team; until 2027-06-30)"),
                new ConsoleReport.Line(Level.NOTE,
                "Threat model: 0 errors, 0 warnings, 0 notes, 1 suppressed; 2 crossing flows checked."));
    }

    @Test
    void namesFromTheModelCannotReorderOrHideTheLine() throws Exception {
        List<ConsoleReport.Line> lines = ConsoleReport.findings(check("shop-team", "Order\u202E\n[INFO] ok", false));

        assertThat(lines).singleElement().extracting(ConsoleReport.Line::text)
                .isEqualTo("shop/threatmodel.yaml:22:5: ERROR TEST1 flow f1 \"Order\\u202E\\u000A[INFO] ok\" crosses"
                        + " 2 trust boundaries into a more trusted zone and has no threat");
    }

    @Test
    void loadProblemsTakeTheSameFormWithTheRuleIdLoad() {
        Path file = top.resolve("threatmodel.yaml");
        ModelLoadException e = new ModelLoadException(List.of(
                new LoadProblem(new SourceLocation(file, 7, 3), "the key \"status\" appears twice"),
                new LoadProblem(new SourceLocation(file, 2, 1), "unknown key \"nmae\"")));

        assertThat(ConsoleReport.loadProblems(e, top)).containsExactly(
                "threatmodel.yaml:2:1: ERROR load unknown key \"nmae\"",
                "threatmodel.yaml:7:3: ERROR load the key \"status\" appears twice");
    }
}
