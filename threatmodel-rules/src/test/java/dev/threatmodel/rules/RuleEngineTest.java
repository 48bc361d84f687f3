package dev.threatmodel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.builtin.AssetHasObjective;
import dev.threatmodel.rules.builtin.ModelReviewIsRecent;
import dev.threatmodel.testing.ModelFixture;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTest {

    private static final String SERVICES = "META-INF/services/dev.threatmodel.rules.Rule";

    @Test
    void discoverFindsARuleThatAJarRegistersThroughItsServicesFile(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("team-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SERVICES));
            try (var in = RuleEngineTest.class.getResourceAsStream("/custom-rule-jar/" + SERVICES)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        ClassLoader parent = RuleEngineTest.class.getClassLoader();
        assertThat(RuleEngine.discover(parent)).extracting(Rule::id).doesNotContain("ACME001").contains("TM101");

        try (URLClassLoader withJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            List<Rule> rules = RuleEngine.discover(withJar);
            assertThat(rules).extracting(Rule::id).contains("ACME001", "TM101", "TM601");
            assertThat(rules).extracting(Rule::id).isSorted();

            ModelFixture m = ModelFixture.compliant();
            List<Finding> findings = new RuleEngine(rules, RuleConfig.DEFAULT).check(m.build(), ModelFixture.OPTIONS);
            assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                    .containsExactly(tuple("ACME001", Level.WARNING, "The model's owner team is not a team.",
                            m.build().origin().of("owner")));
        }
    }

    @Test
    void aDisabledRuleDoesNotRun() {
        ModelFixture m = new ModelFixture().reviewed(null);
        RuleEngine engine = new RuleEngine(List.of(new ModelReviewIsRecent()),
                new RuleConfig(Set.of("TM601"), Map.of()));
        assertThat(engine.check(m.build(), ModelFixture.OPTIONS)).isEmpty();
        assertThat(engine.enabledRules()).isEmpty();
    }

    @Test
    void theConfigurationChangesARulesLevelButAFormatGapNoteStaysANote() {
        ModelFixture m = new ModelFixture().reviewed(null);
        RuleEngine engine = new RuleEngine(List.of(new ModelReviewIsRecent(), new AssetHasObjective()),
                new RuleConfig(Set.of(), Map.of("TM601", Level.ERROR, "TM201", Level.ERROR)));
        m.gap(FormatGap.ASSETS_AND_OBJECTIVES);
        assertThat(engine.check(m.build(), ModelFixture.OPTIONS)).extracting(Finding::ruleId, Finding::level)
                .containsExactly(tuple("TM601", Level.ERROR), tuple("TM201", Level.NOTE));
    }

    @Test
    void aSuppressionOnTheSubjectKeepsTheFindingMarkedWithItsReason() {
        ModelFixture m = new ModelFixture();
        Suppression s = new Suppression("TM201", "Kept for the audit trail only", m.origin("rule", "reason"));
        m.asset("keys");
        m.add(new Asset("old", "Old keys", null, DataClassification.INTERNAL, List.of(s), m.origin("name")));
        List<Finding> findings = new RuleEngine(List.of(new AssetHasObjective()), RuleConfig.DEFAULT)
                .check(m.build(), ModelFixture.OPTIONS);
        assertThat(findings).extracting(Finding::identity, Finding::suppression)
                .containsExactly(tuple("TM201/keys", null), tuple("TM201/old", s));
    }

    @Test
    void unknownRuleIdsInTheConfigurationAreRefused() {
        assertThatThrownBy(() -> new RuleEngine(List.of(new ModelReviewIsRecent()),
                new RuleConfig(Set.of("TM999"), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule id TM999; known rules: TM601");
    }
}
