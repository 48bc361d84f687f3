package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** TM205: every assumption has a type, an owner and a status. */
public final class AssumptionIsRecorded extends BuiltinRule {

    public AssumptionIsRecorded() {
        super("TM205", "AssumptionIsRecorded", Level.WARNING, 3.0,
                "Every assumption states its type, who owns checking it, and whether it was checked.",
                ModelPart.ASSUMPTION);
    }

    @Override
    public String help() {
        return """
                An assumption nobody owns is never checked, and one without a status cannot be told apart from \
                one that was refuted. The type (infrastructure, trust-boundary, identity-and-permissions, \
                data-classification, automation) tells who is able to check it.

                **How to fix:** give the assumption a `type`, an `owner` (a team or person) and a `status` \
                (unvalidated, validated or refuted).

                **Compliant**
                ```yaml
                assumptions:
                  - id: internal-db
                    text: The database accepts connections only from the web server's segment.
                    type: infrastructure
                    owner: platform-team
                    status: validated
                ```

                **Non-compliant**
                ```yaml
                assumptions:
                  - id: internal-db
                    text: The database accepts connections only from the web server's segment.
                    type: infrastructure      # no owner, no status
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.ASSUMPTIONS)) {
            return;
        }
        for (Assumption a : context.model().assumptions()) {
            List<String> missing = new ArrayList<>();
            if (a.type() == null) {
                missing.add("type");
            }
            if (Findings.blank(a.owner())) {
                missing.add("owner");
            }
            if (a.status() == null) {
                missing.add("status");
            }
            if (!missing.isEmpty()) {
                context.report(a, "Assumption " + a.display() + " has no " + String.join(", no ", missing)
                        + ": record its type, owner and status.");
            }
        }
    }
}
