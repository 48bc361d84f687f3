package dev.threatmodel.load;

import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/**
 * Loads a threat model from a file, whatever its format: the native YAML or JSON format, OWASP Threat Dragon (v1 and
 * v2) or Open Threat Model. The format is recognised by content, not by file name.
 */
public final class ModelLoader {

    private final LoadLimits limits;

    public ModelLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ModelLoader(LoadLimits limits) {
        this.limits = limits;
    }

    public LoadLimits limits() {
        return limits;
    }

    /** Reads the file into the located tree, as JSON when it starts with '{' or '[', else as YAML. */
    public Node readTree(Path file) throws ModelLoadException {
        SourceText text = SourceText.read(file, limits);
        return text.looksLikeJson() ? new JsonTreeReader(limits).read(text) : new YamlTreeReader(limits).read(text);
    }

    public ThreatModel load(Path file) throws ModelLoadException {
        throw new UnsupportedOperationException("the native binder is being written");
    }
}
