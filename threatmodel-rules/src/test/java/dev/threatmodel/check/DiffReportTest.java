package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.diff.ChangeKind;
import dev.threatmodel.diff.ModelDiffTest;
import dev.threatmodel.git.GitRepos;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffReportTest {

    @TempDir
    Path tmp;

    private CheckResult check(Path model, String revision, FailOn failOn) throws Exception {
        return ThreatModelCheck.run(CheckRequest.builder(model)
                .topDirectory(model.getParent())
                .repositoryRoot(model.getParent())
                .ruleOptions(new RuleOptions(ModelDiffTest.TODAY, 365))
                .toolVersion("1.2.3")
                .formats(Set.of(ReportFormat.DIFF, ReportFormat.SARIF))
                .outputDirectory(tmp.resolve("out"))
                .baseline(BaselineOptions.of(revision, model.getParent(), failOn, null, false))
                .build());
    }

    @Test
    void thePageListsEachKindOfChangeThenTheVerdictChangeAndTheFindings() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", ModelDiffTest.base()).commit("base");
            repo.write("threatmodel.yaml", ModelDiffTest.head());
            CheckResult result = check(repo.dir().resolve("threatmodel.yaml"), "main", FailOn.NEW);
            String page = Files.readString(result.reports().get(ReportFormat.DIFF));

            assertThat(page).startsWith("## Threat model changes: Blog authentication and publishing\n\n"
                    + "threatmodel.yaml compared with git revision main (");
            for (ChangeKind kind : ChangeKind.values()) {
                assertThat(page).contains("### " + kind.heading() + "\n\n- ");
            }
            assertThat(page).contains("**\u274c The check fails: new findings at error level or above**");
            assertThat(page).containsPattern("Findings: \\d+ before, \\d+ now: [1-9]\\d* new, \\d+ updated, \\d+"
                    + " unchanged, [1-9]\\d* fixed; verdict failed \u2192 failed \\(at error level\\)\\.");
            assertThat(page).contains("### New findings\n\n| Level | Rule | Location | Message |");
            assertThat(page).contains("### Fixed findings\n\n| Level | Rule | Message |");
            // the change in the reviewer's terms, escaped for Markdown
            assertThat(page).contains("- zone web-server \"Blog web server\": trust level 60 \u2192 40\n");
            assertThat(page).doesNotContain(tmp.toString());

            List<String> console = DiffReport.consoleLines(result);
            assertThat(console.get(0)).startsWith("Threat model changes against git revision main (")
                    .endsWith(result.baseline().comparison().baseline().description() + ": "
                            + DiffReport.diff(result).changes().size() + " changes");
            assertThat(console).anyMatch(l -> l.startsWith("  Trust levels changed: zone web-server"));
            assertThat(console).anyMatch(l -> l.startsWith("  Flows that now cross a trust boundary: new flow f10"));
            assertThat(console.get(console.size() - 1)).startsWith("\u274c The check fails");

            // byte-identical in another run, under another locale
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                CheckResult again = check(repo.dir().resolve("threatmodel.yaml"), "main", FailOn.NEW);
                assertThat(Files.readString(again.reports().get(ReportFormat.DIFF))).isEqualTo(page);
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Test
    void modelTextCannotCarryMarkupOrHiddenCharactersIntoThePageOrTheConsole() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", ModelDiffTest.blog()).commit("base");
            String hostile = ModelDiffTest.edit(ModelDiffTest.blog(), "\nthreats:\n", "\n  - id: f10\n"
                    + "    name: \"<script>alert(1)</script> [x](http://evil) @team \\u202E| cell\"\n"
                    + "    source: reader\n    target: render-post\n    data: [x]\n    protocol: HTTPS\n\nthreats:\n");
            repo.write("threatmodel.yaml", hostile);
            CheckResult result = check(repo.dir().resolve("threatmodel.yaml"), "HEAD", FailOn.ALL);
            String page = Files.readString(result.reports().get(ReportFormat.DIFF));
            assertThat(page).doesNotContain("<script>").doesNotContain("[x](http").doesNotContain("@team")
                    .doesNotContain("\u202E").contains("&lt;script&gt;").contains("\\u202E");
            assertThat(String.join("\n", DiffReport.consoleLines(result))).doesNotContain("\u202E");
        }
    }

    @Test
    void againstABaselineFileOnlyTheFindingChangesAreListed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        Path model = dir.resolve("threatmodel.yaml");
        Files.writeString(model, ModelDiffTest.blog());
        Files.writeString(dir.resolve("threatmodel-baseline.yaml"), "version: 1\nfindings: []\n");
        CheckResult result = check(model, "threatmodel-baseline.yaml", FailOn.NEW);
        String page = Files.readString(result.reports().get(ReportFormat.DIFF));
        assertThat(page).contains("compared with baseline file threatmodel-baseline.yaml")
                .contains("only the finding changes are listed").contains("\u2705 The check passes");
        assertThat(DiffReport.consoleLines(result).get(0)).endsWith("a baseline file lists findings only");
    }
}
