package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodel.baseline.Baseline;
import dev.threatmodel.baseline.BaselineFile;
import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.baseline.BaselineState;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.git.GitRepos;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.SarifSchema;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check with a baseline, against real git repositories built with JGit: the model is committed, changed and
 * committed again, and the check compares the work tree's model with an earlier revision.
 */
class BaselineCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    /**
     * The blog example: a clean model. Its links to the example's code are taken out (code links) or made web
     * addresses (references): the repositories these tests build hold only the model, so the links would match nothing.
     */
    static String blog() {
        try {
            return Files.readString(Path.of("../examples/blog/threatmodel.yaml"), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^ +code: \\[.*\\]\n", "")
                    .replace("reference: examples/blog/", "reference: https://code.example/blog/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Adds a flow from the internet into the web server, with no threat: a finding of TM101. */
    static String withCrossing(String model, String id, String source) {
        String flow = "  - id: " + id + "\n    name: Page request " + id + "\n    source: " + source
                + "\n    target: render-post\n    data: [page address]\n    protocol: HTTPS\n"
                + "    authenticated: false\n    encrypted: true\n";
        return model.replace("\nthreats:\n", "\n" + flow + "\nthreats:\n");
    }

    /** The blog with one legacy finding: flow f10 crosses into the web server with no threat. */
    static String legacy() {
        return withCrossing(blog(), "f10", "reader");
    }

    private CheckRequest request(Path model, BaselineOptions baseline, Set<ReportFormat> formats) {
        return CheckRequest.builder(model)
                .topDirectory(model.getParent())
                .repositoryRoot(model.getParent())
                .ruleOptions(new RuleOptions(TODAY, 365))
                .toolVersion("1.2.3")
                .formats(formats)
                .outputDirectory(formats.isEmpty() ? null : tmp.resolve("out"))
                .baseline(baseline)
                .build();
    }

    private CheckResult check(Path model, String revision, FailOn failOn) throws Exception {
        return ThreatModelCheck.run(request(model, BaselineOptions.of(revision, model.getParent(), failOn, null,
                false), Set.of()));
    }

    private static List<BaselineState> states(CheckResult r) {
        return r.baseline().comparison().states();
    }

    private static List<String> newIdentities(CheckResult r) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < r.findings().size(); i++) {
            if (r.baseline().comparison().isNew(i)) {
                ids.add(r.findings().get(i).identity());
            }
        }
        return ids;
    }

    @Test
    void failOnNewPassesALegacyModelAndFailsOnANewUnmitigatedCrossing() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", legacy()).commit("legacy model");
            repo.write("threatmodel.yaml", "# reviewed again\n" + legacy()).commit("a comment");
            Path model = repo.dir().resolve("threatmodel.yaml");

            CheckResult legacy = check(model, "HEAD~1", FailOn.NEW);
            assertThat(legacy.errors()).isPositive();
            assertThat(legacy.findings()).extracting(Finding::identity).anyMatch(id -> id.contains("f10"));
            assertThat(states(legacy)).isNotEmpty().containsOnly(BaselineState.UNCHANGED);
            assertThat(FailOnSeverity.ERROR.fails(legacy)).isFalse();
            assertThat(ConsoleReport.summary(legacy)).contains("0 new").contains("fixed")
                    .contains("only new findings fail");
            assertThat(ConsoleReport.findings(legacy)).allMatch(l -> l.text().contains(ConsoleReport.BASELINE_MARK));
            // failOn=all keeps today's behaviour
            assertThat(FailOnSeverity.ERROR.fails(check(model, "HEAD~1", FailOn.ALL))).isTrue();

            repo.write("threatmodel.yaml", withCrossing(legacy(), "f11", "author"));
            CheckResult changed = check(model, "HEAD", FailOn.NEW);
            assertThat(FailOnSeverity.ERROR.fails(changed)).isTrue();
            assertThat(newIdentities(changed)).isNotEmpty().allMatch(id -> id.contains("f11"));
            assertThat(ConsoleReport.findings(changed)).filteredOn(l -> l.text().contains("f11"))
                    .noneMatch(l -> l.text().contains(ConsoleReport.BASELINE_MARK));
        }
    }

    @Test
    void aThreatReopenedByRemovingItsMitigationOrRefutingItsAssumptionCountsAsNew() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", blog()).commit("clean");
            Path model = repo.dir().resolve("threatmodel.yaml");
            assertThat(FailOnSeverity.ERROR.fails(check(model, "HEAD", FailOn.NEW))).isFalse();

            String noMitigation = blog().replace("    mitigations:\n"
                    + "      - name: Markdown rendered through an allow-list sanitizer; Content-Security-Policy forbids"
                    + " inline script\n        control: integrity\n        domain: secure-development\n"
                    + "        status: implemented\n        reference: https://code.example/blog/src/main/java/blog/render/Sanitizer.java\n", "");
            assertThat(noMitigation).isNotEqualTo(blog());
            repo.write("threatmodel.yaml", noMitigation);
            CheckResult removed = check(model, "HEAD", FailOn.NEW);
            assertThat(FailOnSeverity.ERROR.fails(removed)).isTrue();
            assertThat(newIdentities(removed)).anyMatch(id -> id.endsWith("/T5"));

            String refuted = blog().replace("type: trust-boundary\n    owner: blog-platform-team\n    status: validated",
                    "type: trust-boundary\n    owner: blog-platform-team\n    status: refuted");
            assertThat(refuted).isNotEqualTo(blog());
            repo.write("threatmodel.yaml", refuted);
            CheckResult voided = check(model, "HEAD", FailOn.NEW);
            assertThat(FailOnSeverity.ERROR.fails(voided)).isTrue();
            assertThat(newIdentities(voided)).anyMatch(id -> id.contains("T4"));
        }
    }

    @Test
    void aRenamedFlowIdIsANewFlowAndItsOldFindingIsFixed() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", legacy()).commit("legacy");
            repo.write("threatmodel.yaml", legacy().replace("id: f10", "id: page-request"));
            CheckResult result = check(repo.dir().resolve("threatmodel.yaml"), "HEAD", FailOn.NEW);

            assertThat(FailOnSeverity.ERROR.fails(result)).isTrue();
            assertThat(newIdentities(result)).isNotEmpty().allMatch(id -> id.contains("page-request"));
            assertThat(result.baseline().comparison().fixed()).isNotEmpty()
                    .allMatch(e -> e.identity().contains("f10"));
        }
    }

    @Test
    void aModelRenamedSinceTheBaselineIsFoundThroughBaselineModelFile() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("docs/old-model.yaml", legacy()).commit("legacy, at its old path");
            repo.remove("docs/old-model.yaml").write("threatmodel.yaml", legacy()).commit("moved");
            Path model = repo.dir().resolve("threatmodel.yaml");

            CheckResult lost = check(model, "HEAD~1", FailOn.NEW);
            assertThat(lost.baseline().note()).contains("did not exist").contains("baselineModelFile");
            assertThat(states(lost)).containsOnly(BaselineState.NEW);
            assertThat(FailOnSeverity.ERROR.fails(lost)).isTrue();

            CheckResult found = ThreatModelCheck.run(request(model, BaselineOptions.of("HEAD~1", repo.dir(),
                    FailOn.NEW, repo.dir().resolve("docs/old-model.yaml"), false), Set.of()));
            assertThat(found.baseline().note()).isNull();
            assertThat(states(found)).containsOnly(BaselineState.UNCHANGED);
            assertThat(FailOnSeverity.ERROR.fails(found)).isFalse();
        }
    }

    @Test
    void aBaseModelThatDoesNotLoadIsReportedAndComparedAsEmptyOnlyWhenAskedTo() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", "name: broken\nzones: [\n").commit("broken");
            repo.write("threatmodel.yaml", legacy());
            Path model = repo.dir().resolve("threatmodel.yaml");

            assertThatThrownBy(() -> check(model, "HEAD", FailOn.NEW))
                    .isInstanceOf(BaselineException.class)
                    .hasMessageContaining("threatmodel.yaml at git revision HEAD")
                    .hasMessageContaining("cannot be loaded")
                    .hasMessageMatching("(?s).*threatmodel\\.yaml:\\d+:\\d+: ERROR load .*")
                    .hasMessageContaining("threatmodel.baselineLoadFailure=empty")
                    .satisfies(e -> assertThat(((BaselineException) e).loadProblems()).isNotNull());

            CheckResult empty = ThreatModelCheck.run(request(model, BaselineOptions.of("HEAD", repo.dir(),
                    FailOn.NEW, null, true), Set.of()));
            assertThat(empty.baseline().note()).contains("cannot be loaded").contains("every finding is new");
            assertThat(states(empty)).containsOnly(BaselineState.NEW);
            assertThat(FailOnSeverity.ERROR.fails(empty)).isTrue();
        }
    }

    @Test
    void gitProblemsStopTheCheckWithTheirMessage() throws Exception {
        Files.writeString(tmp.resolve("threatmodel.yaml"), legacy());
        assertThatThrownBy(() -> check(tmp.resolve("threatmodel.yaml"), "origin/main", FailOn.NEW))
                .isInstanceOf(BaselineException.class).hasMessageContaining("not inside a git repository");

        try (GitRepos origin = GitRepos.init(tmp.resolve("origin"))) {
            origin.write("threatmodel.yaml", legacy()).commit("one");
            origin.write("threatmodel.yaml", blog()).commit("two");
            assertThatThrownBy(() -> check(origin.dir().resolve("threatmodel.yaml"), "release-9", FailOn.NEW))
                    .isInstanceOf(BaselineException.class).hasMessageContaining("\"release-9\" is not known");
            try (GitRepos clone = origin.shallowClone(tmp.resolve("clone"), 1)) {
                assertThatThrownBy(() -> check(clone.dir().resolve("threatmodel.yaml"), "HEAD~1", FailOn.NEW))
                        .isInstanceOf(BaselineException.class)
                        .hasMessageContaining("shallow clone").hasMessageContaining("fetch-depth: 0");
            }
        }
        assertThat(Files.exists(tmp.resolve("out"))).isFalse();
    }

    @Test
    void aBaselineFileAcceptsTheFindingsItListsAndNoOthers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Path model = dir.resolve("threatmodel.yaml");
        Files.writeString(model, legacy());
        CheckResult plain = ThreatModelCheck.run(request(model, null, Set.of()));
        Files.writeString(dir.resolve("threatmodel-baseline.yaml"),
                BaselineFile.render(Baseline.of("now", plain.findings(), TODAY)));

        CheckResult accepted = check(model, "threatmodel-baseline.yaml", FailOn.NEW);
        assertThat(accepted.baseline().options().isRevision()).isFalse();
        assertThat(accepted.baseline().comparison().baseline().description())
                .isEqualTo("baseline file threatmodel-baseline.yaml");
        assertThat(states(accepted)).containsOnly(BaselineState.UNCHANGED);
        assertThat(FailOnSeverity.ERROR.fails(accepted)).isFalse();

        Files.writeString(model, withCrossing(legacy(), "f11", "author"));
        CheckResult grown = check(model, "threatmodel-baseline.yaml", FailOn.NEW);
        assertThat(FailOnSeverity.ERROR.fails(grown)).isTrue();
        assertThat(newIdentities(grown)).isNotEmpty().allMatch(id -> id.contains("f11"));

        Files.createSymbolicLink(dir.resolve("linked-baseline.yaml"), dir.resolve("threatmodel-baseline.yaml"));
        assertThatThrownBy(() -> check(model, "linked-baseline.yaml", FailOn.NEW))
                .isInstanceOf(BaselineException.class).hasMessageContaining("is a symbolic link");
        Files.writeString(tmp.resolve("outside-baseline.yaml"), "version: 1\nfindings: []\n");
        assertThatThrownBy(() -> check(model, "../outside-baseline.yaml", FailOn.NEW))
                .isInstanceOf(BaselineException.class).hasMessageContaining("outside the repository");
        assertThatThrownBy(() -> check(model, "threatmodel-baselin.yaml", FailOn.NEW))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining("The baseline file threatmodel-baselin.yaml does not exist");

        Files.writeString(dir.resolve("threatmodel-baseline.yaml"), "version: 1\nfindings:\n  - identity: TM101/x\n"
                + "    rule: TM101\n    levle: error\n");
        assertThatThrownBy(() -> check(model, "threatmodel-baseline.yaml", FailOn.NEW))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining("threatmodel-baseline.yaml:5:5")
                .hasMessageContaining("levle");
    }

    @Test
    void sarifCarriesBaselineStatesAndFixedFindingsAsAbsentAndStaysValid() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", withCrossing(legacy(), "f12", "admin")).commit("two legacy crossings");
            // f12 is fixed (removed), f10 stays, f11 is new, and f10's message changes with its name: updated
            repo.write("threatmodel.yaml", withCrossing(legacy(), "f11", "author")
                    .replace("name: Page request f10", "name: Front page request"));
            Path model = repo.dir().resolve("threatmodel.yaml");
            CheckResult result = ThreatModelCheck.run(request(model, BaselineOptions.of("HEAD", repo.dir(),
                    FailOn.NEW, null, false), Set.of(ReportFormat.SARIF)));

            String sarif = Files.readString(result.reports().get(ReportFormat.SARIF));
            JsonNode run = SarifSchema.assertValid(sarif).path("runs").get(0);
            List<String> states = new ArrayList<>();
            for (JsonNode r : run.path("results")) {
                states.add(r.path("baselineState").asText());
                String text = r.path("message").path("text").asText();
                if (text.contains("f11")) {
                    assertThat(r.path("baselineState").asText()).isEqualTo("new");
                } else if (text.contains("f12")) {
                    assertThat(r.path("baselineState").asText()).isEqualTo("absent");
                    assertThat(r.path("kind").asText()).isEqualTo("pass");
                    assertThat(r.path("level").asText()).isEqualTo("none");
                } else if (text.contains("f10")) {
                    assertThat(r.path("baselineState").asText()).isEqualTo("updated");
                }
            }
            assertThat(states).contains("new", "updated", "absent").doesNotContain("");

            CheckResult same = ThreatModelCheck.run(request(model, BaselineOptions.of("HEAD", repo.dir(),
                    FailOn.NEW, null, false), Set.of(ReportFormat.SARIF)));
            assertThat(Files.readString(same.reports().get(ReportFormat.SARIF))).isEqualTo(sarif);

            CheckResult none = ThreatModelCheck.run(request(model, null, Set.of(ReportFormat.SARIF)));
            assertThat(Files.readString(none.reports().get(ReportFormat.SARIF))).doesNotContain("baselineState");
        }
    }

    @Test
    void anImportedThreatDragonModelGetsTheSameBaseline() throws Exception {
        String dragon = Files.readString(Path.of("src/test/resources/samples/threat-dragon/demo-threat-model.json"));
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("model/demo.json", dragon).commit("imported");
            repo.write("model/demo.json", dragon.replace("\"Mitigated\"", "\"Open\"")).commit("reopened");
            Path model = repo.dir().resolve("model/demo.json");

            CheckResult unchanged = check(model, "HEAD", FailOn.NEW);
            assertThat(unchanged.findings()).isNotEmpty();
            assertThat(states(unchanged)).containsOnly(BaselineState.UNCHANGED);
            assertThat(FailOnSeverity.ERROR.fails(unchanged)).isFalse();

            CheckResult reopened = check(model, "HEAD~1", FailOn.NEW);
            assertThat(states(reopened)).contains(BaselineState.NEW);
        }
    }

    @Test
    void anImportedOpenThreatModelFileGetsTheSameBaseline() throws Exception {
        String otm = Files.readString(Path.of("src/test/resources/samples/otm/EXAMPLE.yaml"));
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("otm.yaml", otm).commit("imported");
            CheckResult result = check(repo.dir().resolve("otm.yaml"), "HEAD", FailOn.NEW);
            assertThat(result.findings()).isNotEmpty();
            assertThat(states(result)).containsOnly(BaselineState.UNCHANGED);
            assertThat(FailOnSeverity.ERROR.fails(result)).isFalse();
        }
    }

    @Test
    void aModelThatDoesNotLoadIsReportedAsSuchWhileItsBaselineIsBeingChecked() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", legacy()).commit("legacy");
            repo.write("threatmodel.yaml", "name: broken\nzones: [\n");
            assertThatThrownBy(() -> check(repo.dir().resolve("threatmodel.yaml"), "HEAD", FailOn.NEW))
                    .isInstanceOf(dev.threatmodel.load.ModelLoadException.class);
            // the baseline's thread has finished its work when the check returns; give it a moment to end
            for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("threatmodel-baseline")); i++) {
                Thread.sleep(50);
            }
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("threatmodel-baseline"));
        }
    }

    @Test
    void aModelUnchangedSinceTheRevisionIsNotCheckedTwiceAndGivesTheSameResult() throws Exception {
        try (GitRepos repo = GitRepos.init(tmp.resolve("repo"))) {
            repo.write("threatmodel.yaml", legacy()).commit("legacy");
            Path model = repo.dir().resolve("threatmodel.yaml");
            CheckResult same = check(model, "HEAD", FailOn.NEW);
            // the in-memory entry point checks the revision in full: the two must agree
            CheckResult full = ThreatModelCheck.check(request(model, BaselineOptions.of("HEAD", repo.dir(),
                    FailOn.NEW, null, false), Set.of()), new dev.threatmodel.load.ModelLoader().load(model));
            assertThat(states(same)).isEqualTo(states(full)).containsOnly(BaselineState.UNCHANGED);
            assertThat(same.baseline().comparison().baseline().entries())
                    .isEqualTo(full.baseline().comparison().baseline().entries());
            assertThat(same.baseline().comparison().fixed()).isEmpty();
        }
    }

    @Test
    void theDiffReportNeedsABaseline() {
        Path model = tmp.resolve("threatmodel.yaml");
        assertThatThrownBy(() -> {
            Files.writeString(model, blog());
            ThreatModelCheck.run(request(model, null, Set.of(ReportFormat.DIFF)));
        }).isInstanceOf(CheckConfigurationException.class).hasMessageContaining("threatmodel.baseline");
    }
}
