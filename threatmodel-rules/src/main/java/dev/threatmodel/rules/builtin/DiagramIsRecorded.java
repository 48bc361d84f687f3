package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM708: the model has a data-flow diagram. A format without one (AWS Threat Composer) leaves every rule about
 * elements, flows, zones and crossings with nothing to check; instead of passing them silently, this rule says so
 * once per model.
 */
public final class DiagramIsRecorded extends BuiltinRule {

    public DiagramIsRecorded() {
        super("TM708", "DiagramIsRecorded", Level.NOTE, 5.0,
                "A model must have a data-flow diagram for the boundary-crossing rules to check anything.",
                ModelPart.MODEL);
    }

    @Override
    public String help() {
        return """
                The rules about trust boundaries (TM1xx), the diagram (TM3xx) and agents (TM4xx) work on the \
                data-flow diagram: elements, flows and the trust zones they sit in. AWS Threat Composer keeps its \
                architecture and data flow as an image and some text, which no check can read. Rather than let \
                those rules pass because there is nothing to look at, the check says once per model that the \
                diagram is missing.

                **How to fix:** convert the model to the native format with `threatmodel:convert` and add zones, \
                elements and flows there, aiming each threat at its element or flow.

                **Compliant**
                ```yaml
                elements:
                  - id: api
                    name: API
                    type: process
                    zone: internal
                ```

                **Non-compliant**
                ```json
                { "schema": 1, "dataflow": { "image": "data:image/png;base64,...", "description": "..." } }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        Findings.formatGap(context, this, FormatGap.DIAGRAM);
    }
}
