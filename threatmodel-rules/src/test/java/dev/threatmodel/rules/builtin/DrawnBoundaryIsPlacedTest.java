package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawnBoundaryIsPlacedTest {

    private static final RuleOptions OPTIONS = new RuleOptions(LocalDate.of(2026, 11, 23), 365);

    private static List<Finding> check(String sample) throws Exception {
        ThreatModel model = new ModelLoader().load(Path.of("src/test/resources/samples/tmt/" + sample));
        return new RuleEngine(List.of(new DrawnBoundaryIsPlaced()), RuleConfig.DEFAULT).check(model, OPTIONS);
    }

    @Test
    void aBoxWithoutPositionIsAnErrorAtItsShape() throws Exception {
        List<Finding> findings = check("missing_coordinates.tm7");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM702");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).contains("\"Internet\" has no position");
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.location().column()).isEqualTo(1410);
        });
    }

    @Test
    void placedBoundariesGiveNothing() throws Exception {
        assertThat(check("MTMT_example.tm7")).isEmpty();
    }
}
