package dev.threatmodel.load;

import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/**
 * Reads a model written by another tool (OWASP Threat Dragon, Open Threat Model) from the located tree of its file.
 * {@link ModelLoader} asks each importer in turn whether it recognises the tree, and lets the first that does read it.
 */
public interface ModelImporter {

    /** Whether the tree looks like this importer's format; decided from its top-level keys, never by file name. */
    boolean accepts(MapNode root);

    /** Builds the model; every part carries the location of its entry in {@code file}. */
    ThreatModel read(MapNode root, Path file) throws ModelLoadException;
}
