package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.testrules.TestRules;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ThreatModelCheck#run} from a file, with the built-in rules and with test rules. */
class ThreatModelCheckLoadTest {

    private static final Path BLOG = Path.of("../examples/blog/threatmodel.yaml");

    @TempDir
    Path dir;

    @Test
    void theBlogExampleLoadsAndEveryCrossingFlowHasAThreat() throws Exception {
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(BLOG).topDirectory(Path.of(".."))
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .ruleClassLoader(TestRules.loader()).build());

        assertThat(result.crossingFlowsChecked()).isEqualTo(7);
        assertThat(result.findings()).isEmpty();
        assertThat(ConsoleReport.summary(result))
                .isEqualTo("Threat model: 0 errors, 0 warnings, 0 notes, 0 suppressed; 7 crossing flows checked.");
    }

    @Test
    void theBlogExamplePassesEveryBuiltInRule() throws Exception {
        // the day after the blog's review (its linked code was committed on the day of that review)
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(BLOG).topDirectory(Path.of(".."))
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 30), 365)).build());

        assertThat(result.rules()).extracting(r -> r.id()).contains("TM101", "TM102", "TM306", "TM403", "TM601",
                "TM604", "TM605");
        // the blog links code of this repository; a shallow clone (CI) cannot tell its history, which is one note
        assertThat(result.findings()).filteredOn(f -> !(f.ruleId().equals("TM604")
                && f.level() == dev.threatmodel.rules.Level.NOTE)).isEmpty();
        assertThat(result.crossingFlowsChecked()).isEqualTo(7);
    }

    @Test
    void malformedYamlIsALoadErrorWithItsLocation() throws Exception {
        Path file = dir.resolve("threatmodel.yaml");
        Files.writeString(file, "name: x\nzones: [a\n");
        CheckRequest request = CheckRequest.builder(file).ruleClassLoader(TestRules.loader()).build();

        try {
            ThreatModelCheck.run(request);
        } catch (ModelLoadException e) {
            assertThat(ConsoleReport.loadProblems(e, dir)).first().asString().startsWith("threatmodel.yaml:");
            return;
        }
        org.junit.jupiter.api.Assertions.fail("a malformed model must not load");
    }

    @Test
    void noThreadOfTheCheckOutlivesItEvenWhenTheModelFailsToLoad() throws Exception {
        // a repository root holding .git: the check opens it on a thread of its own while the model loads, and finds
        // its rules on another. Inside Maven the plugin's class loader closes as soon as the goal ends, so a thread
        // still loading classes then dies with NoClassDefFoundError on the console: both must be over on return.
        Files.createDirectories(dir.resolve(".git"));
        Path model = dir.resolve("threatmodel.yaml");
        Files.writeString(model, "name: [unclosed\n");
        for (int i = 0; i < 3; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThreatModelCheck.run(CheckRequest.builder(model)
                    .repositoryRoot(dir).ruleClassLoader(TestRules.loader()).build()))
                    .isInstanceOf(ModelLoadException.class);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .doesNotContain("threatmodel-git", "threatmodel-rules");
        }
    }
}
