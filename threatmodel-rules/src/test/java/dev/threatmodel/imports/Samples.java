package dev.threatmodel.imports;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.imports.otm.OtmImporter;
import dev.threatmodel.imports.threatdragon.ThreatDragonImporter;
import dev.threatmodel.load.LoadLimits;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelImporter;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.ModelSource;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads the sample and fixture files of the importer tests. */
public final class Samples {

    public static final Path ROOT = Path.of("src/test/resources");

    private Samples() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static MapNode tree(Path file) throws ModelLoadException {
        return (MapNode) new ModelLoader().readTree(file);
    }

    public static ThreatModel threatDragon(String relative) throws ModelLoadException {
        return read(new ThreatDragonImporter(), path(relative));
    }

    public static ThreatModel otm(String relative) throws ModelLoadException {
        return read(new OtmImporter(), path(relative));
    }

    /** Reads a file with one importer, failing the test when the importer does not recognise it. */
    public static ThreatModel read(ModelImporter importer, Path file) throws ModelLoadException {
        ModelSource source = ModelSource.read(file, LoadLimits.DEFAULT);
        if (!importer.recognises(source)) {
            throw new AssertionError(file + " is not recognised by " + importer.getClass().getSimpleName());
        }
        return importer.read(source);
    }

    /** Every flow that crosses a boundary, by flow id, with the ids of the boundaries it crosses. */
    public static Map<String, List<String>> crossings(ThreatModel model) {
        Map<String, List<String>> result = new TreeMap<>();
        for (FlowCrossing c : BoundaryAnalysis.of(model).crossingFlows()) {
            result.put(c.flow().id(), c.boundaries().stream().map(ModelItem::id).toList());
        }
        return result;
    }

    /** The flow with this name (its only one), failing the test when there is none or several. */
    public static DataFlow flowNamed(ThreatModel model, String name) {
        List<DataFlow> found = model.flows().stream().filter(f -> name.equals(f.name())).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one flow named '" + name + "', found " + found.size());
        }
        return found.get(0);
    }

    /** Names of the boundaries a flow crosses, in the order the analysis gives them. */
    public static List<String> crossedNames(ThreatModel model, String flowName) {
        return BoundaryAnalysis.of(model).of(flowNamed(model, flowName)).boundaries().stream()
                .map(ModelItem::name).toList();
    }
}
