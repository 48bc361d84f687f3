package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/**
 * Finds and reads the companion file of a model imported from another tool's format ({@code docs/imports.md},
 * "Companion file"). The keys are read by {@link NativeModelReader}, with the same strictness as a native file:
 * unknown keys, wrong types and references to ids that exist in neither file are refused with the companion's file,
 * line and column.
 */
public final class CompanionReader {

    /** The end of a companion file's name: {@code model.json} has {@code model.threatmodel.yaml} beside it. */
    public static final String SUFFIX = ".threatmodel.yaml";

    private final LoadLimits limits;
    private final Path root;

    public CompanionReader(LoadLimits limits) {
        this(limits, null);
    }

    /** A reader that reads only a companion whose real path lies inside {@code root}; null: anywhere. */
    public CompanionReader(LoadLimits limits, Path root) {
        this.limits = limits;
        this.root = root;
    }

    /**
     * Where the companion of a model file is looked for when none is named: in the same directory, the model's
     * file name without its extension followed by {@value #SUFFIX}.
     */
    public static Path defaultPath(Path modelFile) {
        String name = modelFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return modelFile.resolveSibling(stem + SUFFIX);
    }

    /**
     * The default companion of a model file, when something exists under its name. Whatever it is (a directory, a
     * named pipe, a symbolic link that leads nowhere or out of the repository) it is returned, so that reading it
     * refuses it with a message rather than the model being checked without the companion its author put there.
     */
    public static Path findDefault(Path modelFile) {
        Path candidate = defaultPath(modelFile);
        return ReadableFile.exists(candidate) && !candidate.equals(modelFile) ? candidate : null;
    }

    /** Reads a companion that adds to {@code base}; a base in the native format is refused. */
    public Companion read(Path companionFile, ThreatModel base) throws ModelLoadException {
        if (base.format().isNative()) {
            String model = base.file() == null ? "the model" : base.file().getFileName().toString();
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(companionFile), "a companion file "
                    + "only adds to a model in another tool's format, but " + model + " is in the native "
                    + "format, which records all of this itself: move the entries of the companion file into "
                    + model + " and delete the companion"));
        }
        SourceText text = SourceText.read(companionFile, limits, root);
        Node tree = text.looksLikeJson() ? new JsonTreeReader(limits).read(text) : new YamlTreeReader(limits).read(text);
        if (!(tree instanceof MapNode root)) {
            throw new ModelLoadException(new LoadProblem(tree.location(), "a companion file must hold a mapping of "
                    + "keys to values at its top, found " + FieldReader.describe(tree)));
        }
        return NativeModelReader.readCompanion(root, companionFile, base);
    }
}
