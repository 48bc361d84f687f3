package dev.threatmodel.rules.builtin;

import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs one rule on a model file of another tool, for the tests of the TM7xx rules. */
final class ImportedRuleTests {

    static final String EVERY_CHECK = "src/test/resources/fixtures/threat-composer/every-check.tc.json";
    static final String CLEAN = "src/test/resources/samples/threat-composer/ThreatModelingForBuilders-Exercise1.tc.json";

    private ImportedRuleTests() {
    }

    static List<Finding> check(Rule rule, String file) throws Exception {
        ThreatModel model = new ModelLoader().load(Path.of(file));
        return new RuleEngine(List.of(rule), RuleConfig.DEFAULT)
                .check(model, new RuleOptions(LocalDate.of(2026, 11, 29), 365));
    }

    /** "line:column LEVEL message" of each finding. */
    static List<String> shown(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line() + ":" + f.location().column() + " " + f.level() + " "
                + f.message()).toList();
    }
}
