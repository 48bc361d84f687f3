package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.Threat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.List;

/** TM104: a mitigation provides the control that answers its threat's STRIDE category. */
public final class ControlAnswersCategory extends BuiltinRule {

    public ControlAnswersCategory() {
        super("TM104", "ControlAnswersCategory", Level.WARNING, 4.0,
                "A mitigation's control is the one that answers its threat's STRIDE category.",
                ModelPart.THREAT, ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                Each STRIDE category is answered by one security property: spoofing by authentication, tampering \
                by integrity, repudiation by non-repudiation, information disclosure by confidentiality, denial of \
                service by availability, elevation of privilege by authorization. A mitigation whose `control` is \
                another property may be a useful measure, but it does not stop the threat it is listed under.

                **How to fix:** set `control` to the property the mitigation really provides; if that is not the \
                one the threat needs, add a mitigation that is, or move this one to the threat it answers.

                **Compliant**
                ```yaml
                threats:
                  - id: T1
                    category: tampering
                    target: f1
                    status: mitigated
                    mitigations:
                      - name: TLS on every request
                        control: integrity
                        domain: cryptography
                        status: implemented
                ```

                **Non-compliant**
                ```yaml
                threats:
                  - id: T1
                    category: tampering
                    target: f1
                    status: mitigated
                    mitigations:
                      - name: Audit log of every request
                        control: non-repudiation   # does not stop tampering
                        domain: operations
                        status: implemented
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        if (Findings.formatGap(context, this, FormatGap.MITIGATION_DETAILS)) {
            return;
        }
        for (Threat t : context.model().threats()) {
            if (t.category() == null) {
                continue;
            }
            SecurityProperty wanted = t.category().control();
            List<Mitigation> ms = t.mitigations();
            for (int i = 0; i < ms.size(); i++) {
                Mitigation m = ms.get(i);
                if (m.control() != null && m.control() != wanted) {
                    context.report(t, "The " + Findings.mitigation(t, i, m) + " provides " + m.control().keyword()
                                    + ", but threat " + t.display() + " is " + t.category().keyword()
                                    + ", which " + wanted.keyword() + " answers.")
                            .at(m.origin().of("control"))
                            .related(t.origin().of("category"), "the threat's category")
                            .key(Findings.mitigationKey(i, m));
                }
            }
        }
    }
}
