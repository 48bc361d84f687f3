package dev.threatmodel.load;

import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/**
 * An importer of a JSON or YAML format: it recognises a file by the keys at the top of its located tree and reads
 * from that tree.
 */
public interface TreeModelImporter extends ModelImporter {

    /** Whether the tree looks like this importer's format; decided from its top-level keys, never by file name. */
    boolean accepts(MapNode root);

    /** Builds the model; every part carries the location of its entry in {@code file}. */
    ThreatModel read(MapNode root, Path file) throws ModelLoadException;

    @Override
    default boolean recognises(ModelSource source) {
        MapNode root = source.rootMapping();
        return root != null && accepts(root);
    }

    @Override
    default ThreatModel read(ModelSource source) throws ModelLoadException {
        return read(source.rootMapping(), source.file());
    }
}
