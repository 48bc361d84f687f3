package dev.threatmodel.load;

import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a threat model from a file, whatever its format: the native YAML or JSON format, or a format of another tool
 * that a registered {@link ModelImporter} recognises ({@link ModelImporters}). The format is recognised by content,
 * not by file name; a file that no importer recognises is read as the native format. The loader knows no format by
 * name: each importer says whether a file is its own.
 *
 * <p>A model imported from another tool's format may have a companion file that supplies what that format cannot
 * say ({@link CompanionReader}): {@link #load(Path)} picks up {@code <name>.threatmodel.yaml} beside
 * {@code <name>.json} by itself when it exists, {@link #load(Path, Path)} takes a companion named explicitly.
 */
public final class ModelLoader {

    private final LoadLimits limits;
    private final List<ModelImporter> importers;
    private final Path root;

    public ModelLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ModelLoader(LoadLimits limits) {
        this(limits, ModelImporters.registered());
    }

    /** A loader with its own list of importers (tests, or tools that add formats). */
    public ModelLoader(LoadLimits limits, List<ModelImporter> importers) {
        this(limits, importers, null);
    }

    private ModelLoader(LoadLimits limits, List<ModelImporter> importers, Path root) {
        this.limits = limits;
        this.importers = List.copyOf(importers);
        this.root = root;
    }

    /**
     * A loader that reads only files whose real path lies inside {@code root} (the repository): a model or
     * companion that is a symbolic link to a file elsewhere is refused before it is read ({@link ReadableFile}).
     * Null reads files wherever they are.
     */
    public ModelLoader confinedTo(Path root) {
        return new ModelLoader(limits, importers, root == null ? null : root.toAbsolutePath().normalize());
    }

    public LoadLimits limits() {
        return limits;
    }

    /** Reads the file into the located tree, as JSON when it starts with '{' or '[', else as YAML. */
    public Node readTree(Path file) throws ModelLoadException {
        return readTree(SourceText.read(file, limits, root));
    }

    private Node readTree(SourceText text) throws ModelLoadException {
        return text.looksLikeJson() ? new JsonTreeReader(limits).read(text) : new YamlTreeReader(limits).read(text);
    }

    /**
     * Loads a model; for a model in another tool's format, also the companion file beside it when there is one
     * ({@link CompanionReader#defaultPath}). A companion beside a native model is refused.
     */
    public ThreatModel load(Path file) throws ModelLoadException {
        return load(file, CompanionReader.findDefault(file));
    }

    /**
     * Loads a model and applies the companion file {@code companionFile} to it; null loads the model alone. A
     * companion that does not exist, or one given for a model in the native format, is refused.
     */
    public ThreatModel load(Path file, Path companionFile) throws ModelLoadException {
        ThreatModel model = loadModel(file);
        if (companionFile == null) {
            return model;
        }
        Companion companion = new CompanionReader(limits, root).read(companionFile, model);
        return CompanionMerger.merge(model, companion);
    }

    private ThreatModel loadModel(Path file) throws ModelLoadException {
        ModelSource source = new ModelSource(SourceText.read(file, limits, root), limits);
        for (ModelImporter importer : importers) {
            if (importer.recognises(source)) {
                ThreatModel model = importer.read(source);
                // ids from another tool pass the same checks as native ones (bidi controls, look-alike letters)
                List<LoadProblem> problems = ImportedModelCheck.problems(model);
                if (!problems.isEmpty()) {
                    throw new ModelLoadException(problems);
                }
                return model;
            }
        }
        Node tree = source.tree();
        if (!(tree instanceof MapNode root)) {
            throw new ModelLoadException(new LoadProblem(tree.location(), "a threat model file must hold a mapping "
                    + "of keys to values at its top, found " + FieldReader.describe(tree)));
        }
        return NativeModelReader.read(root, file,
                source.text().looksLikeJson() ? ModelFormat.NATIVE_JSON : ModelFormat.NATIVE_YAML);
    }
}
