package dev.threatmodel.check.testrules;

import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.util.Set;

/** Test rule: the model names an owner. A warning by default. */
public final class OwnerNamedTestRule implements Rule {

    @Override
    public String id() {
        return "TEST2";
    }

    @Override
    public String name() {
        return "TestModelHasOwner";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public double securitySeverity() {
        return 3.0;
    }

    @Override
    public String description() {
        return "The model names the team that keeps it.";
    }

    @Override
    public String help() {
        return "Set `owner:` at the top of the model.";
    }

    @Override
    public Set<ModelPart> appliesTo() {
        return Set.of(ModelPart.MODEL);
    }

    @Override
    public void check(RuleContext context) {
        if (context.model().owner() == null || context.model().owner().isBlank()) {
            context.reportModel("the model names no owner");
        }
    }
}
