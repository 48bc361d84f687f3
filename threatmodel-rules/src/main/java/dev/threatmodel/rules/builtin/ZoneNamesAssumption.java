package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM204: every trust zone names at least one assumption that makes its boundary hold. */
public final class ZoneNamesAssumption extends BuiltinRule {

    public ZoneNamesAssumption() {
        super("TM204", "ZoneNamesAssumption", Level.WARNING, 3.0,
                "Every trust zone names at least one assumption that makes its boundary hold.",
                ModelPart.TRUST_ZONE, ModelPart.ASSUMPTION);
    }

    @Override
    public String help() {
        return """
                A trust zone is only as real as the controls that enforce its boundary: a database segment is \
                more trusted only if it accepts connections from the application alone. Name the assumption so \
                that someone owns it and checks it.

                **How to fix:** add `assumptions:` to the zone with the ids of the assumptions its boundary \
                relies on.

                **Compliant**
                ```yaml
                zones:
                  - id: account-db
                    name: Account database segment
                    trustLevel: 90
                    assumptions: [internal-db]
                ```

                **Non-compliant**
                ```yaml
                zones:
                  - id: account-db
                    name: Account database segment
                    trustLevel: 90           # why is it trusted?
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSUMPTIONS)) {
            return;
        }
        for (TrustZone z : context.model().zones()) {
            if (z.assumptions().isEmpty()) {
                context.report(z, "Trust zone " + z.display() + " names no assumption: add assumptions: with the "
                        + "conditions that make its boundary hold.");
            }
        }
    }
}
