package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM706: every threat of an imported file must name its STRIDE category and its priority. The importer (AWS Threat Composer) decides and notes each case; this rule
 * reports the notes of topic {@link ImportNote#UNCLASSIFIED_THREAT}.
 */
public final class ImportedThreatIsClassified extends BuiltinRule {

    public ImportedThreatIsClassified() {
        super("TM706", "ImportedThreatIsClassified", Level.WARNING, 4.0,
                "Every threat of an imported file must name its STRIDE category and its priority.",
                ModelPart.THREAT);
    }

    @Override
    public String help() {
        return """
                Threat Composer keeps a threat's STRIDE letters and its priority in the threat's `metadata`, and both \
                are optional. Without a STRIDE category the checks cannot tell whether the threat fits what it is \
                aimed at or which controls answer it; without a priority nobody can weigh it. Each such threat is \
                reported.

                **How to fix:** in Threat Composer, pick the threat's STRIDE categories and its priority.

                **Compliant**
                ```json
                { "threats": [ { "id": "t-1", "metadata": [ { "key": "STRIDE", "value": ["T"] }, { "key": "Priority", "value": "High" } ] } ] }
                ```

                **Non-compliant**
                ```json
                { "threats": [ { "id": "t-1", "metadata": [] } ] }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.UNCLASSIFIED_THREAT);
    }
}
