package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM405: every AI agent says what it may do. The rules about agents (TM403, TM404) act on terminal and file-system
 * access; an agent that records no access could have either, so leaving it out must not be a way around them.
 */
public final class AgentAccessIsRecorded extends BuiltinRule {

    public AgentAccessIsRecorded() {
        super("TM405", "AgentAccessIsRecorded", Level.ERROR, 7.0,
                "Every AI agent records its access: read-only, network, file-system or terminal.",
                ModelPart.AI_AGENT);
    }

    @Override
    public String help() {
        return """
                An agent with terminal or file-system access has more authority than one that only reads or \
                summarises, so the rules about untrusted input into agents (TM403) and about agents hosted by \
                others (TM404) depend on what the agent may do. An agent whose `access` is not recorded could do \
                anything: it is a finding, never a pass.

                **How to fix:** list what the agent may do: `access: [read-only]`, or the authority it really has \
                (`network`, `file-system`, `terminal`).

                **Compliant**
                ```yaml
                elements:
                  - id: summariser
                    name: Ticket summariser
                    type: agent
                    access: [read-only]
                    hosting: internal
                    zone: agent-sandbox
                ```

                **Non-compliant**
                ```yaml
                elements:
                  - id: summariser
                    name: Ticket summariser
                    type: agent
                    hosting: internal
                    zone: agent-sandbox
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (Element e : context.model().elements()) {
            if (e.type() == ElementType.AI_AGENT && e.access().isEmpty()) {
                context.report(e, "AI agent " + e.display() + " does not record its access, so it could have "
                                + "terminal or file-system access and the rules about agents cannot clear it: list"
                                + " what it may do (read-only, network, file-system or terminal).")
                        .rank(Findings.RANK_INTO_MORE_TRUSTED);
            }
        }
    }
}
