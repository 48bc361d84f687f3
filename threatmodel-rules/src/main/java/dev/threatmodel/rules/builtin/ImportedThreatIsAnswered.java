package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM705: an open threat in a model without a diagram must have a resolved mitigation linked to it. The importer (AWS Threat Composer) decides and notes each case; this rule
 * reports the notes of topic {@link ImportNote#UNANSWERED_THREAT}.
 */
public final class ImportedThreatIsAnswered extends BuiltinRule {

    public ImportedThreatIsAnswered() {
        super("TM705", "ImportedThreatIsAnswered", Level.ERROR, 7.0,
                "An open threat in a model without a diagram must have a resolved mitigation linked to it.",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                A Threat Composer file has no data-flow diagram, so the crossing-flow rules (TM101, TM102) have \
                nothing to go on. What the file does say is checked instead: every threat that is not resolved or \
                dismissed needs at least one linked mitigation marked `mitigationResolved`. A threat with no \
                mitigation, or only ones identified, in progress or marked will-not-action, is an unanswered threat.

                **How to fix:** link a mitigation to the threat and resolve it once it is built, or mark the threat \
                `threatResolvedNotUseful` when it does not apply.

                **Compliant**
                ```json
                { "threats": [ { "id": "t-1" } ], "mitigations": [ { "id": "m-1", "status": "mitigationResolved" } ], "mitigationLinks": [ { "mitigationId": "m-1", "linkedId": "t-1" } ] }
                ```

                **Non-compliant**
                ```json
                { "threats": [ { "id": "t-1" } ], "mitigations": [ { "id": "m-1", "status": "mitigationIdentified" } ], "mitigationLinks": [ { "mitigationId": "m-1", "linkedId": "t-1" } ] }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.UNANSWERED_THREAT);
    }
}
