package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM203: every security objective names at least one assumption it depends on. */
public final class ObjectiveNamesAssumption extends BuiltinRule {

    public ObjectiveNamesAssumption() {
        super("TM203", "ObjectiveNamesAssumption", Level.WARNING, 3.0,
                "Every security objective names at least one assumption it depends on.",
                ModelPart.OBJECTIVE, ModelPart.ASSUMPTION);
    }

    @Override
    public String help() {
        return """
                No objective holds unconditionally: keeping credentials secret depends on, say, TLS being \
                enforced and passphrases being hashed. Writing those conditions down as assumptions lets someone \
                own and check them, and lets the check tell when a broken assumption voids a protection.

                **How to fix:** add `assumptions:` with the ids of the assumptions the objective relies on, and \
                record each of them under `assumptions` at the top of the model.

                **Compliant**
                ```yaml
                objectives:
                  - id: keep-credentials-secret
                    name: Credentials stay secret
                    asset: credentials
                    protects: [confidentiality]
                    assumptions: [tls-everywhere, hashes-only]
                ```

                **Non-compliant**
                ```yaml
                objectives:
                  - id: keep-credentials-secret
                    name: Credentials stay secret
                    asset: credentials
                    protects: [confidentiality]   # relies on nothing written down
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSUMPTIONS)) {
            return;
        }
        for (SecurityObjective o : context.model().objectives()) {
            if (o.assumptions().isEmpty()) {
                context.report(o, "Objective " + o.display() + " names no assumption: add assumptions: with the "
                        + "conditions it relies on.");
            }
        }
    }
}
