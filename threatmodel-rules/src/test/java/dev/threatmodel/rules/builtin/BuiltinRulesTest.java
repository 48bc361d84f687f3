package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.testing.ModelFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Facts every built-in rule must meet, checked on the rules as ServiceLoader finds them. */
class BuiltinRulesTest {

    private static final Pattern ID = Pattern.compile("TM[1-7]\\d\\d");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]+");

    private static List<Rule> builtin() {
        return RuleEngine.discover(BuiltinRulesTest.class.getClassLoader()).stream()
                .filter(r -> r.getClass().getPackageName().equals("dev.threatmodel.rules.builtin"))
                .toList();
    }

    @Test
    void everyBuiltinRuleClassIsRegistered() {
        assertThat(builtin()).extracting(Rule::id).containsExactly(
                "TM101", "TM102", "TM103", "TM104", "TM105", "TM106", "TM107", "TM108",
                "TM201", "TM202", "TM203", "TM204", "TM205", "TM206", "TM207",
                "TM301", "TM302", "TM303", "TM304", "TM305", "TM306", "TM307", "TM308",
                "TM309", "TM310",
                "TM401", "TM402", "TM403", "TM404", "TM405", "TM406", "TM407", "TM408",
                "TM501",
                "TM601", "TM602", "TM603", "TM604", "TM605", "TM606", "TM701", "TM702", "TM703", "TM704", "TM705",
                "TM706", "TM707",
                "TM708");
    }

    @Test
    void idsAndNamesAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule r : builtin()) {
            assertThat(r.id()).as("id of %s", r.getClass()).matches(ID);
            assertThat(r.name()).as("name of %s", r.id()).matches(NAME);
            assertThat(ids.add(r.id())).as("id %s is unique", r.id()).isTrue();
            assertThat(names.add(r.name())).as("name %s is unique", r.name()).isTrue();
        }
    }

    @Test
    void descriptionsHelpAndSeverityAreComplete() {
        for (Rule r : builtin()) {
            assertThat(r.description()).as("description of %s", r.id()).isNotBlank().endsWith(".")
                    .doesNotContain("\n");
            assertThat(r.help()).as("help of %s", r.id()).isNotBlank()
                    .contains("**How to fix:**")
                    .containsPattern("\\*\\*Compliant\\*\\*\n```(yaml|json|xml)\n")
                    .containsPattern("\\*\\*Non-compliant\\*\\*\n```(yaml|json|xml)\n");
            assertThat(r.help().indexOf("**Compliant**")).as("compliant example of %s comes first", r.id())
                    .isLessThan(r.help().indexOf("**Non-compliant**"));
            assertThat(r.securitySeverity()).as("severity of %s", r.id()).isBetween(0.0, 10.0);
            assertThat(r.appliesTo()).as("model parts of %s", r.id()).isNotEmpty();
            assertThat(r.defaultLevel()).as("level of %s", r.id()).isNotNull();
        }
    }

    @Test
    void theCompliantFixturePassesEveryRule() {
        assertThat(ModelFixture.compliant().checkAll()).isEmpty();
    }

    @Test
    void aBrokenModelGivesTheSameFindingsInTheSameOrderEveryTime() {
        List<Finding> first = ModelFixture.compliant().checkAll();
        ModelFixture broken = ModelFixture.compliant();
        broken.entity("stray", null);
        broken.process("sink", "app");
        broken.flow("f4", 3, "user", "sink");
        List<Finding> once = broken.checkAll();
        List<Finding> again = broken.checkAll();
        assertThat(first).isEmpty();
        assertThat(once).isNotEmpty().isEqualTo(again);
        assertThat(once).isSortedAccordingTo(Finding.ORDER);
    }
}
