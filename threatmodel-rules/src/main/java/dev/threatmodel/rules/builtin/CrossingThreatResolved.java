package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM102: every threat on a boundary-crossing flow is resolved, as {@link ThreatResolution} decides: mitigated by an
 * implemented mitigation that no refuted assumption voids, or accepted (or transferred) with a justification, who
 * accepted it and an expiry date not yet passed, or not applicable with a justification. Where the model's format
 * cannot record mitigation or acceptance details, the threat's status is taken at its word and one note says so.
 */
public final class CrossingThreatResolved extends BuiltinRule {

    public CrossingThreatResolved() {
        super("TM102", "CrossingThreatResolved", Level.ERROR, 9.0,
                "Every threat on a boundary-crossing flow is mitigated by an implemented control or accepted "
                        + "with a justification, an owner and an unexpired date.",
                ModelPart.DATA_FLOW, ModelPart.THREAT, ModelPart.MITIGATION, ModelPart.ASSUMPTION);
    }

    @Override
    public String help() {
        return """
                An open threat on a flow that crosses a trust boundary is a known way in that nothing stops. The \
                build fails until each such threat is dealt with in one of these ways:

                * `status: mitigated` with at least one mitigation of `status: implemented`. A mitigation that \
                relies on a `refuted` assumption does not count.
                * `status: accepted` (or `transferred`) with an `acceptance` that gives a `justification`, \
                `acceptedBy` (who took the risk, or who took it over) and an `expires` date that has not passed.
                * `status: not-applicable` with an `acceptance` whose `justification` says why.

                **How to fix:** implement a mitigation and mark it `implemented`, or record the acceptance in full. \
                When an acceptance expired, review the risk and set a new date, or mitigate it.

                **Compliant**
                ```yaml
                threats:
                  - id: T3
                    name: Passphrase form flooded
                    category: denial-of-service
                    target: f3
                    status: accepted
                    acceptance:
                      justification: The form sits behind the CDN's own rate limit.
                      acceptedBy: Head of engineering
                      expires: 2027-06-30
                ```

                **Non-compliant**
                ```yaml
                threats:
                  - id: T3
                    name: Passphrase form flooded
                    category: denial-of-service
                    target: f3
                    status: mitigated
                    mitigations:
                      - name: Rate limit per address
                        control: availability
                        domain: network
                        status: planned     # not in place yet
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        Findings.formatGap(context, this, FormatGap.MITIGATION_DETAILS);
        Findings.formatGap(context, this, FormatGap.ACCEPTANCE_DETAILS);
        for (FlowCrossing c : context.boundaries().crossingFlows()) {
            for (Threat t : model.threatsOn(c.flow().id())) {
                ThreatResolution r = ThreatResolution.of(t, model, context.options().today());
                if (!r.resolved()) {
                    report(context, c, r);
                }
            }
        }
    }

    private static void report(RuleContext context, FlowCrossing c, ThreatResolution r) {
        Threat t = r.threat();
        String subject = "Threat " + t.display() + " on " + Findings.crossingFlow(context.model(), c);
        String message;
        SourceLocation where = t.origin().of("status");
        switch (r.verdict()) {
            case OPEN -> message = subject + " is open: mitigate it with an implemented control, or accept it "
                    + "with a justification, acceptedBy and an expiry date.";
            case NO_IMPLEMENTED_MITIGATION -> {
                message = subject + " is marked mitigated but has no implemented mitigation: implement one and "
                        + "set its status to implemented.";
                where = t.origin().has("mitigations") ? t.origin().of("mitigations") : where;
            }
            case MITIGATIONS_VOIDED -> message = subject + " is open again: every implemented mitigation relies "
                    + "on a refuted assumption (" + String.join(", ",
                    r.refuted().stream().map(Assumption::display).toList())
                    + "). Add a mitigation that does not rely on it, or fix and re-validate the assumption.";
            case ACCEPTANCE_INCOMPLETE -> {
                message = subject + " is " + t.status().keyword() + " without " + String.join(", ", r.missing())
                        + ": an acceptance needs a justification, acceptedBy and an expiry date.";
                where = t.acceptance() != null ? t.acceptance().origin().at() : where;
            }
            case ACCEPTANCE_EXPIRED -> {
                message = subject + " was accepted until " + t.acceptance().expires() + ", which has passed: "
                        + "review the risk and renew the acceptance, or mitigate the threat.";
                where = t.acceptance().origin().of("expires");
            }
            case JUSTIFICATION_MISSING -> message = subject + " is not-applicable without a justification: add "
                    + "an acceptance whose justification says why the threat does not apply.";
            default -> throw new IllegalStateException("unexpected verdict " + r.verdict());
        }
        RuleContext.FindingBuilder f = context.report(t, message).at(where).rank(Findings.rank(c.direction()));
        for (Assumption a : r.refuted()) {
            f.related(a.origin().of("status"), "assumption " + a.display() + " was refuted");
        }
        Findings.boundaries(f, c);
    }
}
