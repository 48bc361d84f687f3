package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM707: every assumption and mitigation of an imported file must be linked to a threat or mitigation. The importer (AWS Threat Composer) decides and notes each case; this rule
 * reports the notes of topic {@link ImportNote#UNLINKED_ITEM}.
 */
public final class ImportedItemIsLinked extends BuiltinRule {

    public ImportedItemIsLinked() {
        super("TM707", "ImportedItemIsLinked", Level.WARNING, 3.0,
                "Every assumption and mitigation of an imported file must be linked to a threat or mitigation.",
                ModelPart.ASSUMPTION, ModelPart.MITIGATION);
    }

    @Override
    public String help() {
        return """
                An assumption that no threat or mitigation is linked to says nothing about what it protects, and a \
                refuted one voids nothing; a mitigation linked to no threat answers nothing. Both usually mean a \
                link was forgotten or its threat deleted.

                **How to fix:** link the assumption or mitigation to the threats (or mitigations) it concerns, or \
                delete it.

                **Compliant**
                ```json
                { "assumptions": [ { "id": "a-1" } ], "assumptionLinks": [ { "type": "Threat", "assumptionId": "a-1", "linkedId": "t-1" } ] }
                ```

                **Non-compliant**
                ```json
                { "assumptions": [ { "id": "a-1" } ], "assumptionLinks": [] }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.UNLINKED_ITEM);
    }
}
