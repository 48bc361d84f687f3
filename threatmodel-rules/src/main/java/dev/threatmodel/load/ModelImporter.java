package dev.threatmodel.load;

import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/**
 * Reads a model written by another tool (OWASP Threat Dragon, Open Threat Model) from the located tree of its file.
 * {@link ModelLoader} asks each registered importer in turn whether it accepts a file and uses the first that does.
 */
public interface ModelImporter {

    /** Whether this importer reads files whose root mapping looks like {@code root}. */
    boolean accepts(MapNode root);

    /** Reads the model; problems carry the file, line and column they concern. */
    ThreatModel read(MapNode root, Path file) throws ModelLoadException;
}
