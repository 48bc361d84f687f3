package dev.threatmodel.rules.builtin;

import dev.threatmodel.model.CodePattern;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a model that link code: elements and flows through {@code code}, mitigations through a
 * {@code reference} that names a repository file. Each with the review date that applies to it (its own, else the
 * model's) and where each link is written.
 */
final class LinkedItems {

    /** One part of the model and its links. */
    record Linked(ModelItem item, String kind, List<String> links, List<SourceLocation> places, LocalDate reviewed,
                  SourceLocation reviewedAt) {
    }

    private LinkedItems() {
    }

    static List<Linked> of(ThreatModel model) {
        List<Linked> result = new ArrayList<>();
        SourceLocation modelReviewed = model.origin().of("reviewed");
        for (Element e : model.elements()) {
            if (!e.code().isEmpty()) {
                result.add(new Linked(e, "element", e.code(), places(e, e.code().size()),
                        e.reviewed() != null ? e.reviewed() : model.reviewed(),
                        e.reviewed() != null ? e.origin().of("reviewed") : modelReviewed));
            }
        }
        for (DataFlow f : model.flows()) {
            if (!f.code().isEmpty()) {
                result.add(new Linked(f, "flow", f.code(), places(f, f.code().size()),
                        f.reviewed() != null ? f.reviewed() : model.reviewed(),
                        f.reviewed() != null ? f.origin().of("reviewed") : modelReviewed));
            }
        }
        for (Threat t : model.threats()) {
            for (Mitigation m : t.mitigations()) {
                if (CodePattern.isRepositoryPath(m.reference())) {
                    result.add(new Linked(m, "mitigation", List.of(CodePattern.withoutFragment(m.reference())),
                            List.of(m.origin().of("reference")), model.reviewed(), modelReviewed));
                }
            }
        }
        return result;
    }

    private static List<SourceLocation> places(ModelItem item, int count) {
        List<SourceLocation> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            places.add(item.origin().of(item.origin().has("code[" + i + "]") ? "code[" + i + "]" : "code"));
        }
        return places;
    }
}
