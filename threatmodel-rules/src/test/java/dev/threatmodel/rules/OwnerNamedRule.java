package dev.threatmodel.rules;

import java.util.Set;

/**
 * A team's own rule, as a jar outside this project would ship it: registered only through the services file under
 * {@code src/test/resources/custom-rule-jar}, which {@link RuleEngineTest} packs into a jar at test time.
 */
public final class OwnerNamedRule implements Rule {

    @Override
    public String id() {
        return "ACME001";
    }

    @Override
    public String name() {
        return "OwnerIsATeam";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public double securitySeverity() {
        return 1.0;
    }

    @Override
    public String description() {
        return "The model's owner is a team, not a person.";
    }

    @Override
    public String help() {
        return "Name a team (ending in -team) as owner.";
    }

    @Override
    public Set<ModelPart> appliesTo() {
        return Set.of(ModelPart.MODEL);
    }

    @Override
    public void check(RuleContext context) {
        String owner = context.model().owner();
        if (owner == null || !owner.endsWith("-team")) {
            context.reportModel("The model's owner " + owner + " is not a team.")
                    .at(context.model().origin().of("owner"));
        }
    }
}
