package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM108: every threat of high or critical severity is resolved, wherever it is aimed. TM102 covers threats on
 * boundary-crossing flows at level error; this rule covers the rest at level warning. A threat without a severity
 * counts as high, since nobody has said it is less; an expired acceptance is left to TM107.
 */
public final class SevereThreatResolved extends BuiltinRule {

    public SevereThreatResolved() {
        super("TM108", "SevereThreatResolved", Level.WARNING, 6.0,
                "Every threat of high or critical severity (or of no stated severity) is mitigated or accepted, "
                        + "wherever it is aimed.",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                TM102 fails the build for open threats on flows that cross a trust boundary. A severe threat \
                elsewhere, such as elevation of privilege on a process or tampering with a data store, is just \
                as real: an open one is reported here as a warning, so it shows in every build until it is \
                dealt with. A threat without `severity` counts as high.

                **How to fix:** mitigate the threat with an implemented control, accept it with a \
                justification, acceptedBy and an expiry date, or, if it really is minor, set its `severity`.

                **Compliant**
                ```yaml
                threats:
                  - id: T9
                    name: Report job runs as root
                    category: elevation-of-privilege
                    target: report-job
                    severity: critical
                    status: mitigated
                    mitigations:
                      - name: Runs as an unprivileged user in a read-only container
                        control: authorization
                        domain: operations
                        status: implemented
                ```

                **Non-compliant**
                ```yaml
                threats:
                  - id: T9
                    name: Report job runs as root
                    category: elevation-of-privilege
                    target: report-job
                    severity: critical
                    status: open
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (Threat t : model.threats()) {
            if (t.severity() == Severity.LOW || t.severity() == Severity.MEDIUM || onCrossingFlow(context, t)) {
                continue;
            }
            ThreatResolution r = ThreatResolution.of(t, model, context.options().today());
            if (r.resolved() || r.verdict() == ThreatResolution.Verdict.ACCEPTANCE_EXPIRED) {
                continue;
            }
            String severity = t.severity() == null ? "no stated severity (counted as high)"
                    : t.severity().keyword() + " severity";
            context.report(t, "Threat " + t.display() + " of " + severity + " is not resolved ("
                            + state(r) + "): mitigate it with an implemented control, or accept it with a "
                            + "justification, acceptedBy and an expiry date.")
                    .at(t.origin().of("status"));
        }
    }

    private static boolean onCrossingFlow(RuleContext context, Threat t) {
        return t.target() != null && context.boundaries().of(t.target()).filter(c -> c.crosses()).isPresent();
    }

    private static String state(ThreatResolution r) {
        return switch (r.verdict()) {
            case OPEN -> "it is open";
            case NO_IMPLEMENTED_MITIGATION -> "no mitigation is implemented";
            case MITIGATIONS_VOIDED -> "its mitigations rely on a refuted assumption";
            case ACCEPTANCE_INCOMPLETE -> "the acceptance lacks " + String.join(", ", r.missing());
            case JUSTIFICATION_MISSING -> "not-applicable without a justification";
            default -> r.verdict().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
