package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command checks both examples: the blog passes, and open-threat shows exactly one finding, the
 * open threat on its boundary-crossing flow, so that a new user sees what a finding looks like.
 */
class ExampleModelsTest {

    private static List<Finding> shown(String example) throws Exception {
        Path model = Path.of("../examples", example, "threatmodel.yaml");
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(model)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 29), 365)).build());
        return result.findings().stream().filter(f -> !f.isSuppressed()).toList();
    }

    @Test
    void theBlogExampleHasNoFinding() throws Exception {
        assertThat(shown("blog")).isEmpty();
    }

    @Test
    void theOpenThreatExampleHasOneFindingTheOpenThreatOnItsCrossingFlow() throws Exception {
        assertThat(shown("open-threat")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM102");
            assertThat(f.level().name()).isEqualTo("ERROR");
            assertThat(f.message()).contains("T1");
            assertThat(f.location().line()).as("the line of status: open").isEqualTo(100);
        });
    }
}
