package dev.threatmodel.load;

import dev.threatmodel.imports.OtmImporter;
import dev.threatmodel.imports.ThreatDragonImporter;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads a threat model from a file, whatever its format: the native YAML or JSON format, OWASP Threat Dragon (v1 and
 * v2) or Open Threat Model. The format is recognised by content, not by file name: a root mapping with
 * {@code otmVersion} is Open Threat Model, one with {@code summary} and {@code detail} is Threat Dragon, anything
 * else is the native format.
 *
 * <p>A model imported from another tool's format may have a companion file that supplies what that format cannot
 * say ({@link CompanionReader}): {@link #load(Path)} picks up {@code <name>.threatmodel.yaml} beside
 * {@code <name>.json} by itself when it exists, {@link #load(Path, Path)} takes a companion named explicitly.
 */
public final class ModelLoader {

    /** The importers for other tools' formats, asked in this order; register a new format's importer here. */
    private static final List<Supplier<ModelImporter>> IMPORTERS =
            List.of(ThreatDragonImporter::new, OtmImporter::new);

    private final LoadLimits limits;
    private final List<Supplier<ModelImporter>> importers;
    private final Path root;

    public ModelLoader() {
        this(LoadLimits.DEFAULT);
    }

    public ModelLoader(LoadLimits limits) {
        this(limits, IMPORTERS);
    }

    /** A loader with its own list of importers (tests, or tools that add formats). */
    public ModelLoader(LoadLimits limits, List<Supplier<ModelImporter>> importers) {
        this(limits, importers, null);
    }

    private ModelLoader(LoadLimits limits, List<Supplier<ModelImporter>> importers, Path root) {
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
        SourceText text = SourceText.read(file, limits, root);
        Node tree = readTree(text);
        if (!(tree instanceof MapNode root)) {
            throw new ModelLoadException(new LoadProblem(tree.location(), "a threat model file must hold a mapping "
                    + "of keys to values at its top, found " + FieldReader.describe(tree)));
        }
        String foreign = foreignFormat(root);
        if (foreign == null) {
            return NativeModelReader.read(root, file,
                    text.looksLikeJson() ? ModelFormat.NATIVE_JSON : ModelFormat.NATIVE_YAML);
        }
        for (Supplier<ModelImporter> supplier : importers) {
            ModelImporter importer = supplier.get();
            if (importer.accepts(root)) {
                ThreatModel model = importer.read(root, file);
                List<LoadProblem> problems = ImportedModelCheck.problems(model);
                if (!problems.isEmpty()) {
                    throw new ModelLoadException(problems);
                }
                return model;
            }
        }
        throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file), "the file looks like "
                + foreign + ", but no importer for that format accepts it"));
    }

    /** The name of the other tool's format the root looks like, or null for the native format. */
    static String foreignFormat(MapNode root) {
        if (root.has("otmVersion")) {
            return "an Open Threat Model file (it has 'otmVersion')";
        }
        boolean diagrams = root.get("detail").filter(d -> d instanceof MapNode m && m.has("diagrams")).isPresent();
        if (root.has("summary") && root.has("detail") || diagrams) {
            return "an OWASP Threat Dragon model (it has 'summary' and 'detail')";
        }
        return null;
    }
}
