package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import dev.threatmodel.rules.RuleFailureException;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check fails closed: an internal error is never a pass, and a run that stops leaves no report behind, not even a
 * clean one from an earlier run that a later step could upload as if it were this run's result.
 */
class FailClosedTest {

    @TempDir
    Path repo;

    Path model;
    Path out;
    Path sarif;

    @BeforeEach
    void setUp() throws IOException {
        model = repo.resolve("threatmodel.yaml");
        out = repo.resolve("target/threatmodel");
        sarif = out.resolve(ReportFormat.SARIF.fileName());
        Files.createDirectories(out);
        Files.writeString(sarif, "{\"note\": \"a clean report left by an earlier run\"}");
    }

    private CheckRequest request(ClassLoader rules) {
        return CheckRequest.builder(model)
                .topDirectory(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .ruleClassLoader(rules)
                .formats(Set.of(ReportFormat.SARIF))
                .outputDirectory(out)
                .toolVersion("1.2.3")
                .build();
    }

    @Test
    void aRuleThatThrowsFailsTheCheckNamingTheRuleAndRemovesTheEarlierReport() throws Exception {
        Files.writeString(model, "name: Shop\n");
        ClassLoader rules = onlyRule(repo.resolve("rules"), BrokenRule.class);

        assertThatThrownBy(() -> ThreatModelCheck.run(request(rules)))
                .isInstanceOf(RuleFailureException.class)
                .hasMessage("rule BROKEN1 (" + BrokenRule.class.getName() + ") failed with an internal error: "
                        + "java.lang.IllegalStateException: the rule tripped over its own feet")
                .satisfies(e -> assertThat(((RuleFailureException) e).ruleId()).isEqualTo("BROKEN1"));
        assertThat(sarif).doesNotExist();
    }

    @Test
    void aRuleThatOverflowsTheStackFailsTheCheckToo() throws Exception {
        Files.writeString(model, "name: Shop\n");
        ClassLoader rules = onlyRule(repo.resolve("rules"), RecursingRule.class);

        assertThatThrownBy(() -> ThreatModelCheck.run(request(rules)))
                .isInstanceOf(RuleFailureException.class)
                .hasMessageStartingWith("rule BROKEN2 (" + RecursingRule.class.getName() + ") failed with an internal"
                        + " error: java.lang.StackOverflowError");
        assertThat(sarif).doesNotExist();
    }

    @Test
    void aModelThatCannotBeReadLeavesNoReport() throws Exception {
        Files.write(model, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ClassLoader rules = onlyRule(repo.resolve("rules"), BrokenRule.class);

        assertThatThrownBy(() -> ThreatModelCheck.run(request(rules))).isInstanceOf(ModelLoadException.class);
        assertThat(sarif).doesNotExist();
    }

    @Test
    void aSuccessfulRunReplacesTheEarlierReport() throws Exception {
        Files.writeString(model, "name: Shop\n");
        ClassLoader rules = onlyRule(repo.resolve("rules"), QuietRule.class);

        CheckResult result = ThreatModelCheck.run(request(rules));

        assertThat(result.reports()).containsEntry(ReportFormat.SARIF, sarif);
        assertThat(Files.readString(sarif)).contains("\"version\"").doesNotContain("earlier run");
    }

    @Test
    void aReportThatCannotBeWrittenTakesBackTheReportsAlreadyWritten() throws Exception {
        Files.writeString(model, "name: Shop\n");
        ClassLoader rules = onlyRule(repo.resolve("rules"), ObstructingRule.class);
        Path markdown = out.resolve(ReportFormat.MARKDOWN.fileName());
        ObstructingRule.obstacle = markdown;
        CheckRequest request = CheckRequest.builder(model).topDirectory(repo)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365)).ruleClassLoader(rules)
                .formats(Set.of(ReportFormat.SARIF, ReportFormat.MARKDOWN)).outputDirectory(out).build();

        // SARIF is written first and succeeds; the Markdown report then cannot replace the directory in its way
        assertThatThrownBy(() -> ThreatModelCheck.run(request)).isInstanceOf(IOException.class)
                .hasMessageContaining(ReportFormat.MARKDOWN.fileName());
        assertThat(sarif).doesNotExist();
        assertThat(markdown).isDirectory();
    }

    /** A class loader whose only rule is the given class: the built-in catalogue on the class path is hidden. */
    private static ClassLoader onlyRule(Path dir, Class<? extends Rule> rule) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Rule.class.getName()), rule.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, FailClosedTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
            }
        };
    }

    /** Common parts of the test rules. */
    public abstract static class TestRule implements Rule {
        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public Level defaultLevel() {
            return Level.ERROR;
        }

        @Override
        public double securitySeverity() {
            return 5.0;
        }

        @Override
        public String description() {
            return "A rule for the fail-closed tests.";
        }

        @Override
        public String help() {
            return "None.";
        }

        @Override
        public Set<ModelPart> appliesTo() {
            return Set.of(ModelPart.MODEL);
        }
    }

    /** Throws on every model. */
    public static final class BrokenRule extends TestRule {
        @Override
        public String id() {
            return "BROKEN1";
        }

        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("the rule tripped over its own feet");
        }
    }

    /** Recurses without end. */
    public static final class RecursingRule extends TestRule {
        @Override
        public String id() {
            return "BROKEN2";
        }

        @Override
        public void check(RuleContext context) {
            check(context);
        }
    }

    /**
     * Finds nothing, but puts a non-empty directory where a report is to be written: the check runs the rules after
     * it removed the earlier reports and before it writes the new ones, so that report then cannot be written.
     */
    public static final class ObstructingRule extends TestRule {
        static Path obstacle;

        @Override
        public String id() {
            return "OBSTRUCT1";
        }

        @Override
        public void check(RuleContext context) {
            try {
                Files.createDirectories(obstacle);
                Files.writeString(obstacle.resolve("keep"), "in the way");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Finds nothing. */
    public static final class QuietRule extends TestRule {
        @Override
        public String id() {
            return "QUIET1";
        }

        @Override
        public void check(RuleContext context) {
            // nothing to report
        }
    }
}
