package dev.threatmodel.load;

import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the native reader checks while it reads, checked once more on a model an importer built from another tool's
 * format, so that every format is held to the same rules whatever importer read it: ids free of invisible and
 * bidirectional characters and of mixed look-alike scripts, no two ids of one kind that look the same
 * ({@link Identifiers}), and zones that neither loop nor nest deeper than the limit ({@link ZoneNesting}). An importer
 * need not know about any of this.
 */
final class ImportedModelCheck {

    private ImportedModelCheck() {
    }

    static List<LoadProblem> problems(ThreatModel model) {
        List<LoadProblem> problems = new ArrayList<>();
        ids(model.zones(), problems);
        List<ModelItem> diagramItems = new ArrayList<>(model.elements());
        diagramItems.addAll(model.flows());
        ids(diagramItems, problems);
        ids(model.assets(), problems);
        ids(model.threats(), problems);
        problems.addAll(ZoneNesting.problems(model.zones()));
        List<LoadProblem> located = new ArrayList<>();
        for (LoadProblem p : problems) {
            located.add(p.location() != null ? p
                    : new LoadProblem(SourceLocation.startOf(model.file()), p.message()));
        }
        return located.size() > LoadLimits.MAX_PROBLEMS ? located.subList(0, LoadLimits.MAX_PROBLEMS) : located;
    }

    /** Ids of one kind: each must be plain visible text, and no two may look the same. */
    private static void ids(List<? extends ModelItem> items, List<LoadProblem> problems) {
        Map<String, ModelItem> bySkeleton = new HashMap<>();
        for (ModelItem item : items) {
            String id = item.id();
            if (id == null || id.isEmpty()) {
                continue;
            }
            SourceLocation at = item.origin() == null ? null : item.origin().of("id");
            String wrong = Identifiers.problem(id);
            if (wrong != null) {
                problems.add(new LoadProblem(at, wrong));
                continue;
            }
            ModelItem twin = bySkeleton.putIfAbsent(Identifiers.skeleton(id), item);
            if (twin != null && !twin.id().equals(id)) {
                SourceLocation there = twin.origin() == null ? null : twin.origin().of("id");
                problems.add(new LoadProblem(at, "id '" + Identifiers.shown(id) + "' looks the same as id '"
                        + Identifiers.shown(twin.id()) + "'" + (there == null ? "" : " at line " + there.line()
                        + ", column " + there.column()) + " but is different text; a reference could land on the"
                        + " wrong one, so rename one of them"));
            }
        }
    }
}
