package dev.threatmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --baseline}, {@code --fail-on-findings new} and {@code diff} on a real git repository. */
class ThreatModelCliBaselineTest {

    private static final Path BLOG = Path.of("..", "examples", "blog", "threatmodel.yaml");
    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com", 1_780_000_000_000L, 0);

    @TempDir
    Path dir;

    private record Run(int status, List<String> out, List<String> err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new ThreatModelCli(o, e, dir, java.time.Clock.systemUTC()).run(args);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static String crossing(String model, String id, String source) {
        return model.replace("\nthreats:\n", "\n  - id: " + id + "\n    name: Request " + id + "\n    source: "
                + source + "\n    target: render-post\n    data: [x]\n    protocol: HTTPS\n\nthreats:\n");
    }

    private String legacy() throws Exception {
        return crossing(Files.readString(BLOG), "f10", "reader");
    }

    private void commitLegacy() throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("threatmodel.yaml").call();
            git.commit().setMessage("legacy").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        }
    }

    @Test
    void checkWithABaselineFailsOnlyOnNewFindings() throws Exception {
        commitLegacy();
        Run all = run("check", "--format=none", "--baseline", "main", "threatmodel.yaml");
        assertThat(all.status()).isEqualTo(ThreatModelCli.FINDINGS);

        Run legacy = run("check", "--format=sarif", "--baseline", "main", "--fail-on-findings", "new",
                "threatmodel.yaml");
        assertThat(legacy.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(legacy.out()).anyMatch(l -> l.contains("ERROR TM101 (in baseline) "));
        assertThat(legacy.out()).anyMatch(l -> l.contains("Against git revision main (") && l.contains(": 0 new"));
        assertThat(Files.readString(dir.resolve("threatmodel.sarif"))).contains("\"baselineState\": \"unchanged\"");

        Files.writeString(dir.resolve("threatmodel.yaml"), crossing(legacy(), "f11", "author"));
        assertThat(run("check", "--format=none", "--baseline=main", "--fail-on-findings=new", "threatmodel.yaml")
                .status()).isEqualTo(ThreatModelCli.FINDINGS);
    }

    @Test
    void diffPrintsTheChangesAndWritesThePageButNeverFailsOnFindings() throws Exception {
        commitLegacy();
        Files.writeString(dir.resolve("threatmodel.yaml"), crossing(legacy(), "f11", "author"));
        Run run = run("diff", "--baseline", "main", "threatmodel.yaml");
        assertThat(run.status()).isEqualTo(ThreatModelCli.CLEAN);
        assertThat(run.out()).first().asString().startsWith("Threat model changes against git revision main (");
        assertThat(run.out()).anyMatch(l -> l.startsWith("  Flows that now cross a trust boundary: new flow f11"));
        assertThat(run.out()).last().isEqualTo("Threat model diff report: threatmodel-diff.md");
        assertThat(Files.readString(dir.resolve("threatmodel-diff.md"))).startsWith("## Threat model changes");
    }

    @Test
    void baselineProblemsAreOneLineEachAndExitTwo() throws Exception {
        Files.writeString(dir.resolve("threatmodel.yaml"), legacy());
        Run outside = run("check", "--baseline", "origin/main", "threatmodel.yaml");
        assertThat(outside.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(outside.err()).first().asString().startsWith("threatmodel: baseline: ")
                .contains("not inside a git repository");
        assertThat(outside.err()).noneMatch(l -> l.startsWith("\tat "));

        Run noBaseline = run("check", "--fail-on-findings", "new", "threatmodel.yaml");
        assertThat(noBaseline.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(noBaseline.err()).first().asString().contains("needs --baseline");

        Run diffWithout = run("diff", "threatmodel.yaml");
        assertThat(diffWithout.status()).isEqualTo(ThreatModelCli.ERROR);
        assertThat(diffWithout.err()).first().asString().contains("diff needs --baseline");

        assertThat(run("check", "--fail-on-findings", "some", "threatmodel.yaml").status())
                .isEqualTo(ThreatModelCli.ERROR);
    }
}
