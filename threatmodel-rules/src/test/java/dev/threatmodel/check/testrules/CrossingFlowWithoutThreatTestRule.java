package dev.threatmodel.check.testrules;

import dev.threatmodel.analysis.CrossingDirection;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.util.Set;

/** Test rule: a flow that crosses a boundary must have a threat. Registered only in the test-rules directory. */
public final class CrossingFlowWithoutThreatTestRule implements Rule {

    @Override
    public String id() {
        return "TEST1";
    }

    @Override
    public String name() {
        return "TestCrossingFlowHasThreat";
    }

    @Override
    public Level defaultLevel() {
        return Level.ERROR;
    }

    @Override
    public double securitySeverity() {
        return 8.0;
    }

    @Override
    public String description() {
        return "A flow that crosses a trust boundary has at least one threat.";
    }

    @Override
    public String help() {
        return "Flows across boundaries are where attacks enter.\n\n## Fix\n\nAdd a threat aimed at the flow.";
    }

    @Override
    public Set<ModelPart> appliesTo() {
        return Set.of(ModelPart.DATA_FLOW);
    }

    @Override
    public void check(RuleContext context) {
        for (FlowCrossing c : context.boundaries().crossingFlows()) {
            if (!context.model().threatsOn(c.flow().id()).isEmpty()) {
                continue;
            }
            var finding = context.report(c.flow(), "flow " + c.flow().display() + " crosses "
                            + c.boundaries().size() + " trust boundar" + (c.boundaries().size() == 1 ? "y" : "ies")
                            + " " + c.direction().words() + " and has no threat")
                    .rank(c.direction() == CrossingDirection.INTO_MORE_TRUSTED ? 90 : 60);
            for (TrustZone z : c.boundaries()) {
                finding.related(z.origin().at(), "boundary of zone " + z.display());
            }
        }
    }
}
