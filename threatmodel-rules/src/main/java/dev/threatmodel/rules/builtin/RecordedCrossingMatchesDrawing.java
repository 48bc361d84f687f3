package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.RuleContext;
import java.util.Optional;

/**
 * TM701: where a Threat Dragon file records which trust boundaries a flow crosses, the record must agree with the
 * drawing. The importer computes crossings from the drawing and notes each disagreement; this rule reports them.
 */
public final class RecordedCrossingMatchesDrawing extends BuiltinRule {

    public RecordedCrossingMatchesDrawing() {
        super("TM701", "RecordedCrossingMatchesDrawing", Level.WARNING, 5.0,
                "Boundary crossings that an imported file records must match the crossings its drawing shows.",
                ModelPart.DATA_FLOW, ModelPart.TRUST_ZONE);
    }

    @Override
    public String help() {
        return """
                Threat Dragon 2.6 and later store, next to the drawing, which trust boundaries each flow crosses \
                (`trustBoundaryIds` on a flow, `crossingFlows` on a boundary). Older files lack these lists, and \
                the lists go stale when a diagram is edited by hand or by another tool. The check therefore works \
                out the crossings from the drawing itself: a boundary box holds the elements drawn inside it, and a \
                flow crosses a boundary curve when the flow's drawn path meets the curve. When the stored list and \
                the drawing disagree, the check goes by the drawing and reports the difference here, because a \
                wrong list can hide a crossing flow that needs threats.

                **How to fix:** open the model in Threat Dragon, look at the flow or boundary named in the \
                finding, and either move the shapes so the drawing shows what you mean, or save the model again so \
                that Threat Dragon rewrites the lists from the drawing.

                In both examples the flow's drawn path passes through the boundary curve `b1`.

                **Compliant**
                ```json
                { "shape": "flow", "id": "f1", "data": { "name": "Login", "trustBoundaryIds": ["b1"] } }
                ```

                **Non-compliant**
                ```json
                { "shape": "flow", "id": "f1", "data": { "name": "Login", "trustBoundaryIds": [] } }
                ```
                """;
    }

    @Override
    public void check(RuleContext context) {
        ThreatModel model = context.model();
        for (ImportNote note : model.importNotes()) {
            if (!ImportNote.RECORDED_CROSSING.equals(note.topic())) {
                continue;
            }
            Optional<ModelItem> subject = note.subject() == null ? Optional.empty()
                    : model.flow(note.subject()).map(ModelItem.class::cast)
                            .or(() -> model.zone(note.subject()).map(ModelItem.class::cast));
            RuleContext.FindingBuilder finding = subject.isPresent()
                    ? context.report(subject.get(), note.message())
                    : context.reportModel(note.message()).key(note.subject());
            finding.at(note.at());
        }
    }
}
