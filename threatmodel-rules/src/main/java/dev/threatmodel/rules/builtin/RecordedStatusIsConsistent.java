package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM704: a threat an imported file marks resolved must have a resolved mitigation and rest on no refuted assumption. The importer (AWS Threat Composer) decides and notes each case; this rule
 * reports the notes of topic {@link ImportNote#INCONSISTENT_RECORD}.
 */
public final class RecordedStatusIsConsistent extends BuiltinRule {

    public RecordedStatusIsConsistent() {
        super("TM704", "RecordedStatusIsConsistent", Level.ERROR, 7.0,
                "A threat an imported file marks resolved must have a resolved mitigation and rest on no refuted assumption.",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                Threat Composer lets a threat be marked `threatResolved` whatever its mitigations say. A threat marked \
                resolved whose linked mitigations are all still identified, in progress or not to be actioned (or \
                that has none) is not resolved; neither is a resolved threat that rests on an assumption marked \
                `valid: false`. The check believes the mitigations and the assumptions, not the threat's own status.

                **How to fix:** resolve a mitigation of the threat (set it to `mitigationResolved` once it is in \
                place), or set the threat back to `threatIdentified`; revisit threats whose assumptions were refuted.

                **Compliant**
                ```json
                { "threats": [ { "id": "t-1", "status": "threatResolved" } ], "mitigations": [ { "id": "m-1", "status": "mitigationResolved" } ], "mitigationLinks": [ { "mitigationId": "m-1", "linkedId": "t-1" } ] }
                ```

                **Non-compliant**
                ```json
                { "threats": [ { "id": "t-1", "status": "threatResolved" } ], "mitigations": [ { "id": "m-1", "status": "mitigationInProgress" } ], "mitigationLinks": [ { "mitigationId": "m-1", "linkedId": "t-1" } ] }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.INCONSISTENT_RECORD);
    }
}
