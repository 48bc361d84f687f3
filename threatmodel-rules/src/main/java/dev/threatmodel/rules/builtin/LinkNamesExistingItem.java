package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM703: every link in an imported file must name an item that the file has. The importers (AWS Threat Composer, the
 * Microsoft Threat Modeling Tool) decide and note each case; this rule
 * reports the notes of topic {@link ImportNote#DANGLING_REFERENCE}.
 */
public final class LinkNamesExistingItem extends BuiltinRule {

    public LinkNamesExistingItem() {
        super("TM703", "LinkNamesExistingItem", Level.ERROR, 6.0,
                "Every link in an imported file must name an assumption, mitigation, threat or flow that the file has.",
                ModelPart.THREAT, ModelPart.ASSUMPTION);
    }

    @Override
    public String help() {
        return """
                A Threat Composer file ties its parts together only through ids: `mitigationLinks` say which mitigation \
                answers which threat, `assumptionLinks` which threat or mitigation rests on which assumption. A link \
                whose id names nothing (left behind when an item was deleted, or mistyped when the file was edited \
                by hand) answers nothing, so a threat may look mitigated in the tool's views while the file says \
                otherwise. Likewise a Microsoft Threat Modeling Tool threat names its flow by `FlowGuid`; one whose \
                flow is gone answers for nothing drawn. The check reports every such link.

                **How to fix:** delete the link, or correct the id to the item it was meant to name.

                **Compliant**
                ```json
                { "mitigationLinks": [ { "mitigationId": "m-1", "linkedId": "t-1" } ], "mitigations": [ { "id": "m-1" } ] }
                ```

                **Non-compliant**
                ```json
                { "mitigationLinks": [ { "mitigationId": "m-9", "linkedId": "t-1" } ], "mitigations": [ { "id": "m-1" } ] }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.DANGLING_REFERENCE);
    }
}
