package dev.threatmodel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Severity;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.testing.ModelFixture;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the example under {@code examples/custom-rule} against this module's classes and checks that the engine
 * discovers and runs its rule, so the example users copy from keeps working.
 */
class CustomRuleExampleTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "custom-rule");

    @Test
    void theExampleRuleIsDiscoveredThroughItsServicesFileAndReports(@TempDir Path out) throws IOException {
        Path source = EXAMPLE.resolve("src/main/java/com/example/threatmodel/ThreatHasSeverity.java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-d", out.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(status).as("the example compiles").isZero();
        Path services = out.resolve("META-INF/services/dev.threatmodel.rules.Rule");
        Files.createDirectories(services.getParent());
        Files.copy(EXAMPLE.resolve("src/main/resources/META-INF/services/dev.threatmodel.rules.Rule"), services);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                CustomRuleExampleTest.class.getClassLoader())) {
            List<Rule> rules = RuleEngine.discover(loader);
            Rule example = rules.stream().filter(r -> r.id().equals("ACME101")).findFirst().orElseThrow();
            assertThat(example.name()).isEqualTo("ThreatHasSeverity");

            ModelFixture m = new ModelFixture();
            Threat t = m.add(new Threat("T1", "Token guessed", StrideCategory.INFORMATION_DISCLOSURE, null, "f2",
                    null, null, ThreatStatus.OPEN, List.of(), null, List.of(), m.threatOrigin()));
            m.add(new Threat("T2", "Form flooded", StrideCategory.DENIAL_OF_SERVICE, null, "f2", null, Severity.LOW,
                    ThreatStatus.OPEN, List.of(), null, List.of(), m.threatOrigin()));
            List<Finding> findings = new RuleEngine(List.of(example), RuleConfig.DEFAULT)
                    .check(m.build(), ModelFixture.OPTIONS);
            assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                    .containsExactly(tuple("ACME101", Level.WARNING, "Threat T1 \"Token guessed\" has no severity: "
                            + "add severity: low, medium, high or critical.", t.origin().at()));
        }
        assertThat(new File(EXAMPLE.toFile(), "pom.xml")).exists();
    }
}
