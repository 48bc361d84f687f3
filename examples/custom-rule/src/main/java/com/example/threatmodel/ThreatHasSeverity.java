package com.example.threatmodel;

import dev.threatmodel.model.Threat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.util.Set;

/** A team rule: every threat states how severe it is, so that triage can order the work. */
public final class ThreatHasSeverity implements Rule {

    @Override
    public String id() {
        return "ACME101";
    }

    @Override
    public String name() {
        return "ThreatHasSeverity";
    }

    @Override
    public Level defaultLevel() {
        return Level.WARNING;
    }

    @Override
    public double securitySeverity() {
        return 2.0;
    }

    @Override
    public String description() {
        return "Every threat states its severity.";
    }

    @Override
    public String help() {
        return """
                Our triage orders threats by severity; a threat without one is never picked up.

                **How to fix:** add `severity:` (low, medium, high or critical) to the threat.

                **Compliant**
                ```yaml
                threats:
                  - id: T1
                    name: Token guessed
                    category: information-disclosure
                    target: f2
                    severity: high
                ```

                **Non-compliant**
                ```yaml
                threats:
                  - id: T1
                    name: Token guessed
                    category: information-disclosure
                    target: f2
                ```
                """;
    }

    @Override
    public Set<ModelPart> appliesTo() {
        return Set.of(ModelPart.THREAT);
    }

    @Override
    public void check(RuleContext context) {
        for (Threat t : context.model().threats()) {
            if (t.severity() == null) {
                context.report(t, "Threat " + t.display() + " has no severity: add severity: low, medium, high or "
                        + "critical.");
            }
        }
    }
}
