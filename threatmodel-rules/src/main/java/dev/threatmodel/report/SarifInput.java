package dev.threatmodel.report;

import dev.threatmodel.baseline.BaselineEntry;
import dev.threatmodel.baseline.BaselineState;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the SARIF file says, and nothing of the check that produced it: the report reads this, never the check's
 * request or result, so that the reports do not depend on the check that writes them.
 *
 * @param toolVersion    the plugin's version, written as the driver's version
 * @param rules          every rule that ran, in order, with the level it is configured at
 * @param category       {@code automationDetails.id} without or with its closing {@code /}
 * @param findings       the findings, already sorted by {@link Finding#ORDER}
 * @param baselineStates with a baseline, the state of each finding (same order and size as {@code findings});
 *                       null without a baseline, and then no result carries a {@code baselineState}
 * @param fixed          with a baseline, its findings that are gone; empty without one
 * @param modelFile      the model file, where findings without a location and fixed findings point
 * @param repositoryRoot the directory every {@code uri} is relative to
 */
public record SarifInput(String toolVersion, List<ConfiguredRule> rules, String category, List<Finding> findings,
                         List<BaselineState> baselineStates, List<BaselineEntry> fixed, Path modelFile,
                         Path repositoryRoot) {

    /** A rule that ran, at the level this check configured it at. */
    public record ConfiguredRule(Rule rule, Level level) {
        public ConfiguredRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(level, "level");
        }
    }

    public SarifInput {
        Objects.requireNonNull(category, "category");
        rules = rules == null ? List.of() : List.copyOf(rules);
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (baselineStates != null) {
            baselineStates = List.copyOf(baselineStates);
            if (baselineStates.size() != findings.size()) {
                throw new IllegalArgumentException("a baseline state for each of " + findings.size()
                        + " findings, not " + baselineStates.size());
            }
        }
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
    }

    /** Whether the check compared its findings with a baseline. */
    public boolean hasBaseline() {
        return baselineStates != null;
    }
}
