package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.RuleContext;
import java.util.Optional;

/** Turns an importer's notes of one topic into findings, each on the part it names and at the place it gives. */
final class ImportNotes {

    private ImportNotes() {
    }

    static void report(RuleContext context, String topic) {
        ThreatModel model = context.model();
        for (ImportNote note : model.importNotes()) {
            if (!topic.equals(note.topic())) {
                continue;
            }
            Optional<ModelItem> subject = note.subject() == null ? Optional.empty() : item(model, note.subject());
            RuleContext.FindingBuilder finding = subject.isPresent()
                    ? context.report(subject.get(), note.message())
                    : context.reportModel(note.message()).key(note.subject());
            finding.at(note.at());
        }
    }

    private static Optional<ModelItem> item(ThreatModel model, String id) {
        return model.flow(id).map(ModelItem.class::cast)
                .or(() -> model.zone(id).map(ModelItem.class::cast))
                .or(() -> model.element(id).map(ModelItem.class::cast))
                .or(() -> model.threat(id).map(ModelItem.class::cast))
                .or(() -> model.assumption(id).map(ModelItem.class::cast));
    }
}
