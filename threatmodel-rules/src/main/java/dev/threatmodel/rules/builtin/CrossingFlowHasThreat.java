package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/** TM101: a flow that crosses a trust boundary has at least one threat aimed at it. */
public final class CrossingFlowHasThreat extends BuiltinRule {

    public CrossingFlowHasThreat() {
        super("TM101", "CrossingFlowHasThreat", Level.ERROR, 8.0,
                "Every data flow that crosses a trust boundary has at least one threat aimed at it.",
                ModelPart.DATA_FLOW, ModelPart.TRUST_ZONE, ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                Data that crosses a trust boundary is where attacks happen: the receiving side cannot take the \
                sender at its word. A crossing flow without a single threat means nobody has asked what could go \
                wrong on it.

                **How to fix:** add at least one threat whose `target` is the flow's id. Walk STRIDE for data flows \
                (tampering, information disclosure, denial of service) and write down the ones that matter.

                **Compliant**
                ```yaml
                flows:
                  - id: f1
                    number: 1
                    name: Login form
                    source: browser     # zone internet
                    target: login       # zone web-server
                threats:
                  - id: T1
                    name: Credentials read on the way
                    category: information-disclosure
                    target: f1
                    status: mitigated
                    mitigations:
                      - name: TLS 1.2 or later only
                        control: confidentiality
                        domain: cryptography
                        status: implemented
                ```

                **Non-compliant**
                ```yaml
                flows:
                  - id: f1
                    number: 1
                    name: Login form
                    source: browser     # zone internet
                    target: login       # zone web-server
                threats: []             # nothing aimed at f1
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (FlowCrossing c : context.boundaries().crossingFlows()) {
            if (context.model().threatsOn(c.flow().id()).isEmpty()) {
                Findings.boundaries(context.report(c.flow(), "The " + Findings.crossingFlow(context.model(), c)
                                + " has no threat aimed at it: add a threat whose target is " + c.flow().id() + ".")
                        .rank(Findings.rank(c.direction())), c);
            }
        }
    }
}
