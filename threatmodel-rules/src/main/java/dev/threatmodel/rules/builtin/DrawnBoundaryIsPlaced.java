package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;

/**
 * TM702: every trust boundary of an imported drawing has a position. Where boundaries are geometry only (Microsoft
 * Threat Modeling Tool), a boundary drawn without coordinates holds no element and crosses no flow as far as the check
 * can tell, which would pass flows that cross it unchecked; the importer notes it, and this rule reports it.
 */
public final class DrawnBoundaryIsPlaced extends BuiltinRule {

    public DrawnBoundaryIsPlaced() {
        super("TM702", "DrawnBoundaryIsPlaced", Level.ERROR, 7.0,
                "Every trust boundary of an imported drawing must have a position, or its crossings are unknown.",
                ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                In a Microsoft Threat Modeling Tool file a trust boundary is only a shape on the drawing: which \
                elements it holds, and which flows cross it, follows from its position and size (`Left`, `Top`, \
                `Width`, `Height` of a border boundary; the source, handle and target points of a line boundary). \
                A boundary written without them, as files edited by other tools sometimes are, holds nothing as \
                far as the check can tell, so a flow that crosses it would not be checked at all. The check \
                therefore refuses to guess and reports the boundary.

                **How to fix:** open the model in the Threat Modeling Tool, move or resize the boundary once so \
                that the tool writes its position, and save.

                **Compliant**
                ```xml
                <GenericTypeId>GE.TB.B</GenericTypeId> ... <Height>308</Height><Left>744</Left><Top>142</Top><Width>371</Width>
                ```

                **Non-compliant**
                ```xml
                <GenericTypeId>GE.TB.B</GenericTypeId> ... (no Left, Top, Width or Height)
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ImportNotes.report(context, ImportNote.UNPLACED_BOUNDARY);
    }
}
