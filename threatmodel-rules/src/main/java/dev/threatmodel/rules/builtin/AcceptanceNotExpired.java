package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM107: no risk acceptance has expired, wherever its threat is aimed. TM102 reports expired acceptances of threats
 * on boundary-crossing flows; this rule reports every other one (threats on elements, on flows inside a zone, and
 * not-applicable decisions with a date that passed), so that a lapsed decision never goes unseen.
 */
public final class AcceptanceNotExpired extends BuiltinRule {

    public AcceptanceNotExpired() {
        super("TM107", "AcceptanceNotExpired", Level.ERROR, 7.0,
                "No accepted, transferred or not-applicable threat has an acceptance whose expiry date has passed.",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                An acceptance's `expires` date is the day the team promised to look at the risk again. Once it \
                has passed, the risk is no longer accepted by anyone: it is open. TM102 fails the build for \
                threats on boundary-crossing flows; this rule does the same for every other threat, such as one \
                on a data store or a process, where an expired acceptance would otherwise be invisible.

                **How to fix:** review the risk; renew the acceptance with a new `expires` date and the name of \
                whoever accepts it now, or mitigate the threat.

                **Compliant**
                ```yaml
                threats:
                  - id: T7
                    name: Backups readable by the hosting provider
                    category: information-disclosure
                    target: backup-store
                    status: accepted
                    acceptance:
                      justification: Contract forbids access; encryption planned for Q3.
                      acceptedBy: Head of engineering
                      expires: 2027-06-30
                ```

                **Non-compliant**
                ```yaml
                    acceptance:
                      justification: Contract forbids access; encryption planned for Q3.
                      acceptedBy: Head of engineering
                      expires: 2025-06-30     # passed
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Threat t : model.threats()) {
            Acceptance a = t.acceptance();
            if (a == null || a.expires() == null || !a.expires().isBefore(context.options().today())
                    || t.status() == null || t.status() == ThreatStatus.OPEN || t.status() == ThreatStatus.MITIGATED
                    || reportedByTm102(context, t)) {
                continue;
            }
            context.report(t, "Threat " + t.display() + " was " + t.status().keyword() + " until " + a.expires()
                            + ", which has passed, so the risk is open again: review it and renew the acceptance "
                            + "with a new expiry date, or mitigate the threat.")
                    .at(a.origin().of("expires"));
        }
    }

    /** Whether TM102 already reports this expiry: an accepted or transferred threat on a crossing flow. */
    private static boolean reportedByTm102(RuleContext context, Threat t) {
        return t.target() != null && context.boundaries().of(t.target()).filter(c -> c.crosses()).isPresent()
                && ThreatResolution.of(t, context.model(), context.options().today()).verdict()
                == ThreatResolution.Verdict.ACCEPTANCE_EXPIRED;
    }
}
