package dev.threatmodel.check.testrules;

import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.util.Set;

/** Test rule that never finds anything: the SARIF must still list it. */
public final class UnusedTestRule implements Rule {

    @Override
    public String id() {
        return "TEST3";
    }

    @Override
    public String name() {
        return "TestNeverFires";
    }

    @Override
    public Level defaultLevel() {
        return Level.NOTE;
    }

    @Override
    public double securitySeverity() {
        return 0.5;
    }

    @Override
    public String description() {
        return "Never reports anything.";
    }

    @Override
    public String help() {
        return "Nothing to do.";
    }

    @Override
    public Set<ModelPart> appliesTo() {
        return Set.of(ModelPart.MODEL);
    }

    @Override
    public void check(RuleContext context) {
        // finds nothing on purpose
    }
}
